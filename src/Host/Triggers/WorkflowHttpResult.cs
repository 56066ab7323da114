using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Http;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>Writes what <c>WriteHttpResponse</c> produced.</summary>
internal sealed class WorkflowHttpResult(HttpResponseData response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, headerValue) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Headers[name] = headerValue;
        }

        if (response.Body is null)
        {
            return;
        }

        var isText = response.Body is JsonValue value && value.TryGetValue<string>(out _);
        http.ContentType = response.ContentType ?? (isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8");
        await http.WriteAsync(isText && response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true
            ? response.Body.GetValue<string>()
            : response.Body.ToJsonString(), httpContext.RequestAborted);
    }
}
