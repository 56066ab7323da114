namespace WorkflowPlatform.Host.Access;

/// <summary>API key roles, weakest first: each role can do what the ones before it can.</summary>
public enum Role
{
    Viewer,
    Runner,
    Editor,
    Admin,
}
