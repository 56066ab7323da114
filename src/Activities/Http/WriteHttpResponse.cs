using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Http;

/// <summary>
/// Answers the request that started the instance; without one (or after the first answer) it only records that
/// nothing was written. The answer leaves once the instance is committed, which it asks for at once, so a flow
/// can answer quickly and go on working.
/// </summary>
[Activity("WriteHttpResponse", Category = "HTTP", DisplayName = "Write HTTP response", Description = "Answers the HTTP request that started the workflow.", Icon = "reply")]
public sealed class WriteHttpResponse : Activity<WriteHttpResponse.Input, WriteHttpResponse.Output>
{
    public sealed record Input(int StatusCode = 200, JsonNode? Body = null, string? ContentType = null, Dictionary<string, string>? Headers = null);

    public sealed record Output(bool Written);

    protected override ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (input.StatusCode is < 100 or > 599)
        {
            return ValueTask.FromResult(ActivityResult.Fail($"WriteHttpResponse 'statusCode' must be between 100 and 599; got {input.StatusCode}."));
        }

        var written = context.GetFeature<HttpResponseSink>()?.TryWrite(new HttpResponseData(input.StatusCode, input.Body, input.ContentType, input.Headers)) ?? false;
        if (written)
        {
            context.RequestCommit();
        }
        return CompleteNow(Port.Done, new Output(written));
    }
}
