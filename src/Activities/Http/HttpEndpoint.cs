using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Http;

/// <summary>
/// Starts a workflow on a request to <c>/workflows/{path}</c>. The host completes it with the request when it
/// starts the instance; reached mid-flow, it waits for the next request to its path.
/// </summary>
[Activity("HttpEndpoint", Category = "HTTP", DisplayName = "HTTP endpoint", Description = "Starts (or resumes) the workflow on a request to /workflows/{path}.", Icon = "globe", Kind = ActivityKind.Trigger)]
public sealed class HttpEndpoint : Activity<HttpEndpoint.Input, HttpRequestData>, IResumableActivity
{
    public sealed record Input(
        [Input(SupportsExpressions = false, Description = "Route template under /workflows/, such as orders/{id}.")] string Path,
        [Input(SupportsExpressions = false)] string[]? Methods = null,
        [Input(SupportsExpressions = false, Options = ["none", "apiKey", "hmac"])] string Auth = "none",
        [Input(Description = "The HMAC-SHA256 key when auth is hmac (use $secret).")] string? Secret = null);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest { Kind = BookmarkKinds.Http, Key = HttpRoutes.Normalize(input.Path) }));

    /// <summary>The request that resumed it becomes its outputs, as when it starts an instance.</summary>
    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.To(Port.Done, resume.Payload?.DeepClone() as JsonObject));
}
