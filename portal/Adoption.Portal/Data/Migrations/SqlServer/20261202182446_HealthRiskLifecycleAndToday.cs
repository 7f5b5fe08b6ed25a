using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.SqlServer
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KeyFeatureId",
                table: "Risks",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Mitigating",
                table: "Risks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUserId",
                table: "Risks",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NewTicketsInPeriod",
                table: "HealthProfiles",
                type: "int",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.AddColumn<int>(
                name: "OpenTicketsAtOnce",
                table: "HealthProfiles",
                type: "int",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "TicketPeriodDays",
                table: "HealthProfiles",
                type: "int",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "TicketWaitDays",
                table: "HealthProfiles",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "UrgentTicketsAtOnce",
                table: "HealthProfiles",
                type: "int",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailBouncedAt",
                table: "Contacts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RiskId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    Sentiment = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SnoozedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
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
