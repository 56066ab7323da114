using System.Text.Json;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Api;

namespace WorkflowPlatform.Host.Workflows;

/// <summary>Loads <c>Workflows:Path/*.json</c> at start into tenant <c>default</c>: a changed file becomes a new published version.</summary>
internal static class WorkflowFolder
{
    public static async Task LoadAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var folder = configuration["Workflows:Path"] ?? "./workflows";
        if (!Directory.Exists(folder))
        {
            return;
        }

        var definitions = services.GetRequiredService<DefinitionService>();
        var store = services.GetRequiredService<IDefinitionStore>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var definition = DefinitionJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken));
                var latest = await store.GetAsync(AdminKeyBootstrap.DefaultTenant, definition.Id, null, cancellationToken);
                var unchanged = latest is not null && latest.ContentHash == DefinitionService.ContentHash(definition);
                if (unchanged && latest!.IsPublished)
                {
                    continue;
                }

                var version = latest?.Version;
                if (!unchanged)
                {
                    var saved = await definitions.SaveAsync(AdminKeyBootstrap.DefaultTenant, definition, "workflows-folder", cancellationToken);
                    if (saved.Errors.Count > 0)
                    {
                        logger.LogError("Workflow file {File} is not valid: {Errors}", file, string.Join("; ", saved.Errors.Select(e => $"{e.Path}: {e.Message}")));
                        continue;
                    }

                    version = saved.Saved!.Version;
                }

                await definitions.PublishAsync(AdminKeyBootstrap.DefaultTenant, definition.Id, version, cancellationToken);
                logger.LogInformation("Published {Workflow} version {Version} from {File}", definition.Id, version, file);
            }
            catch (JsonException exception)
            {
                logger.LogError("Workflow file {File} is not valid JSON: {Message}", file, exception.Message);
            }
            catch (WorkflowRunException exception)
            {
                logger.LogError("Workflow file {File} was not published: {Message}", file, exception.Message);
            }
        }
    }
}
