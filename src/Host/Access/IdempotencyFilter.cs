using System.Security.Cryptography;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Access;

/// <summary>
/// <c>Idempotency-Key</c> on API POSTs: the first request with a key is answered and its answer kept 24 hours;
/// the same key and body get that answer again (<c>Idempotent-Replayed: true</c>) without the work being redone;
/// the same key with another body is a 422; a key whose first request is still running is a 409.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyStore store) : IEndpointFilter
{
    private const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(http.Request.Method) || key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            return Problems.BadRequest($"{Header} must be at most {MaxKeyLength} characters.");
        }

        var tenant = Caller.Of(http).TenantId;
        var hash = await RequestHashAsync(http.Request);
        var earlier = await store.ClaimAsync(tenant, key, hash, http.RequestAborted);
        if (earlier is not null)
        {
            return earlier.RequestHash != hash
                ? Results.Problem($"This {Header} was used with another request; use a new key for a new request.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused")
                : !earlier.Answered
                    ? Problems.Conflict($"The first request with this {Header} is still being processed; retry shortly.")
                    : new ReplayResult(earlier);
        }

        try
        {
            var result = await next(context);
            var captured = await CaptureAsync(http, result);
            if (captured.Status >= 500)
            {
                await store.ReleaseAsync(tenant, key, CancellationToken.None);
            }
            else
            {
                await store.CompleteAsync(tenant, key, captured.Status, captured.ContentType, captured.Body ?? [], CancellationToken.None);
            }

            return new ReplayResult(captured with { RequestHash = hash }, replayed: false);
        }
        catch
        {
            await store.ReleaseAsync(tenant, key, CancellationToken.None);
            throw;
        }
    }

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Runs the endpoint's result into memory so its status, type and bytes can be kept.</summary>
    private static async Task<IdempotentRecord> CaptureAsync(HttpContext http, object? result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            switch (result)
            {
                case IResult executable:
                    await executable.ExecuteAsync(http);
                    break;
                case null:
                    break;
                default:
                    await Results.Json(result).ExecuteAsync(http);
                    break;
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        return new IdempotentRecord("", http.Response.StatusCode, http.Response.ContentType, buffer.ToArray());
    }

    private sealed class ReplayResult(IdempotentRecord record, bool replayed = true) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = record.Status;
            response.ContentType = record.ContentType;
            if (replayed)
            {
                response.Headers["Idempotent-Replayed"] = "true";
            }

            await response.Body.WriteAsync(record.Body ?? [], httpContext.RequestAborted);
        }
    }
}
