using System.Net;

namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>One entry of Asaas's documented error body <c>{ "errors": [ { "code", "description" } ] }</c>.</summary>
internal sealed record AsaasError(string Code, string Description);

/// <summary>
/// Asaas refused a call, or could not be reached. <see cref="StatusCode"/> is null when no answer came (network error
/// or time-out). <see cref="IsTransient"/> says a later attempt may succeed: 429, 5xx and no answer at all. A
/// transient failure of a creation may still have created the charge, which is why creation looks its reference up first.
/// </summary>
internal sealed class AsaasException(string message, HttpStatusCode? statusCode, IReadOnlyList<AsaasError> errors, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    public IReadOnlyList<AsaasError> Errors { get; } = errors;

    /// <summary>The <c>Retry-After</c> of a 429, when Asaas sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => StatusCode is not { } status || status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    public IEnumerable<string> Descriptions => Errors.Select(e => e.Description);
}
