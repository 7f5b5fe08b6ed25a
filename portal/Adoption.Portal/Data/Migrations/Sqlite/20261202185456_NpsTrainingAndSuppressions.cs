using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NpsTrainingAndSuppressions : Migration
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

            migrationBuilder.AddColumn<DateTime>(
                name: "CommentedAt",
                table: "NpsResponses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EngagementId",
                table: "NpsResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Locale",
                table: "NpsResponses",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MayContact",
                table: "NpsResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Period",
                table: "NpsResponses",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Respondent",
                table: "NpsResponses",
                type: "TEXT",
                maxLength: 220,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Role",
                table: "NpsResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "NpsResponses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "Survey",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailedAt",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmailSuppressions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmailMessageId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailSuppressions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NpsChangeNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NpsChangeNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NpsReferenceInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    NpsResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NpsReferenceInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NpsReferenceInvitations_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NpsReferenceInvitations_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_NpsReferenceInvitations_NpsResponses_NpsResponseId",
                        column: x => x.NpsResponseId,
                        principalTable: "NpsResponses",
                        principalColumn: "Id");
                });

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

            migrationBuilder.CreateTable(
                name: "NpsChangeNoteLinks",
                columns: table => new
                {
                    ChangeNoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    NpsResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NpsChangeNoteLinks", x => new { x.ChangeNoteId, x.NpsResponseId });
                    table.ForeignKey(
                        name: "FK_NpsChangeNoteLinks_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_NpsChangeNoteLinks_NpsChangeNotes_ChangeNoteId",
                        column: x => x.ChangeNoteId,
                        principalTable: "NpsChangeNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NpsChangeNoteLinks_NpsResponses_NpsResponseId",
                        column: x => x.NpsResponseId,
                        principalTable: "NpsResponses",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_NpsResponses_EngagementId_Respondent_Period",
                table: "NpsResponses",
                columns: new[] { "EngagementId", "Respondent", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmailSuppressions_Address",
                table: "EmailSuppressions",
                column: "Address",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NpsChangeNoteLinks_AccountId",
                table: "NpsChangeNoteLinks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_NpsChangeNoteLinks_NpsResponseId",
                table: "NpsChangeNoteLinks",
                column: "NpsResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_NpsReferenceInvitations_AccountId",
                table: "NpsReferenceInvitations",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_NpsReferenceInvitations_ContactId",
                table: "NpsReferenceInvitations",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_NpsReferenceInvitations_NpsResponseId",
                table: "NpsReferenceInvitations",
                column: "NpsResponseId",
                unique: true);

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

            migrationBuilder.AddForeignKey(
                name: "FK_NpsResponses_Engagements_EngagementId",
                table: "NpsResponses",
                column: "EngagementId",
                principalTable: "Engagements",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NpsResponses_Engagements_EngagementId",
                table: "NpsResponses");

            migrationBuilder.DropTable(
                name: "EmailSuppressions");

            migrationBuilder.DropTable(
                name: "NpsChangeNoteLinks");

            migrationBuilder.DropTable(
                name: "NpsReferenceInvitations");

            migrationBuilder.DropTable(
                name: "PathAssignments");

            migrationBuilder.DropTable(
                name: "QuizAttempts");

            migrationBuilder.DropTable(
                name: "TrainingMilestoneRules");

            migrationBuilder.DropTable(
                name: "TrainingPrivacy");

            migrationBuilder.DropTable(
                name: "NpsChangeNotes");

            migrationBuilder.DropIndex(
                name: "IX_NpsResponses_EngagementId_Respondent_Period",
                table: "NpsResponses");

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
                name: "CommentedAt",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "EngagementId",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "Locale",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "MayContact",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "Period",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "Respondent",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "NpsResponses");

            migrationBuilder.DropColumn(
                name: "UsedOn",
                table: "ModuleCompletions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "Survey",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "FailedAt",
                table: "EmailOutbox");
        }
    }
}
