using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Templates;
using WorkflowPlatform.Engine.Validation;
using WorkflowPlatform.Host.Api;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary>
/// Makes a tenant's own workflow from a template: the values are put into the copy itself (its prompts, its
/// settings), so the copy reads and runs on its own; it remembers its template and values in
/// <c>instantiatedFrom</c>. The copy's HTTP endpoints answer under <c>/workflows/{tenant}/{copy id}/</c>, so copies
/// never take each other's requests.
/// </summary>
internal sealed class TemplateInstantiation(TemplateCatalog catalog, IDefinitionStore store, DefinitionService definitions)
{
    private const string HttpEndpoint = "HttpEndpoint";
    private const int MaxCopies = 100;

    public async Task<IResult> InstantiateAsync(string tenantId, string templateId, InstantiateRequest request, string? createdBy, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(tenantId, templateId, cancellationToken) is not { } template)
        {
            return Problems.NotFound($"There is no template '{templateId}': GET /api/templates lists the templates this tenant can instantiate.");
        }

        var errors = new List<ValidationError>();
        var values = TemplateValues.Resolve(template.Definition.Template!, request.Values, errors);
        if (request.Id is { } wanted && !WorkflowCompiler.IsSlug(wanted))
        {
            errors.Add(new("id", $"Workflow id '{wanted}' must match [a-z0-9][a-z0-9-]{{0,63}}."));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, $"The values do not fit template '{templateId}'.");
        }

        var id = request.Id ?? await FreeIdAsync(tenantId, templateId, cancellationToken);
        if (id is null || await store.GetAsync(tenantId, id, null, cancellationToken) is not null)
        {
            return Problems.Conflict($"The tenant already has a workflow '{id ?? templateId}'; give the copy another id.");
        }

        var copy = Copy(tenantId, id, template, values, request.Name, errors);
        var saved = errors.Count == 0 ? await definitions.SaveAsync(tenantId, copy, createdBy, cancellationToken) : null;
        if (errors.Count > 0 || saved!.Errors.Count > 0)
        {
            return Problems.Invalid(errors.Count > 0 ? errors : saved!.Errors, $"Template '{templateId}' filled with these values is not a valid workflow.");
        }

        var version = saved.Saved!.Version;
        if (request.Publish)
        {
            await definitions.PublishAsync(tenantId, id, version, cancellationToken);
        }

        var result = new InstantiationResult(id, version, request.Publish, template.Id, template.Version, Routes(copy), saved.Saved.Definition);
        return Results.Created($"/api/workflows/{id}", result);
    }

    private static WorkflowDefinition Copy(string tenantId, string id, StoredDefinition template, JsonObject values, string? name, List<ValidationError> errors)
    {
        var filled = TemplatePlaceholders.Fill(template.Definition, values, errors);
        var prefix = $"{tenantId}/{id}";
        return filled with
        {
            Id = id,
            Name = string.IsNullOrWhiteSpace(name) ? filled.Name : name.Trim(),
            Template = null,
            InstantiatedFrom = new TemplateOrigin { TemplateId = template.Id, Version = template.Version, Values = values },
            Activities = filled.Activities.Select(a => a.Type == HttpEndpoint ? Prefixed(a, prefix) : a).ToList(),
        };
    }

    private static ActivityNode Prefixed(ActivityNode endpoint, string prefix)
    {
        if (endpoint.Inputs.GetValueOrDefault("path") is not JsonValue path || !path.TryGetValue<string>(out var text))
        {
            return endpoint;
        }

        var inputs = endpoint.Inputs.ToDictionary(p => p.Key, p => p.Value?.DeepClone());
        inputs["path"] = $"{prefix}/{HttpRoutes.Normalize(text)}";
        return endpoint with { Inputs = inputs };
    }

    private static IReadOnlyList<string> Routes(WorkflowDefinition copy) => copy.Activities
        .Where(a => a.Type == HttpEndpoint && a.Inputs.GetValueOrDefault("path") is JsonValue)
        .SelectMany(a => Methods(a).Select(m => $"{m} /workflows/{a.Inputs["path"]!.GetValue<string>()}"))
        .ToList();

    private static IEnumerable<string> Methods(ActivityNode endpoint) =>
        endpoint.Inputs.GetValueOrDefault("methods") is JsonArray methods ? methods.Select(m => m?.ToString() ?? "") : ["POST"];

    /// <summary>The template's id when the tenant has no workflow of that id, else the first free <c>&lt;id&gt;-n</c>.</summary>
    private async Task<string?> FreeIdAsync(string tenantId, string templateId, CancellationToken cancellationToken)
    {
        for (var n = 1; n <= MaxCopies; n++)
        {
            var candidate = n == 1 ? templateId : $"{templateId[..Math.Min(templateId.Length, 60)]}-{n}";
            if (await store.GetAsync(tenantId, candidate, null, cancellationToken) is null)
            {
                return candidate;
            }
        }

        return null;
    }
}
