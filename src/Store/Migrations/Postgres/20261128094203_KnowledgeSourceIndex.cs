using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KnowledgeSourceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_rag_documents_tenant_id_space_id_source",
                schema: "public",
                table: "rag_documents",
                columns: new[] { "tenant_id", "space_id", "source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rag_documents_tenant_id_space_id_source",
                schema: "public",
                table: "rag_documents");
        }
    }
}
