namespace WorkflowPlatform.Activities.Http;

/// <summary>One spelling of an endpoint path, so <c>/orders/</c>, <c>orders</c> and <c>orders//</c> are the same route.</summary>
public static class HttpRoutes
{
    public static string Normalize(string path) =>
        string.Join('/', path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
