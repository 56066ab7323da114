namespace WorkflowPlatform.Activities.Http;

/// <summary>A tenant's <c>http</c> connection: where to POST, and the bearer token (from a tenant secret) when it names one.</summary>
public sealed record HttpConnection(string Name, Uri BaseUrl, string? BearerToken);
