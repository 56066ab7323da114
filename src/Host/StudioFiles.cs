using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace WorkflowPlatform.Host;

/// <summary>
/// Serves the Studio at <c>/</c>: its built files from <c>Studio:Path</c> (by default <c>studio/</c> next to the binary,
/// put there by src/Studio/Studio.targets), and index.html for any other GET that no endpoint answered, so the Studio's
/// own routes survive a reload. The host's paths keep their 404s. Without a build, the Studio's paths answer a page
/// that says how to build it.
/// </summary>
internal static class StudioFiles
{
    /// <summary>Paths that belong to the host: never answered with the Studio.</summary>
    private static readonly string[] HostPaths = ["/api", "/workflows", "/hooks", "/webhooks", "/nps", "/health", "/scalar", "/openapi"];

    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Workflow Studio</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
        <h1>The Studio was not built</h1>
        <p>The host is running; its API is at <a href="/scalar">/scalar</a>. The Studio is built with npm when the host
        is built: install Node.js 20.19 or later with npm, then run <code>dotnet run --project src/Host</code> again.</p>
        </body>
        </html>
        """;

    public static WebApplication MapStudio(this WebApplication app)
    {
        var root = Path.GetFullPath(app.Configuration["Studio:Path"] ?? Path.Combine(AppContext.BaseDirectory, "studio"));
        var index = Path.Combine(root, "index.html");
        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), OnPrepareResponse = SetCaching });
        }

        // The fallback takes only paths without a file extension, after every other endpoint.
        app.MapFallback(http => ServeIndexAsync(http, index)).ExcludeFromDescription();
        return app;
    }

    private static async Task ServeIndexAsync(HttpContext http, string index)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) || HostPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            // No body: the status code pages answer the problem details, as they did before the Studio was served.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        if (File.Exists(index))
        {
            await http.Response.SendFileAsync(index, http.RequestAborted);
        }
        else
        {
            await http.Response.WriteAsync(NotBuiltPage, http.RequestAborted);
        }
    }

    /// <summary>Vite names the files under /assets by their content: they never change, index.html always may.</summary>
    private static void SetCaching(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
}
