using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Access;

/// <summary>
/// On first start with an empty store: creates tenant <c>default</c> and the platform admin key, prints the key
/// once and writes it to <c>&lt;DataDir&gt;/admin-key.txt</c> (mode 600).
/// </summary>
internal static class AdminKeyBootstrap
{
    public const string DefaultTenant = "default";

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var access = services.GetRequiredService<AccessStore>();
        if (await access.CountTenantsAsync(cancellationToken) > 0)
        {
            return;
        }

        await access.CreateTenantAsync(DefaultTenant, "Default", cancellationToken);
        var (_, secret) = await access.CreateKeyAsync(DefaultTenant, "bootstrap admin", "admin", isPlatformAdmin: true, cancellationToken);
        var dataDir = configuration["DataDir"] ?? "./data";
        Directory.CreateDirectory(dataDir);
        var file = Path.Combine(dataDir, "admin-key.txt");
        await File.WriteAllTextAsync(file, secret + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Printed once, on purpose: this is the only time the key is shown.
        Console.WriteLine($"Admin API key (tenant '{DefaultTenant}'): {secret}");
        logger.LogInformation("Created tenant {Tenant} and its admin key in {File}", DefaultTenant, file);
    }
}
