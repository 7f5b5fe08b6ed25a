using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimeOrderedDedupKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackedEvents_WriteKeyId_MessageId",
                table: "TrackedEvents");

            migrationBuilder.AddColumn<long>(
                name: "SentTimestamp",
                table: "TrackedEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_TrackedEvents_WriteKeyId_SentTimestamp_MessageId",
                table: "TrackedEvents",
                columns: new[] { "WriteKeyId", "SentTimestamp", "MessageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackedEvents_WriteKeyId_SentTimestamp_MessageId",
                table: "TrackedEvents");

            migrationBuilder.DropColumn(
                name: "SentTimestamp",
                table: "TrackedEvents");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedEvents_WriteKeyId_MessageId",
                table: "TrackedEvents",
                columns: new[] { "WriteKeyId", "MessageId" },
                unique: true);
        }
    }
}
