using Adoption.Portal.SupportTickets;

namespace Adoption.Portal.Import;

/// <summary>The importer for a kind of file, for the page and the <c>import</c> command alike.</summary>
public sealed class Importers(AccountImporter accounts, ContactImporter contacts, TicketImporter tickets)
{
    public Task<ImportResult> RunAsync(ImportKind kind, string csv, bool save, CancellationToken cancellationToken = default) => kind switch
    {
        ImportKind.Accounts => accounts.RunAsync(csv, save, cancellationToken),
        ImportKind.Contacts => contacts.RunAsync(csv, save, cancellationToken),
        _ => tickets.RunAsync(csv, save, cancellationToken),
    };

    public static bool TryKind(string? text, out ImportKind kind) => Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !text!.Any(char.IsDigit);
}
