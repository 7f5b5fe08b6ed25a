namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// What every nudge's form needs: where to post and where to come back to, both HTML-encoded once per placement.
/// No antiforgery token: the script asks for one the first time the user acts (docs/decisions/0020).
/// </summary>
internal sealed record NudgeForm(string Action, string ReturnUrl);

/// <summary>The package's script and stylesheet, added once per page after the first nudge.</summary>
internal sealed record NudgeAssets(string ScriptUrl, string StyleUrl, string? Nonce);
