using System.Text.Json.Nodes;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>
/// <c>GET /api/me</c> (who the key is: the Studio shows it and hides what the role may not do), <c>POST /api/tenants</c>
/// (platform admin) and <c>GET, POST /api/keys</c> (tenant admin); secrets are answered once.
/// </summary>
internal static class AccessEndpoints
{
    public static RouteGroupBuilder MapAccessEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext http) =>
        {
            var caller = Caller.Of(http);
            return new { caller.TenantId, Role = caller.Role.ToString().ToLowerInvariant(), caller.KeyId, caller.KeyName, caller.IsPlatformAdmin };
        }).WithTags("Access");
        api.MapPost("/tenants", CreateTenantAsync).RequirePlatformAdmin().WithTags("Access");
        api.MapPost("/keys", CreateKeyAsync).RequireRole(Role.Admin).WithTags("Access");
        api.MapGet("/keys", async (HttpContext http, AccessStore access) =>
            (await access.ListKeysAsync(Caller.Of(http).TenantId, http.RequestAborted)).Select(k => new { k.Id, k.Name, k.Role, k.IsPlatformAdmin, k.CreatedAt }))
            .RequireRole(Role.Admin).WithTags("Access");
        return api;
    }

    private static async Task<IResult> CreateTenantAsync(HttpContext http, AccessStore access)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var id = Text(body!, "id");
        if (id is null || !Slugs.IsValid(id))
        {
            return Slugs.Refusal("id");
        }

        if (!await access.CreateTenantAsync(id, Text(body!, "name") ?? id, http.RequestAborted))
        {
            return Problems.Conflict($"Tenant '{id}' exists already.");
        }

        var (key, secret) = await access.CreateKeyAsync(id, "first admin", "admin", isPlatformAdmin: false, http.RequestAborted);
        return Results.Created($"/api/tenants/{id}", new { id, name = Text(body!, "name") ?? id, adminKey = new { key.Id, key.Role, key = secret } });
    }

    private static async Task<IResult> CreateKeyAsync(HttpContext http, AccessStore access)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var roleName = Text(body!, "role") ?? "viewer";
        if (!Enum.TryParse<Role>(roleName, ignoreCase: true, out var role) || int.TryParse(roleName, out _))
        {
            return Problems.BadRequest($"role must be one of {string.Join(", ", Enum.GetNames<Role>().Select(r => r.ToLowerInvariant()))}.");
        }

        var name = Text(body!, "name") ?? $"{roleName} key";
        var (key, secret) = await access.CreateKeyAsync(Caller.Of(http).TenantId, name, role.ToString().ToLowerInvariant(), isPlatformAdmin: false, http.RequestAborted);
        return Results.Created($"/api/keys/{key.Id}", new { key.Id, key.Name, key.Role, key = secret });
    }

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
