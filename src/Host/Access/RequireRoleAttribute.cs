namespace WorkflowPlatform.Host.Access;

/// <summary>Endpoint metadata: the weakest role that may call it (default: viewer).</summary>
public sealed record RequiredRole(Role Role, bool PlatformAdmin = false);

public static class RoleEndpointExtensions
{
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredRole(role));

    public static TBuilder RequirePlatformAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredRole(Role.Admin, PlatformAdmin: true));
}
