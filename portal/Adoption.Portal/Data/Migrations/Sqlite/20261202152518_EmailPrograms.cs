using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmailPrograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmailProgramSends",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Program = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EmailMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailProgramSends", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmailProgramSends_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EmailProgramSends_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmailProgramSends_EmailOutbox_EmailMessageId",
                        column: x => x.EmailMessageId,
                        principalTable: "EmailOutbox",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmailProgramSends_AccountId",
                table: "EmailProgramSends",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailProgramSends_ContactId",
                table: "EmailProgramSends",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailProgramSends_EmailMessageId",
                table: "EmailProgramSends",
                column: "EmailMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailProgramSends_Program_ContactId_Period",
                table: "EmailProgramSends",
                columns: new[] { "Program", "ContactId", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailProgramSends");
        }
    }
}
