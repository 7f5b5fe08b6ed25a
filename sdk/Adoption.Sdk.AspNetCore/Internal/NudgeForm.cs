namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>What every nudge's form needs: where to post, where to come back to, and the antiforgery field.</summary>
internal sealed record NudgeForm(string Action, string ReturnUrl, string AntiforgeryField, string AntiforgeryToken);

/// <summary>The package's script and stylesheet, added once per page after the first nudge.</summary>
internal sealed record NudgeAssets(string ScriptUrl, string StyleUrl, string? Nonce);
