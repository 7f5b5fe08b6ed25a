using Microsoft.Data.Sqlite;

namespace Adoption.Benchmarks.Pages;

/// <summary>
/// Grows the demo to a vendor's full book: <c>accounts</c> accounts with <c>contactsPerAccount</c> people each,
/// all in the demo CSM's portfolio. Raw SQLite inserts, because only the pages are measured: each new row copies
/// every column of a demo row (account 1 and one of its contacts) and changes what must be unique.
/// </summary>
internal static class ScalePortfolio
{
    public const string NamePrefix = "Scale account ";

    /// <returns>The id of the first account written.</returns>
    public static async Task<int> WriteAsync(string databasePath, int accounts, int contactsPerAccount)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var accountColumns = await ColumnsAsync(connection, "Accounts");
        var contactColumns = await ColumnsAsync(connection, "Contacts");
        var firstId = await ScalarAsync(connection, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Accounts");
        var templateContact = await ScalarAsync(connection, "SELECT MIN(Id) FROM Contacts WHERE AccountId = 1");

        await using var transaction = connection.BeginTransaction();
        // n runs 0..accounts-1: a recursive CTE writes all rows in one statement.
        var accountSelect = accountColumns.Select(c => c switch
        {
            "Id" => $"{firstId} + n",
            "Name" => $"'{NamePrefix}' || printf('%05d', n)",
            "ExternalId" => "'scale-' || printf('%05d', n)",
            "Slug" => "'scale-' || printf('%05d', n)",
            _ => c,
        });
        await ExecuteAsync(connection, transaction,
            $"""
            WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {accounts - 1})
            INSERT INTO Accounts ({Join(accountColumns)}) SELECT {string.Join(", ", accountSelect)} FROM seq, Accounts WHERE Accounts.Id = 1
            """);
        var contactSelect = contactColumns.Select(c => c switch
        {
            "Id" => "NULL",
            "AccountId" => $"{firstId} + (n / {contactsPerAccount})",
            "Email" => "'person' || n || '@scale.example'",
            "NormalizedEmail" => "'PERSON' || n || '@SCALE.EXAMPLE'",
            "ExternalId" => "'scale-user-' || n",
            "Name" => "'Scale person ' || n",
            _ => c,
        });
        await ExecuteAsync(connection, transaction,
            $"""
            WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {(accounts * contactsPerAccount) - 1})
            INSERT INTO Contacts ({Join(contactColumns)}) SELECT {string.Join(", ", contactSelect)} FROM seq, Contacts WHERE Contacts.Id = {templateContact}
            """);
        await transaction.CommitAsync();
        await ExecuteAsync(connection, null, "ANALYZE");
        return firstId;
    }

    private static string Join(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<int> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
