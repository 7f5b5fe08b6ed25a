using Microsoft.Data.Sqlite;

/// <summary>The benchmark's own reads and writes of the portal's SQLite file.</summary>
internal static class BenchmarkDatabase
{
    /// <summary>Adds <paramref name="count"/> contacts over the demo's accounts, in four languages and their time zones.</summary>
    public static async Task<string> AddContactsAsync(string database, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var accounts = new List<int>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Accounts WHERE ArchivedAt IS NULL ORDER BY Id";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                accounts.Add(reader.GetInt32(0));
            }
        }

        var people = new (string Locale, string Zone)[] { ("en", "Europe/London"), ("fi", "Europe/Helsinki"), ("it", "Europe/Rome"), ("zh-Hans", "Asia/Shanghai") };
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Contacts (AccountId, Email, ExternalId, Name, Role, Locale, TimeZone, CreatedAt, Version) VALUES ($account, $email, $external, $name, 0, $locale, $zone, $now, 0)";
        var account = insert.Parameters.Add("$account", SqliteType.Integer);
        var email = insert.Parameters.Add("$email", SqliteType.Text);
        var external = insert.Parameters.Add("$external", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var locale = insert.Parameters.Add("$locale", SqliteType.Text);
        var zone = insert.Parameters.Add("$zone", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow.AddDays(-90));
        for (var i = 0; i < count; i++)
        {
            account.Value = accounts[i % accounts.Count];
            email.Value = $"reader{i:000000}@bench.example";
            // Half of them also use the host product, so their attention budget is read by user ID too.
            external.Value = i % 2 == 0 ? $"user-{i:000000}" : DBNull.Value;
            name.Value = $"Reader {i:000000}";
            (locale.Value, zone.Value) = people[i % people.Length];
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        // The demo's own contacts get digests too; only the generated ones are counted as the target.
        return $"{accounts.Count} accounts, {people.Length} languages";
    }

    /// <summary>The first <paramref name="count"/> unsent digests in queue order.</summary>
    public static Task<List<Digest>> UnsentDigestsAsync(string database, int count) =>
        DigestsAsync(database, "SentAt IS NULL", count, 0);

    /// <summary>The <paramref name="count"/> digests from <paramref name="from"/> on, sent or not (the bare loop sends them again).</summary>
    public static Task<List<Digest>> DigestsFromAsync(string database, long from, int count) =>
        DigestsAsync(database, "Id >= $from", count, from);

    /// <summary>Leaves exactly the sample unsent, so the outbox sender delivers the same messages the bare loop did.</summary>
    public static async Task KeepUnsentAsync(string database, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE EmailOutbox SET SentAt = $now WHERE SentAt IS NULL AND Id NOT IN (SELECT Id FROM EmailOutbox WHERE SentAt IS NULL ORDER BY Id LIMIT $count)";
        update.Parameters.AddWithValue("$now", DateTime.UtcNow);
        update.Parameters.AddWithValue("$count", count);
        await update.ExecuteNonQueryAsync();
    }

    /// <summary>When the outbox sender recorded each message from <paramref name="first"/> to <paramref name="last"/> as sent, in queue order.</summary>
    public static async Task<List<DateTime>> SentTimesAsync(string database, long first, long last)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT SentAt FROM EmailOutbox WHERE Id >= $first AND Id <= $last ORDER BY Id";
        read.Parameters.AddWithValue("$first", first);
        read.Parameters.AddWithValue("$last", last);
        var sent = new List<DateTime>();
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sent.Add(reader.IsDBNull(0) ? throw new InvalidOperationException("The outbox sender left a message of the sample unsent.") : reader.GetDateTime(0));
        }

        return sent;
    }

    private static async Task<List<Digest>> DigestsAsync(string database, string condition, int count, long from)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT Id, \"To\", Subject, TextBody, HtmlBody FROM EmailOutbox WHERE {condition} ORDER BY Id LIMIT $count";
        read.Parameters.AddWithValue("$count", count);
        read.Parameters.AddWithValue("$from", from);
        await using var reader = await read.ExecuteReaderAsync();
        var digests = new List<Digest>();
        while (await reader.ReadAsync())
        {
            digests.Add(new Digest(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return digests;
    }
}

/// <summary>One queued digest as the bare loop sends it.</summary>
internal sealed record Digest(long Id, string To, string Subject, string TextBody, string? HtmlBody);
