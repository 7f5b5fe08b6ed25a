using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AttentionTouchesByUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AttentionTouches_AccountId_UserId_At",
                table: "AttentionTouches",
                columns: new[] { "AccountId", "UserId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AttentionTouches_AccountId_UserId_At",
                table: "AttentionTouches");
        }
    }
}
