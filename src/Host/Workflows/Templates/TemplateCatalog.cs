using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Templates;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary>
/// The templates a tenant may instantiate: the published templates of its own, then the platform's (tenant
/// <c>default</c>, where <c>workflows/</c> is loaded), which every tenant sees and none can change.
/// </summary>
internal sealed class TemplateCatalog(IDefinitionStore store)
{
    public const string PlatformSource = "platform";
    public const string TenantSource = "tenant";

    /// <summary>The published template with this id that the tenant sees; null when there is none.</summary>
    public async Task<StoredDefinition?> FindAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        if (await store.GetPublishedAsync(tenantId, id, cancellationToken) is { Definition.Template: not null } own)
        {
            return own;
        }

        return tenantId != AdminKeyBootstrap.DefaultTenant && await store.GetPublishedAsync(AdminKeyBootstrap.DefaultTenant, id, cancellationToken) is { Definition.Template: not null } platform
            ? platform
            : null;
    }

    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var own = await PublishedTemplatesAsync(tenantId, cancellationToken);
        var platform = tenantId == AdminKeyBootstrap.DefaultTenant ? [] : await PublishedTemplatesAsync(AdminKeyBootstrap.DefaultTenant, cancellationToken);
        return own.Select(t => Summary(t, TenantSource))
            .Concat(platform.Where(p => own.All(o => o.Id != p.Id)).Select(t => Summary(t, PlatformSource)))
            .OrderBy(t => t.Name ?? t.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private async Task<List<StoredDefinition>> PublishedTemplatesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var templates = new List<StoredDefinition>();
        foreach (var summary in await store.ListAsync(tenantId, cancellationToken))
        {
            if (summary.PublishedVersion is not null && await store.GetPublishedAsync(tenantId, summary.Id, cancellationToken) is { Definition.Template: not null } template)
            {
                templates.Add(template);
            }
        }

        return templates;
    }

    private static TemplateSummary Summary(StoredDefinition stored, string source)
    {
        // Names and descriptions may hold placeholders: the gallery shows them with the defaults.
        var definition = TemplatePlaceholders.Fill(stored.Definition, TemplateValues.Defaults(stored.Definition.Template!), []);
        return new TemplateSummary(definition.Id, definition.Name, definition.Description, definition.Tags, stored.Version, source, definition.Template!.Fields);
    }
}
