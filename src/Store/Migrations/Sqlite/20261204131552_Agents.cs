using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Agents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.AddColumn<string>(
                name: "execution_id",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                columns: new[] { "tenant_id", "kind", "name" });

            migrationBuilder.CreateTable(
                name: "ad_metrics",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", nullable: false),
                    date = table.Column<string>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", nullable: false),
                    campaign_name = table.Column<string>(type: "TEXT", nullable: true),
                    impressions = table.Column<long>(type: "INTEGER", nullable: false),
                    clicks = table.Column<long>(type: "INTEGER", nullable: false),
                    spend_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    conversions = table.Column<long>(type: "INTEGER", nullable: false),
                    conversion_value_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", nullable: true),
                    daily_budget_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    fetched_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ad_metrics", x => new { x.tenant_id, x.campaign_id, x.date });
                });

            migrationBuilder.CreateTable(
                name: "creative_deals",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    creative_id = table.Column<string>(type: "TEXT", nullable: false),
                    deal_id = table.Column<string>(type: "TEXT", nullable: false),
                    lead_id = table.Column<string>(type: "TEXT", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creative_deals", x => new { x.tenant_id, x.creative_id, x.deal_id });
                });

            migrationBuilder.CreateTable(
                name: "creatives",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    batch_id = table.Column<string>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", nullable: true),
                    headline = table.Column<string>(type: "TEXT", nullable: true),
                    copy = table.Column<string>(type: "TEXT", nullable: false),
                    angle = table.Column<string>(type: "TEXT", nullable: true),
                    ab_bucket = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    execution_id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: true),
                    workflow_id = table.Column<string>(type: "TEXT", nullable: true),
                    meta = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    approved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    won_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creatives", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    execution_id = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    target = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => new { x.tenant_id, x.execution_id });
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: true),
                    lead_id = table.Column<string>(type: "TEXT", nullable: true),
                    deal_id = table.Column<string>(type: "TEXT", nullable: true),
                    assignee = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    execution_id = table.Column<string>(type: "TEXT", nullable: true),
                    instance_id = table.Column<string>(type: "TEXT", nullable: true),
                    workflow_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    done_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_nps_surveys_tenant_id_deal_id",
                table: "nps_surveys",
                columns: new[] { "tenant_id", "deal_id" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_tenant_id_execution_id",
                table: "messages",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ad_metrics_tenant_id_date",
                table: "ad_metrics",
                columns: new[] { "tenant_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_batch_id",
                table: "creatives",
                columns: new[] { "tenant_id", "batch_id" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_campaign_id",
                table: "creatives",
                columns: new[] { "tenant_id", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "IX_creatives_tenant_id_execution_id",
                table: "creatives",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_execution_id",
                table: "tasks",
                columns: new[] { "tenant_id", "execution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_lead_id",
                table: "tasks",
                columns: new[] { "tenant_id", "lead_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_tenant_id_status_created_at",
                table: "tasks",
                columns: new[] { "tenant_id", "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ad_metrics");

            migrationBuilder.DropTable(
                name: "creative_deals");

            migrationBuilder.DropTable(
                name: "creatives");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_nps_surveys_tenant_id_deal_id",
                table: "nps_surveys");

            migrationBuilder.DropIndex(
                name: "IX_messages_tenant_id_execution_id",
                table: "messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "execution_id",
                table: "messages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                columns: new[] { "tenant_id", "name" });
        }
    }
}
