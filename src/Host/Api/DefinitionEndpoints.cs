using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Flow;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Workflows.ElsaImport;

namespace WorkflowPlatform.Host.Api;

/// <summary>Activity descriptors and versioned definitions: save as draft, validate, publish, versions, restore, delete.</summary>
internal static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/activities", (ActivityRegistry registry) => registry.All.OrderBy(d => d.Category).ThenBy(d => d.Type).Select(ActivityView.From).ToList()).WithTags("Activities");

        var workflows = api.MapGroup("/workflows").WithTags("Workflows");
        workflows.MapGet("/", async (HttpContext http, IDefinitionStore store) =>
            await store.ListAsync(Caller.Of(http).TenantId, http.RequestAborted));
        workflows.MapPut("/{id}", SaveAsync).RequireRole(Role.Editor);
        workflows.MapPost("/import", ImportAsync).RequireRole(Role.Editor);
        workflows.MapGet("/{id}", GetAsync);
        workflows.MapPost("/{id}/validate", ValidateAsync).RequireRole(Role.Editor);
        workflows.MapPost("/{id}/publish", PublishAsync).RequireRole(Role.Editor);
        workflows.MapGet("/{id}/versions", async (string id, HttpContext http, IDefinitionStore store) =>
            await store.ListVersionsAsync(Caller.Of(http).TenantId, id, http.RequestAborted) is { Count: > 0 } versions
                ? Results.Ok(versions) : Problems.NotFound($"Workflow '{id}' was not found."));
        workflows.MapPost("/{id}/versions/{version:int}/restore", RestoreAsync).RequireRole(Role.Editor);
        workflows.MapDelete("/{id}", DeleteAsync).RequireRole(Role.Editor);
        return api;
    }

    private static async Task<IResult> SaveAsync(string id, HttpContext http, DefinitionService definitions)
    {
        var (definition, problem) = await ReadDefinitionAsync(id, http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var caller = Caller.Of(http);
        var result = await definitions.SaveAsync(caller.TenantId, definition!, caller.KeyId, http.RequestAborted);
        return result.Errors.Count > 0 ? Problems.Invalid(result.Errors) : Results.Ok(result.Saved!.Definition);
    }

    /// <summary>
    /// Saves a document in our format as a new draft of the definition it names (the answer is the saved definition), or
    /// converts an Elsa 3 export and saves that (the answer is <c>{ definition, warnings, unmapped }</c>).
    /// </summary>
    private static async Task<IResult> ImportAsync(HttpContext http, DefinitionService definitions, ActivityRegistry registry)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (ElsaConverter.IsElsaExport(body!))
        {
            return await ElsaImportEndpoint.ImportAsync(body!, http, definitions, new ElsaConverter(registry));
        }

        if (body!["id"] is not JsonValue id || !id.TryGetValue<string>(out _))
        {
            return Problems.Invalid([new("id", "The document needs an id.")]);
        }

        var (definition, invalid) = Deserialize(body);
        if (invalid is not null)
        {
            return invalid;
        }

        var caller = Caller.Of(http);
        var result = await definitions.SaveAsync(caller.TenantId, definition!, caller.KeyId, http.RequestAborted);
        return result.Errors.Count > 0 ? Problems.Invalid(result.Errors) : Results.Ok(result.Saved!.Definition);
    }

    private static async Task<IResult> GetAsync(string id, int? version, HttpContext http, IDefinitionStore store)
    {
        var stored = await store.GetAsync(Caller.Of(http).TenantId, id, version, http.RequestAborted);
        return stored is null
            ? Problems.NotFound(version is null ? $"Workflow '{id}' was not found." : $"Workflow '{id}' has no version {version}.")
            : Results.Ok(stored.Definition);
    }

    private static async Task<IResult> ValidateAsync(string id, HttpContext http, WorkflowCompiler compiler)
    {
        var (definition, problem) = await ReadDefinitionAsync(id, http.Request);
        return problem ?? Results.Ok(new { errors = compiler.Validate(definition!) });
    }

    private static async Task<IResult> PublishAsync(string id, HttpContext http, IDefinitionStore store, DefinitionService definitions)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        int? version = body!["version"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
        var published = await definitions.PublishAsync(Caller.Of(http).TenantId, id, version, http.RequestAborted);
        return published is null
            ? Problems.NotFound(version is null ? $"Workflow '{id}' was not found." : $"Workflow '{id}' has no version {version}.")
            : Results.Ok(new { id, version = published.Version, published = true });
    }

    private static async Task<IResult> RestoreAsync(string id, int version, HttpContext http, IDefinitionStore store, DefinitionService definitions)
    {
        var caller = Caller.Of(http);
        var old = await store.GetAsync(caller.TenantId, id, version, http.RequestAborted);
        if (old is null)
        {
            return Problems.NotFound($"Workflow '{id}' has no version {version}.");
        }

        var result = await definitions.SaveAsync(caller.TenantId, old.Definition, caller.KeyId, http.RequestAborted);
        return result.Errors.Count > 0 ? Problems.Invalid(result.Errors) : Results.Ok(result.Saved!.Definition);
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, IDefinitionStore store, TriggerIndex triggers)
    {
        var deleted = await store.DeleteAsync(Caller.Of(http).TenantId, id, http.RequestAborted);
        triggers.Invalidate();
        return deleted ? Results.NoContent() : Problems.NotFound($"Workflow '{id}' was not found.");
    }

    private static async Task<(WorkflowDefinition? Definition, IResult? Problem)> ReadDefinitionAsync(string id, HttpRequest request)
    {
        JsonObject? body;
        (body, var problem) = await JsonBody.ReadObjectAsync(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        body!["id"] ??= id;
        if (body["id"] is not JsonValue bodyId || bodyId.ToString() != id)
        {
            return (null, Problems.Invalid([new("id", $"The body's id must be '{id}', as in the URL.")]));
        }

        return Deserialize(body);
    }

    private static (WorkflowDefinition? Definition, IResult? Problem) Deserialize(JsonObject body)
    {
        try
        {
            return (body.Deserialize<WorkflowDefinition>(DefinitionJson.Options), null);
        }
        catch (JsonException exception)
        {
            return (null, Problems.Invalid([new(JsonBody.PathOf(exception), exception.Message.Split(" Path:", 2)[0])]));
        }
    }
}
