namespace WorkflowPlatform.Engine.Sdk;

/// <summary>Names an activity type and describes it for <c>GET /api/activities</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    public string Type { get; } = type;
    public string Category { get; init; } = "General";
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Icon { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>
    /// True when the activity changes something outside the instance (HTTP call, payment, e-mail).
    /// Under <c>everyActivity</c> persistence the engine commits after each such activity.
    /// </summary>
    public bool HasSideEffects { get; init; }

    /// <summary>True for an activity without outcome ports (such as <c>Fail</c>); otherwise an activity declaring no ports has <c>Done</c>.</summary>
    public bool Terminal { get; init; }
}
