using System.Text.Json;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Api;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary><c>GET /api/templates</c> and <c>POST /api/workflows/{id}/instantiate</c>.</summary>
internal static class TemplateEndpoints
{
    public static RouteGroupBuilder MapTemplateEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", async (HttpContext http, TemplateCatalog catalog) => await catalog.ListAsync(Caller.Of(http).TenantId, http.RequestAborted))
            .WithTags("Templates");
        api.MapPost("/workflows/{id}/instantiate", InstantiateAsync).RequireRole(Role.Editor).WithTags("Templates");
        return api;
    }

    private static async Task<IResult> InstantiateAsync(string id, HttpContext http, TemplateInstantiation instantiation)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        InstantiateRequest? request;
        try
        {
            request = body!.Deserialize<InstantiateRequest>(DefinitionJson.Options);
        }
        catch (JsonException exception)
        {
            return Problems.BadRequest($"The instantiate request is not valid: {exception.Message} Send {{ \"values\": {{ ... }}, \"id\"?: \"...\", \"name\"?: \"...\", \"publish\"?: true }}.");
        }

        var caller = Caller.Of(http);
        return await instantiation.InstantiateAsync(caller.TenantId, id, request!, caller.KeyId, http.RequestAborted);
    }
}
