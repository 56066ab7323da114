using System.Security.Cryptography;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Access;

/// <summary>
/// <c>Idempotency-Key</c> on POSTs: the first request with a key is answered and its answer kept 24 hours; the
/// same key and request get that answer again (<c>Idempotent-Replayed: true</c>) without the work being redone;
/// the same key with another request is a 422; a key whose first request is still running is a 409.
/// </summary>
internal sealed class IdempotentRequests(IdempotencyStore store)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    /// <summary>The key of a POST that carries one; null otherwise (the request is then not idempotent).</summary>
    public static string? KeyOf(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Headers[Header].ToString() is { Length: > 0 } key ? key : null;

    /// <param name="body">The request body when the caller has read it already; otherwise it is read here and rewound.</param>
    public async Task<IResult> ExecuteAsync(HttpContext http, string tenantId, string key, byte[]? body, Func<Task<object?>> work)
    {
        if (key.Length > MaxKeyLength)
        {
            return Problems.BadRequest($"{Header} must be at most {MaxKeyLength} characters.");
        }

        var hash = await RequestHashAsync(http.Request, body);
        var earlier = await store.ClaimAsync(tenantId, key, hash, http.RequestAborted);
        if (earlier is not null)
        {
            return earlier.RequestHash != hash
                ? Results.Problem($"This {Header} was used with another request; use a new key for a new request.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused")
                : !earlier.Answered
                    ? Problems.Conflict($"The first request with this {Header} is still being processed; retry shortly.")
                    : new RecordedResult(earlier, replayed: true);
        }

        try
        {
            var captured = await CaptureAsync(http, await work());
            if (captured.Status >= 500)
            {
                await store.ReleaseAsync(tenantId, key, CancellationToken.None);
            }
            else
            {
                await store.CompleteAsync(tenantId, key, captured.Status, captured.ContentType, captured.Body ?? [], CancellationToken.None);
            }

            return new RecordedResult(captured, replayed: false);
        }
        catch
        {
            await store.ReleaseAsync(tenantId, key, CancellationToken.None);
            throw;
        }
    }

    private static async Task<string> RequestHashAsync(HttpRequest request, byte[]? body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (body is not null)
        {
            sha.AppendData(body);
            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        request.EnableBuffering();
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

    private sealed class RecordedResult(IdempotentRecord record, bool replayed) : IResult
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
