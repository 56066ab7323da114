using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

public enum ActivityResultKind
{
    Completed,
    Suspended,
    Failed,
}

/// <summary>How one execution of an activity ended: an outcome port, a bookmark to wait on, or a failure.</summary>
public sealed class ActivityResult
{
    private static readonly ActivityResult DoneWithoutOutputs = new(ActivityResultKind.Completed, Port.Done, null, null, null, null);

    private ActivityResult(ActivityResultKind kind, Port port, JsonObject? outputs, BookmarkRequest? bookmark, string? error, Exception? exception)
    {
        Kind = kind;
        Port = port;
        Outputs = outputs;
        Bookmark = bookmark;
        Error = error;
        Exception = exception;
    }

    public ActivityResultKind Kind { get; }
    public Port Port { get; }
    public JsonObject? Outputs { get; }
    public BookmarkRequest? Bookmark { get; }
    public string? Error { get; }
    public Exception? Exception { get; }

    public static ActivityResult Done => DoneWithoutOutputs;

    public static ActivityResult To(Port port, JsonObject? outputs = null) =>
        outputs is null && port == Port.Done ? DoneWithoutOutputs : new(ActivityResultKind.Completed, port, outputs, null, null, null);

    public static ActivityResult To<TOutput>(Port port, TOutput output) where TOutput : class =>
        To(port, output is None ? null : JsonSerializer.SerializeToNode(output, DefinitionJson.Options) as JsonObject);

    public static ActivityResult Suspend(BookmarkRequest bookmark) => new(ActivityResultKind.Suspended, default, null, bookmark, null, null);

    /// <summary>A failed attempt. The engine retries it per the activity's policy, then takes the <c>Failed</c> port or faults.</summary>
    public static ActivityResult Fail(string error, Exception? exception = null, JsonObject? outputs = null) =>
        new(ActivityResultKind.Failed, Port.Failed, outputs, null, error, exception);
}
