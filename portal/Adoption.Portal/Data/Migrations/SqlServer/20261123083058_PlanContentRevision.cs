using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanContentRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContentRevision",
                table: "Plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            PlanRevisionTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PlanRevisionTriggers.Drop(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "ContentRevision",
                table: "Plans");
        }
    }
}
