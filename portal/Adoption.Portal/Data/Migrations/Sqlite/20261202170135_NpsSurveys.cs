using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NpsSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AddColumn<string>(
                name: "Survey",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

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
                name: "NpsChangeNoteLinks");

            migrationBuilder.DropTable(
                name: "NpsReferenceInvitations");

            migrationBuilder.DropTable(
                name: "NpsChangeNotes");

            migrationBuilder.DropIndex(
                name: "IX_NpsResponses_EngagementId_Respondent_Period",
                table: "NpsResponses");

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
                name: "Survey",
                table: "Engagements");
        }
    }
}
