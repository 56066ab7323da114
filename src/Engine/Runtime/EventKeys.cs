namespace WorkflowPlatform.Engine.Runtime;

/// <summary>The lookup key of an event bookmark: the event name and the correlation id it waits for.</summary>
public static class EventKeys
{
    public static string For(string name, string? correlationId) => $"{name}\n{correlationId ?? ""}";
}
