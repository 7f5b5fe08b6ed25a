using System.Data;
using System.Data.Common;
using Adoption.Portal.Domain.Email;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Adoption.Portal.Email;

/// <summary>
/// The outbox sender's claims and outcomes on SQLite are committed without waiting for the disk
/// (<c>synchronous=NORMAL</c> in WAL mode, on the sender's connection only, for the batch). They
/// are two commits per message; waiting for the disk at each would slow delivery to a fraction of
/// what the SMTP server takes. A crash of the portal process, kill -9 included, still loses none of
/// them (they are in the operating system's hands once committed), so at most the one message in
/// flight is sent again. Only a power loss or an operating-system crash may roll back the latest of
/// them, and then those messages are sent again, never lost: queuing a message (the outbox row)
/// always waits for the disk. Other providers commit as configured.
/// </summary>
internal sealed class SenderBookkeeping : IAsyncDisposable
{
    private readonly AdoptionDb db;
    private readonly long? restore;
    private readonly DbCommand claim;
    private readonly DbCommand sent;
    private readonly DbCommand content;

    private SenderBookkeeping(AdoptionDb db, long? restore)
    {
        (this.db, this.restore) = (db, restore);
        var connection = db.Database.GetDbConnection();
        var sql = new OutboxSql(db);
        // Prepared once per batch: the claim and the "sent" of each message are the sender's whole per-message database cost.
        claim = OutboxSql.Command(connection,
            $"UPDATE {sql.Table} SET {sql[nameof(EmailMessage.NextAttemptAt)]} = @lease WHERE {sql[nameof(EmailMessage.Id)]} = @id "
            + $"AND {sql[nameof(EmailMessage.SentAt)]} IS NULL AND {sql[nameof(EmailMessage.FailedAt)]} IS NULL "
            + $"AND ({sql[nameof(EmailMessage.NextAttemptAt)]} = @previous OR ({sql[nameof(EmailMessage.NextAttemptAt)]} IS NULL AND @previous IS NULL))",
            ("@lease", DbType.DateTime2), ("@id", DbType.Int64), ("@previous", DbType.DateTime2));
        sent = OutboxSql.Command(connection,
            $"UPDATE {sql.Table} SET {sql[nameof(EmailMessage.SentAt)]} = @at, {sql[nameof(EmailMessage.NextAttemptAt)]} = NULL, "
            + $"{sql[nameof(EmailMessage.LastError)]} = NULL, {sql[nameof(EmailMessage.Attempts)]} = @attempts WHERE {sql[nameof(EmailMessage.Id)]} = @id",
            ("@at", DbType.DateTime2), ("@attempts", DbType.Int32), ("@id", DbType.Int64));
        content = OutboxSql.Command(connection,
            $"SELECT {sql[nameof(EmailMessage.Subject)]}, {sql[nameof(EmailMessage.TextBody)]}, {sql[nameof(EmailMessage.HtmlBody)]}, "
            + $"{sql[nameof(EmailMessage.UnsubscribeUrl)]}, {sql[nameof(EmailMessage.CreatedAt)]} FROM {sql.Table} WHERE {sql[nameof(EmailMessage.Id)]} = @id",
            ("@id", DbType.Int64));
    }

    public static async Task<SenderBookkeeping> OpenAsync(AdoptionDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return new SenderBookkeeping(db, null);
        }

        var connection = db.Database.GetDbConnection();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA synchronous;";
        var configured = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        return new SenderBookkeeping(db, configured);
    }

    /// <summary>Takes the message for this sender until <paramref name="lease"/>, if it is still unsent and
    /// nobody changed it since it was read (its retry time still <paramref name="previous"/>).</summary>
    public async Task<bool> ClaimAsync(long id, DateTime? previous, DateTime lease, CancellationToken cancellationToken)
    {
        claim.Parameters["@lease"].Value = lease;
        claim.Parameters["@id"].Value = id;
        claim.Parameters["@previous"].Value = previous is { } at ? at : DBNull.Value;
        return await claim.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The message with what it says (subject, bodies, unsubscribe link, date) read from its row;
    /// a copy, so the batch's list of due messages never holds more than their headers.</summary>
    public async Task<EmailMessage> WithContentAsync(EmailMessage due, CancellationToken cancellationToken)
    {
        content.Parameters["@id"].Value = due.Id;
        await using var row = await content.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Email {due.Id} is no longer in the outbox.");
        }

        return new EmailMessage
        {
            Id = due.Id, To = due.To, ContactId = due.ContactId, Category = due.Category, NextAttemptAt = due.NextAttemptAt,
            Attempts = due.Attempts, Subject = row.GetString(0), TextBody = row.GetString(1),
            HtmlBody = row.IsDBNull(2) ? null : row.GetString(2), UnsubscribeUrl = row.IsDBNull(3) ? null : row.GetString(3),
            CreatedAt = DateTime.SpecifyKind(row.GetDateTime(4), DateTimeKind.Utc),
        };
    }

    /// <summary>Records that the server took the message; not cancellable, a sent message must be marked sent.</summary>
    public async Task MarkSentAsync(long id, DateTime at, int attempts)
    {
        sent.Parameters["@at"].Value = at;
        sent.Parameters["@attempts"].Value = attempts;
        sent.Parameters["@id"].Value = id;
        await sent.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>Back to the configured setting before the connection returns to the pool for other work;
    /// a connection that cannot be set back is not reused.</summary>
    public async ValueTask DisposeAsync()
    {
        await claim.DisposeAsync();
        await sent.DisposeAsync();
        await content.DisposeAsync();
        try
        {
            if (restore is { } configured)
            {
                await RestoreAsync((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection(), configured);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task RestoreAsync(Microsoft.Data.Sqlite.SqliteConnection connection, long configured)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={configured};");
            await command.ExecuteNonQueryAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>The outbox table's and columns' names as the model maps them, quoted for the provider.</summary>
    private sealed class OutboxSql(AdoptionDb db)
    {
        private readonly IEntityType entity = db.Model.FindEntityType(typeof(EmailMessage))!;
        private readonly ISqlGenerationHelper quote = db.GetService<ISqlGenerationHelper>();

        public string Table => quote.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

        public string this[string property] =>
            quote.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);

        public static DbCommand Command(DbConnection connection, string text, params (string Name, DbType Type)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = text;
            foreach (var (name, type) in parameters)
            {
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.DbType) = (name, type);
                command.Parameters.Add(parameter);
            }

            command.Prepare();
            return command;
        }
    }
}
