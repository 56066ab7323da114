namespace WorkflowPlatform.Host.Access;

/// <summary>Who is calling: the tenant and role of the request's API key.</summary>
public sealed record Caller(string TenantId, Role Role, bool IsPlatformAdmin, string KeyId)
{
    private static readonly object Key = new();

    public static Caller Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var caller) && caller is Caller known ? known : throw new InvalidOperationException("The request is not authenticated.");

    public void AttachTo(HttpContext context) => context.Items[Key] = this;
}
