using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedReviewsAndLiveMetrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FeatureId",
                table: "Metrics",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "Metrics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Metrics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublishedReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedReviews_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoiReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Arr = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoiReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoiReviews_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedReviews_AccountId_PeriodKey",
                table: "PublishedReviews",
                columns: new[] { "AccountId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoiReviews_AccountId",
                table: "RoiReviews",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedReviews");

            migrationBuilder.DropTable(
                name: "RoiReviews");

            migrationBuilder.DropColumn(
                name: "FeatureId",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Metrics");
        }
    }
}
