using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adoption.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuthoredTextsInEveryLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MetricTexts",
                table: "TemplateObjective",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "TemplateObjective",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "TemplateMilestone",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "PlanTemplates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "Objectives",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "Milestones",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "Metrics",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Texts",
                table: "KeyFeatures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MetricTexts",
                table: "TemplateObjective");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "TemplateObjective");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "TemplateMilestone");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "PlanTemplates");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "Texts",
                table: "KeyFeatures");
        }
    }
}
