using Microsoft.Data.Sqlite;

namespace Adoption.Benchmarks.Pages;

/// <summary>
/// Grows the demo to a vendor's full book: <c>accounts</c> accounts with <c>contactsPerAccount</c> people each,
/// all in the demo CSM's portfolio. Raw SQLite inserts, because only the pages are measured: each new row copies
/// every column of a demo row (account 1 and one of its contacts) and changes what must be unique.
/// Each account also gets a success plan of <see cref="ObjectivesPerPlan"/> objectives with
/// <see cref="MilestonesPerObjective"/> milestones, so a page that reads one plan does so among 10,000.
/// </summary>
internal static class ScalePortfolio
{
    public const string NamePrefix = "Scale account ";
    public const int ObjectivesPerPlan = 2;
    public const int MilestonesPerObjective = 5;

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
        await WritePlansAsync(connection, transaction, firstId);
        await transaction.CommitAsync();
        await ExecuteAsync(connection, null, "ANALYZE");
        return firstId;
    }

    // Copies of account 1's plan, its first objective and that objective's first milestone, under every new account;
    // the milestones not started and due one to five months ahead, as in a book whose plans are on track.
    private static async Task WritePlansAsync(SqliteConnection connection, SqliteTransaction transaction, int firstId)
    {
        var planColumns = await ColumnsAsync(connection, "Plans");
        var objectiveColumns = await ColumnsAsync(connection, "Objectives");
        var milestoneColumns = await ColumnsAsync(connection, "Milestones");
        var plan = await ScalarAsync(connection, "SELECT Id FROM Plans WHERE AccountId = 1");
        var objective = await ScalarAsync(connection, $"SELECT MIN(Id) FROM Objectives WHERE PlanId = {plan}");
        var milestone = await ScalarAsync(connection, $"SELECT MIN(Id) FROM Milestones WHERE ObjectiveId = {objective}");
        string Select(IEnumerable<string> columns, string parent, string parentValue) =>
            string.Join(", ", columns.Select(c => c == "Id" ? "NULL" : c == parent ? parentValue : $"t.\"{c}\""));
        await ExecuteAsync(connection, transaction,
            $"""
            INSERT INTO Plans ({Join(planColumns)}) SELECT {Select(planColumns, "AccountId", "a.Id")}
            FROM Accounts a, Plans t WHERE a.Id >= {firstId} AND t.Id = {plan}
            """);
        await ExecuteAsync(connection, transaction,
            $"""
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {ObjectivesPerPlan})
            INSERT INTO Objectives ({Join(objectiveColumns)}) SELECT {Select(objectiveColumns, "PlanId", "p.Id").Replace("t.\"Order\"", "seq.n", StringComparison.Ordinal)}
            FROM Plans p JOIN Accounts a ON a.Id = p.AccountId, seq, Objectives t WHERE a.Id >= {firstId} AND t.Id = {objective}
            """);
        await ExecuteAsync(connection, transaction,
            $"""
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {MilestonesPerObjective})
            INSERT INTO Milestones ({Join(milestoneColumns)}) SELECT {Select(milestoneColumns, "ObjectiveId", "o.Id").Replace("t.\"Order\"", "seq.n", StringComparison.Ordinal).Replace("t.\"DueDate\"", "date('now', '+' || (seq.n * 30) || ' days')", StringComparison.Ordinal).Replace("t.\"Status\"", "0", StringComparison.Ordinal)}
            FROM Objectives o JOIN Plans p ON p.Id = o.PlanId, seq, Milestones t WHERE p.AccountId >= {firstId} AND t.Id = {milestone}
            """);
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
