// Usage: dotnet run --project tools/StoreMigrations -- <MigrationName>
// Adds a migration for SQLite and one for PostgreSQL under src/Store/Migrations, as `dotnet ef migrations add` would.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Store;

var name = args.FirstOrDefault() ?? throw new ArgumentException("Give the migration a name.");
var storeProject = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Store"));
if (!File.Exists(Path.Combine(storeProject, "Store.csproj")))
{
    throw new DirectoryNotFoundException($"src/Store not found at {storeProject}");
}

Scaffold(new SqliteStoreDbContext(new DbContextOptionsBuilder<SqliteStoreDbContext>().UseSqlite("Data Source=design.db").Options), "Sqlite");
Scaffold(new PostgresStoreDbContext(new DbContextOptionsBuilder<PostgresStoreDbContext>().UseNpgsql("Host=localhost", PostgresStoreDbContext.Configure).Options), "Postgres");

void Scaffold(StoreDbContext context, string folder)
{
    using (context)
    {
        var reporter = new OperationReporter(new OperationReportHandler(
            error => Console.Error.WriteLine(error), warning => Console.WriteLine(warning), info => Console.WriteLine(info), _ => { }));
        var assembly = typeof(StoreDbContext).Assembly;
        var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "WorkflowPlatform.Store", $"Migrations.{folder}", "C#");
        var files = scaffolder.Save(storeProject, migration, Path.Combine(storeProject, "Migrations", folder));
        Console.WriteLine($"{folder}: {files.MigrationFile}");
    }
}
