using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthRiskLifecycleAndToday : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "Risks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KeyFeatureId",
                table: "Risks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Mitigating",
                table: "Risks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUserId",
                table: "Risks",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NewTicketsInPeriod",
                table: "HealthProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.AddColumn<int>(
                name: "OpenTicketsAtOnce",
                table: "HealthProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "TicketPeriodDays",
                table: "HealthProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "TicketWaitDays",
                table: "HealthProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "UrgentTicketsAtOnce",
                table: "HealthProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailBouncedAt",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskEvents_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentimentEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sentiment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentimentEntries_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TodayItemStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SnoozedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TodayItemStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TodayItemStates_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_KeyFeatureId_ResolvedAt",
                table: "Risks",
                columns: new[] { "KeyFeatureId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_EmailBouncedAt",
                table: "Contacts",
                column: "EmailBouncedAt",
                filter: "[EmailBouncedAt] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_LeftAt",
                table: "Contacts",
                column: "LeftAt",
                filter: "[LeftAt] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RiskEvents_RiskId_At",
                table: "RiskEvents",
                columns: new[] { "RiskId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SentimentEntries_AccountId_At",
                table: "SentimentEntries",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_TodayItemStates_AccountId",
                table: "TodayItemStates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_TodayItemStates_Key",
                table: "TodayItemStates",
                column: "Key",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Risks_KeyFeatures_KeyFeatureId",
                table: "Risks",
                column: "KeyFeatureId",
                principalTable: "KeyFeatures",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Risks_KeyFeatures_KeyFeatureId",
                table: "Risks");

            migrationBuilder.DropTable(
                name: "RiskEvents");

            migrationBuilder.DropTable(
                name: "SentimentEntries");

            migrationBuilder.DropTable(
                name: "TodayItemStates");

            migrationBuilder.DropIndex(
                name: "IX_Risks_KeyFeatureId_ResolvedAt",
                table: "Risks");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_EmailBouncedAt",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_LeftAt",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "KeyFeatureId",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "Mitigating",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "OwnerUserId",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "NewTicketsInPeriod",
                table: "HealthProfiles");

            migrationBuilder.DropColumn(
                name: "OpenTicketsAtOnce",
                table: "HealthProfiles");

            migrationBuilder.DropColumn(
                name: "TicketPeriodDays",
                table: "HealthProfiles");

            migrationBuilder.DropColumn(
                name: "TicketWaitDays",
                table: "HealthProfiles");

            migrationBuilder.DropColumn(
                name: "UrgentTicketsAtOnce",
                table: "HealthProfiles");

            migrationBuilder.DropColumn(
                name: "EmailBouncedAt",
                table: "Contacts");
        }
    }
}
