namespace WorkflowPlatform.Host.Access;

/// <summary>API key roles, weakest first: each role can do what the ones before it can.</summary>
public enum Role
{
    Viewer,
    Runner,
    Editor,
    Admin,
}

public static class Roles
{
    /// <summary>A stored role name; anything unknown counts as the weakest role.</summary>
    public static Role Parse(string name) => Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : Role.Viewer;
}
