using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPlatform.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rag_chunks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    space_id = table.Column<string>(type: "TEXT", nullable: false),
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    embedding = table.Column<byte[]>(type: "BLOB", nullable: false),
                    embedding_model = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_chunks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rag_documents",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    space_id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    content_hash = table.Column<string>(type: "TEXT", nullable: false),
                    meta = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_documents", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "rag_spaces",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    chunk_tokens = table.Column<int>(type: "INTEGER", nullable: false),
                    chunk_overlap = table.Column<int>(type: "INTEGER", nullable: false),
                    embedder = table.Column<string>(type: "TEXT", nullable: false),
                    mask_pii = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_spaces", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "rag_uploads",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    space_id = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: true),
                    content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    progress = table.Column<double>(type: "REAL", nullable: false),
                    chunks = table.Column<int>(type: "INTEGER", nullable: false),
                    document_id = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rag_uploads", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_rag_chunks_tenant_id_document_id",
                table: "rag_chunks",
                columns: new[] { "tenant_id", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rag_chunks_tenant_id_space_id",
                table: "rag_chunks",
                columns: new[] { "tenant_id", "space_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rag_documents_tenant_id_space_id_content_hash",
                table: "rag_documents",
                columns: new[] { "tenant_id", "space_id", "content_hash" });

            // Hand-written: FTS5 over the chunks' text (an external-content table kept in step by triggers), for keyword search.
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE rag_chunks_fts USING fts5(text, content='rag_chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER rag_chunks_fts_insert AFTER INSERT ON rag_chunks BEGIN
                  INSERT INTO rag_chunks_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER rag_chunks_fts_delete AFTER DELETE ON rag_chunks BEGIN
                  INSERT INTO rag_chunks_fts(rag_chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TRIGGER rag_chunks_fts_update AFTER UPDATE ON rag_chunks BEGIN
                  INSERT INTO rag_chunks_fts(rag_chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
                  INSERT INTO rag_chunks_fts(rowid, text) VALUES (new.id, new.text);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE rag_chunks_fts;");

            migrationBuilder.DropTable(
                name: "rag_chunks");

            migrationBuilder.DropTable(
                name: "rag_documents");

            migrationBuilder.DropTable(
                name: "rag_spaces");

            migrationBuilder.DropTable(
                name: "rag_uploads");
        }
    }
}
