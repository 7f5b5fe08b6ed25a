namespace Adoption.Portal.Pages.Csm.WriteKeys;

/// <summary>The rows of one kind of key and the page handler that revokes one of them.</summary>
public sealed record KeyTable(IReadOnlyList<IndexModel.KeyRow> Rows, string RevokeHandler);
