using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Http;

/// <summary>
/// The run feature through which an HTTP-started instance answers its caller. The first response written wins,
/// and it is handed to the caller only once the burst that wrote it is committed: a client never sees an
/// answer whose work could still be lost.
/// </summary>
public sealed class HttpResponseSink : ICommitAware
{
    private readonly TaskCompletionSource<HttpResponseData> committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpResponseData? response;

    public HttpResponseData? Response => Volatile.Read(ref response);

    /// <summary>Completes after the commit that follows the write.</summary>
    public Task<HttpResponseData> Committed => committed.Task;

    /// <summary>False when a response was already written (a second <c>WriteHttpResponse</c> on another branch).</summary>
    public bool TryWrite(HttpResponseData data) => Interlocked.CompareExchange(ref response, data, null) is null;

    public void OnCommitted()
    {
        if (Response is { } written)
        {
            committed.TrySetResult(written);
        }
    }
}
