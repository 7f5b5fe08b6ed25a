namespace Adoption.Portal.Import;

/// <summary>
/// What an import found or did. With any error nothing is saved: the file is fixed and sent again,
/// and because lines are matched by their ids a second run only updates.
/// </summary>
public sealed record ImportResult(int Lines, int Created, int Updated, IReadOnlyList<LineError> Errors, IReadOnlyList<ImportPreviewLine> Preview, bool Saved)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One line as the preview shows it: what will happen to what.</summary>
public sealed record ImportPreviewLine(int Line, bool Creates, string Key, string Name);

public enum ImportKind
{
    Accounts = 0,
    Contacts = 1,
    Tickets = 2,
}
