using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LlmCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "llm_calls",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    instance_id = table.Column<string>(type: "text", nullable: false),
                    activity_id = table.Column<string>(type: "text", nullable: false),
                    connection = table.Column<string>(type: "text", nullable: false),
                    model = table.Column<string>(type: "text", nullable: false),
                    input_tokens = table.Column<long>(type: "bigint", nullable: false),
                    output_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cost_micro_usd = table.Column<long>(type: "bigint", nullable: false),
                    latency_ms = table.Column<double>(type: "double precision", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_llm_calls", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_llm_calls_tenant_id_at",
                table: "llm_calls",
                columns: new[] { "tenant_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_llm_calls_tenant_id_instance_id",
                table: "llm_calls",
                columns: new[] { "tenant_id", "instance_id" });
        
            // Hand-written: the same tenant isolation as every tenant table (see RowLevelSecurity).
            migrationBuilder.Sql(
                "ALTER TABLE llm_calls ENABLE ROW LEVEL SECURITY; ALTER TABLE llm_calls FORCE ROW LEVEL SECURITY; " +
                "CREATE POLICY tenant_isolation ON llm_calls USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*') " +
                "WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "llm_calls");
        }
    }
}
