using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Rule",
                table: "Risks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HealthProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdoptionWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    SeatsWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagementWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    NpsWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    SentimentWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    GreenFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    YellowFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    SeatTargetPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenTicketPenalty = table.Column<int>(type: "INTEGER", nullable: false),
                    UrgentTicketPenalty = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HealthSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Color = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthSnapshots_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthProfiles_Stage_Revision",
                table: "HealthProfiles",
                columns: new[] { "Stage", "Revision" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_AccountId_Day",
                table: "HealthSnapshots",
                columns: new[] { "AccountId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthProfiles");

            migrationBuilder.DropTable(
                name: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "Rule",
                table: "Risks");
        }
    }
}
