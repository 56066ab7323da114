using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LlmBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "daily_llm_cost_micro_usd",
                table: "tenants",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "daily_llm_tokens",
                table: "tenants",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "max_tokens_per_call",
                table: "tenants",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "daily_llm_cost_micro_usd",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "daily_llm_tokens",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "max_tokens_per_call",
                table: "tenants");
        }
    }
}
