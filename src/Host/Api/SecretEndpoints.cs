using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary><c>/api/secrets</c> (values go in, never out) and <c>/api/connections</c> (settings that name secrets).</summary>
internal static class SecretEndpoints
{
    private static readonly string[] ConnectionKinds = ["openai", "stripe", "asaas", "smtp", "ads", "http"];

    public static RouteGroupBuilder MapSecretEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/secrets", SetSecretAsync).RequireRole(Role.Admin).WithTags("Secrets");
        api.MapGet("/secrets", async (HttpContext http, SecretStore store) => await store.ListAsync(Caller.Of(http).TenantId, http.RequestAborted)).RequireRole(Role.Editor).WithTags("Secrets");
        api.MapDelete("/secrets/{name}", async (string name, HttpContext http, SecretStore store) =>
            await store.DeleteAsync(Caller.Of(http).TenantId, name, http.RequestAborted) ? Results.NoContent() : Problems.NotFound($"Secret '{name}' was not found."))
            .RequireRole(Role.Admin).WithTags("Secrets");
        api.MapPut("/connections/{name}", PutConnectionAsync).RequireRole(Role.Admin).WithTags("Connections");
        api.MapGet("/connections", async (HttpContext http, ConnectionStore store) => await store.ListAsync(Caller.Of(http).TenantId, http.RequestAborted)).WithTags("Connections");
        return api;
    }

    private static async Task<IResult> SetSecretAsync(HttpContext http, TenantSecrets secrets)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var name = Text(body!, "name");
        var value = Text(body!, "value");
        if (name is null || !Slugs.IsValid(name))
        {
            return Slugs.Refusal("name");
        }

        if (string.IsNullOrEmpty(value))
        {
            return Problems.BadRequest("value must be a non-empty string.");
        }

        await secrets.SetAsync(Caller.Of(http).TenantId, name, value, http.RequestAborted);
        return Results.Ok(new { name });
    }

    private static async Task<IResult> PutConnectionAsync(string name, HttpContext http, ConnectionStore store, SecretStore secrets)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (!Slugs.IsValid(name))
        {
            return Slugs.Refusal("The connection name");
        }

        var kind = Text(body!, "kind");
        if (kind is null || !ConnectionKinds.Contains(kind))
        {
            return Problems.BadRequest($"kind must be one of {string.Join(", ", ConnectionKinds)}.");
        }

        var tenant = Caller.Of(http).TenantId;
        if (Text(body!, "secret") is { } secret && await secrets.GetProtectedAsync(tenant, secret, http.RequestAborted) is null)
        {
            return Problems.BadRequest($"secret names a secret the tenant does not have: '{secret}'. Create it with POST /api/secrets first.");
        }

        body!.Remove("kind");
        return Results.Ok(await store.PutAsync(tenant, name, kind, body, http.RequestAborted));
    }

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
