using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The model now names schema "public" (see PostgresStoreDbContext.Schema); the tables already live there,
            // so the renames EF would generate are left out.
            migrationBuilder.CreateTable(
                name: "rag_chunks",
                schema: "public",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    space_id = table.Column<string>(type: "text", nullable: false),
                    document_id = table.Column<string>(type: "text", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    embedding = table.Column<byte[]>(type: "bytea", nullable: false),
                    embedding_model = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_chunks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rag_documents",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    space_id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    meta = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_documents", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "rag_spaces",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    chunk_tokens = table.Column<int>(type: "integer", nullable: false),
                    chunk_overlap = table.Column<int>(type: "integer", nullable: false),
                    embedder = table.Column<string>(type: "text", nullable: false),
                    mask_pii = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_spaces", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "rag_uploads",
                schema: "public",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    space_id = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    progress = table.Column<double>(type: "double precision", nullable: false),
                    chunks = table.Column<int>(type: "integer", nullable: false),
                    document_id = table.Column<string>(type: "text", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_uploads", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_rag_chunks_tenant_id_document_id",
                schema: "public",
                table: "rag_chunks",
                columns: new[] { "tenant_id", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rag_chunks_tenant_id_space_id",
                schema: "public",
                table: "rag_chunks",
                columns: new[] { "tenant_id", "space_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rag_documents_tenant_id_space_id_content_hash",
                schema: "public",
                table: "rag_documents",
                columns: new[] { "tenant_id", "space_id", "content_hash" });

            // Hand-written: the full-text index for keyword search, the tenant isolation of every tenant table, and
            // pgvector where the server has it (without it, vectors are compared in process).
            // The indexed expression is KnowledgeStore.PostgresSearchText as it was written then (a migration does not change).
            migrationBuilder.Sql(
                "CREATE INDEX ix_rag_chunks_text ON public.rag_chunks USING GIN " +
                "(to_tsvector('simple', translate(lower(text), 'áàâãäåçéèêëíìîïñóòôõöúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')));");
            foreach (var table in new[] { "rag_spaces", "rag_documents", "rag_chunks", "rag_uploads" })
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY; ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY; " +
                    $"CREATE POLICY tenant_isolation ON public.{table} USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*') " +
                    $"WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.tenant_id', true) = '*');");
            }

            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'vector') THEN
                    CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
                    ALTER TABLE public.rag_chunks ADD COLUMN embedding_vec public.vector;
                    CREATE INDEX ix_rag_chunks_vector_384 ON public.rag_chunks
                      USING hnsw ((embedding_vec::public.vector(384)) public.vector_cosine_ops) WHERE public.vector_dims(embedding_vec) = 384;
                    CREATE INDEX ix_rag_chunks_vector_1536 ON public.rag_chunks
                      USING hnsw ((embedding_vec::public.vector(1536)) public.vector_cosine_ops) WHERE public.vector_dims(embedding_vec) = 1536;
                  END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rag_chunks",
                schema: "public");

            migrationBuilder.DropTable(
                name: "rag_documents",
                schema: "public");

            migrationBuilder.DropTable(
                name: "rag_spaces",
                schema: "public");

            migrationBuilder.DropTable(
                name: "rag_uploads",
                schema: "public");
        }
    }
}
