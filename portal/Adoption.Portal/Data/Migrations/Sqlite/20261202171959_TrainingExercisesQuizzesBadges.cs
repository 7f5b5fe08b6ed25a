using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ValidMonths",
                table: "TrainingPaths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quiz",
                table: "TrainingModules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "TrainingModules",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "UsedOn",
                table: "ModuleCompletions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "Enrolments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PathAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    People = table.Column<int>(type: "INTEGER", nullable: false)
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
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    HideNameFromColleagues = table.Column<bool>(type: "INTEGER", nullable: false)
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
                unique: true);

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
