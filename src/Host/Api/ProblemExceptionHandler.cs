using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Host.Api;

/// <summary>Turns known failures into 4xx problem details; anything else is a logged 500 without internals.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            WorkflowRunException { Error: WorkflowRunError.NotFound } => (StatusCodes.Status404NotFound, "Not found"),
            WorkflowRunException { Error: WorkflowRunError.Conflict } => (StatusCodes.Status409Conflict, "Conflict"),
            WorkflowRunException { Error: WorkflowRunError.LimitReached } => (StatusCodes.Status402PaymentRequired, "Plan limit reached"),
            WorkflowRunException => (StatusCodes.Status400BadRequest, "Bad request"),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request"),
            JsonException => (StatusCodes.Status400BadRequest, "Bad request"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Client closed request"),
            _ => (StatusCodes.Status500InternalServerError, "Internal error"),
        };

        if (status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = status == 500 ? "An unexpected error occurred." : exception.Message },
        });
    }
}
