namespace WorkflowPlatform.Host.Access;

/// <summary>Who is calling: the tenant and role of the request's API key.</summary>
public sealed record Caller(string TenantId, Role Role, bool IsPlatformAdmin, string KeyId, string KeyName)
{
    private static readonly object Key = new();

    public static Caller Of(HttpContext context) => TryOf(context) ?? throw new InvalidOperationException("The request is not authenticated.");

    public static Caller? TryOf(HttpContext context) => context.Items.TryGetValue(Key, out var caller) ? caller as Caller : null;

    public void AttachTo(HttpContext context) => context.Items[Key] = this;
}
