using System.Collections.Concurrent;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Access;

/// <summary>
/// Authenticates <c>/api</c> calls by <c>X-Api-Key</c> or <c>Authorization: Bearer</c> and checks the endpoint's
/// role. Keys are looked up by hash; recent look-ups are cached briefly so a busy key costs no query per call.
/// </summary>
internal sealed class ApiKeyFilter(AccessStore access, TimeProvider time) : IEndpointFilter
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKeyInfo? Key, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var secret = ReadKey(http.Request);
        if (secret is null)
        {
            return Problems.Unauthorized("Send an API key in the X-Api-Key header (or Authorization: Bearer).");
        }

        var key = await FindAsync(secret, http.RequestAborted);
        if (key is null)
        {
            return Problems.Unauthorized("The API key is not valid.");
        }

        var role = Roles.Parse(key.Role);
        var required = http.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>() ?? new RequiredRole(Role.Viewer);
        if (role < required.Role || (required.PlatformAdmin && !key.IsPlatformAdmin))
        {
            return Problems.Forbidden(required.PlatformAdmin ? "Only the platform admin key may do this." : $"This needs the {required.Role.ToString().ToLowerInvariant()} role; the key is {key.Role}.");
        }

        new Caller(key.TenantId, role, key.IsPlatformAdmin, key.Id, key.Name).AttachTo(http);
        return await next(context);
    }

    private async Task<ApiKeyInfo?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(secret, out var cached) && cached.Until > now)
        {
            return cached.Key;
        }

        var key = await access.FindKeyAsync(secret, cancellationToken);
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[secret] = (key, now + CacheFor);
        return key;
    }

    public static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
