using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Agents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                schema: "public",
                table: "connections");

            migrationBuilder.AddColumn<string>(
                name: "execution_id",
                schema: "public",
                table: "messages",
                type: "text",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                schema: "public",
                table: "connections",
                columns: new[] { "tenant_id", "kind", "name" });

            migrationBuilder.CreateTable(
                name: "ad_metrics",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    campaign_id = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<string>(type: "text", nullable: false),
                    campaign_name = table.Column<string>(type: "text", nullable: true),
                    impressions = table.Column<long>(type: "bigint", nullable: false),
                    clicks = table.Column<long>(type: "bigint", nullable: false),
                    spend_cents = table.Column<long>(type: "bigint", nullable: false),
                    conversions = table.Column<long>(type: "bigint", nullable: false),
                    conversion_value_cents = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "text", nullable: true),
                    daily_budget_cents = table.Column<long>(type: "bigint", nullable: true),
                    fetched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ad_metrics", x => new { x.tenant_id, x.campaign_id, x.date });
                });

            migrationBuilder.CreateTable(
                name: "creative_deals",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    creative_id = table.Column<string>(type: "text", nullable: false),
                    deal_id = table.Column<string>(type: "text", nullable: false),
                    lead_id = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creative_deals", x => new { x.tenant_id, x.creative_id, x.deal_id });
                });

            migrationBuilder.CreateTable(
                name: "creatives",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    batch_id = table.Column<string>(type: "text", nullable: false),
                    campaign_id = table.Column<string>(type: "text", nullable: true),
                    headline = table.Column<string>(type: "text", nullable: true),
                    copy = table.Column<string>(type: "text", nullable: false),
                    angle = table.Column<string>(type: "text", nullable: true),
                    ab_bucket = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    execution_id = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<string>(type: "text", nullable: true),
                    workflow_id = table.Column<string>(type: "text", nullable: true),
                    meta = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    won_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creatives", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    execution_id = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    target = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => new { x.tenant_id, x.execution_id });
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    lead_id = table.Column<string>(type: "text", nullable: true),
                    deal_id = table.Column<string>(type: "text", nullable: true),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    execution_id = table.Column<string>(type: "text", nullable: true),
                    instance_id = table.Column<string>(type: "text", nullable: true),
                    workflow_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_nps_surveys_tenant_id_deal_id",
                schema: "public",
                table: "nps_surveys",
                columns: new[] { "tenant_id", "deal_id" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_tenant_id_execution_id",
                schema: "public",
                table: "messages",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ad_metrics_tenant_id_date",
                schema: "public",
                table: "ad_metrics",
                columns: new[] { "tenant_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_batch_id",
                schema: "public",
                table: "creatives",
                columns: new[] { "tenant_id", "batch_id" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_campaign_id",
                schema: "public",
                table: "creatives",
                columns: new[] { "tenant_id", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_execution_id",
                schema: "public",
                table: "creatives",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_execution_id",
                schema: "public",
                table: "tasks",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_lead_id",
                schema: "public",
                table: "tasks",
                columns: new[] { "tenant_id", "lead_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_status_created_at",
                schema: "public",
                table: "tasks",
                columns: new[] { "tenant_id", "status", "created_at" });

            // Hand-written: the tenant isolation of the new tenant tables.
            foreach (var table in new[] { "creatives", "creative_deals", "ad_metrics", "tasks", "notifications" })
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY; ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY; " +
                    $"CREATE POLICY tenant_isolation ON public.{table} USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*') " +
                    $"WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ad_metrics",
                schema: "public");

            migrationBuilder.DropTable(
                name: "creative_deals",
                schema: "public");

            migrationBuilder.DropTable(
                name: "creatives",
                schema: "public");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "public");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "public");

            migrationBuilder.DropIndex(
                name: "IX_nps_surveys_tenant_id_deal_id",
                schema: "public",
                table: "nps_surveys");

            migrationBuilder.DropIndex(
                name: "IX_messages_tenant_id_execution_id",
                schema: "public",
                table: "messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                schema: "public",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "execution_id",
                schema: "public",
                table: "messages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                schema: "public",
                table: "connections",
                columns: new[] { "tenant_id", "name" });
        }
    }
}
