using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChecklistStepsFromEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UserEvents",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserEvents", x => new { x.AccountId, x.UserKey, x.Event });
                });

            // Events the rollups already count (up to the checkpoint); the writer counts the rest past it.
            migrationBuilder.Sql("""
                INSERT INTO UserEvents (AccountId, UserKey, [Event], FirstDay, LastDay, Events)
                SELECT AccountId, COALESCE(UserId, AnonymousId), [Event], MIN([Day]), MAX([Day]), COUNT(*) FROM TrackedEvents
                WHERE Type = 'track' AND AccountId IS NOT NULL AND COALESCE(UserId, AnonymousId) IS NOT NULL AND [Event] IS NOT NULL
                    AND Id <= (SELECT AppliedThroughEventId FROM RollupCheckpoints WHERE Id = 1)
                GROUP BY AccountId, COALESCE(UserId, AnonymousId), [Event]
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserEvents");
        }
    }
}
