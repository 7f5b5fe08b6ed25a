using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Engagements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Engagements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PublicId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Placement = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Anchor = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Critical = table.Column<bool>(type: "bit", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Frequency = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FrequencyDays = table.Column<int>(type: "int", nullable: false),
                    Dismissible = table.Column<bool>(type: "bit", nullable: false),
                    SnoozeDays = table.Column<int>(type: "int", nullable: false),
                    HoldoutPercent = table.Column<int>(type: "int", nullable: false),
                    GoalFeatureId = table.Column<int>(type: "int", nullable: true),
                    GoalWindowDays = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Steps = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Targeting = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Engagements_KeyFeatures_GoalFeatureId",
                        column: x => x.GoalFeatureId,
                        principalTable: "KeyFeatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EngagementOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EngagementId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementOutcomes_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EngagementOutcomes_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementStates",
                columns: table => new
                {
                    EngagementId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    SeenCount = table.Column<int>(type: "int", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSeenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DismissedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SnoozedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CtaClickedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstEligibleAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HeldOut = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementStates", x => new { x.EngagementId, x.UserId });
                    table.ForeignKey(
                        name: "FK_EngagementStates_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EngagementStates_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementOutcomes_AccountId",
                table: "EngagementOutcomes",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementOutcomes_EngagementId_UserId_Kind_Day",
                table: "EngagementOutcomes",
                columns: new[] { "EngagementId", "UserId", "Kind", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_GoalFeatureId",
                table: "Engagements",
                column: "GoalFeatureId");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_PublicId",
                table: "Engagements",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_Status",
                table: "Engagements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementStates_AccountId",
                table: "EngagementStates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementStates_UserId_AccountId",
                table: "EngagementStates",
                columns: new[] { "UserId", "AccountId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementOutcomes");

            migrationBuilder.DropTable(
                name: "EngagementStates");

            migrationBuilder.DropTable(
                name: "Engagements");
        }
    }
}
