namespace WorkflowPlatform.Activities.Http;

/// <summary>
/// Reads a tenant's <c>http</c> connections (<c>{ kind: http, baseUrl, secret? }</c>, the secret naming the tenant
/// secret that holds the bearer token); the host implements it.
/// </summary>
public interface IHttpConnections
{
    /// <returns>The connection, or why there is none, in words that say how to create or fix it.</returns>
    Task<(HttpConnection? Connection, string? Problem)> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken);
}
