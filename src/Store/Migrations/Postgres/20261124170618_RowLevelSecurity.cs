using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        // Hand-written: every tenant table admits only the rows of the tenant the transaction set with
        // set_config('app.tenant_id', ..., true); '*' is the platform's own cross-tenant scope. FORCE makes the
        // policies bind the tables' owner too; only superusers and BYPASSRLS roles escape them.
        private static readonly string[] TenantTables =
            ["instances", "bookmarks", "resumes", "journal", "definitions", "api_keys", "secrets", "connections", "audit", "usage", "idempotency"];

        private const string Scope = "current_setting('app.tenant_id', true)";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in TenantTables)
            {
                Enable(migrationBuilder, table, "tenant_id");
            }

            Enable(migrationBuilder, "tenants", "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in TenantTables.Append("tenants"))
            {
                migrationBuilder.Sql($"DROP POLICY IF EXISTS tenant_isolation ON {table}; ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
            }
        }

        private static void Enable(MigrationBuilder migrationBuilder, string table, string column) =>
            migrationBuilder.Sql(
                $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY; ALTER TABLE {table} FORCE ROW LEVEL SECURITY; " +
                $"CREATE POLICY tenant_isolation ON {table} USING ({column} = {Scope} OR {Scope} = '*') WITH CHECK ({column} = {Scope} OR {Scope} = '*');");
    }
}
