using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TrainingExercisesQuizzesBadges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "TrainingPaths",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ValidMonths",
                table: "TrainingPaths",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quiz",
                table: "TrainingModules",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "TrainingModules",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "UsedOn",
                table: "ModuleCompletions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "Enrolments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PathAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PathId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: true),
                    Stage = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathAssignments_TrainingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "TrainingPaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuizAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnrolmentId = table.Column<int>(type: "int", nullable: false),
                    ModuleId = table.Column<int>(type: "int", nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Answers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Percent = table.Column<int>(type: "int", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_TrainingModules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "TrainingModules",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "TrainingMilestoneRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MilestoneId = table.Column<int>(type: "int", nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    PathId = table.Column<int>(type: "int", nullable: false),
                    ModuleId = table.Column<int>(type: "int", nullable: true),
                    People = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingMilestoneRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingMilestoneRules_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TrainingMilestoneRules_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingMilestoneRules_TrainingModules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "TrainingModules",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TrainingMilestoneRules_TrainingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "TrainingPaths",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "TrainingPrivacy",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    HideNameFromColleagues = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPrivacy", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_TrainingPrivacy_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TrainingPrivacy_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PathAssignments_PathId_Role_Stage",
                table: "PathAssignments",
                columns: new[] { "PathId", "Role", "Stage" },
                unique: true,
                filter: "[Role] IS NOT NULL AND [Stage] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_EnrolmentId_ModuleId",
                table: "QuizAttempts",
                columns: new[] { "EnrolmentId", "ModuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_ModuleId",
                table: "QuizAttempts",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMilestoneRules_AccountId",
                table: "TrainingMilestoneRules",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMilestoneRules_MilestoneId",
                table: "TrainingMilestoneRules",
                column: "MilestoneId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMilestoneRules_ModuleId",
                table: "TrainingMilestoneRules",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMilestoneRules_PathId",
                table: "TrainingMilestoneRules",
                column: "PathId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPrivacy_AccountId",
                table: "TrainingPrivacy",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PathAssignments");

            migrationBuilder.DropTable(
                name: "QuizAttempts");

            migrationBuilder.DropTable(
                name: "TrainingMilestoneRules");

            migrationBuilder.DropTable(
                name: "TrainingPrivacy");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "TrainingPaths");

            migrationBuilder.DropColumn(
                name: "ValidMonths",
                table: "TrainingPaths");

            migrationBuilder.DropColumn(
                name: "Quiz",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "UsedOn",
                table: "ModuleCompletions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Enrolments");
        }
    }
}
