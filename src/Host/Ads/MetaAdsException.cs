using System.Net;

namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// Meta refused a call (its Graph error's message, type, code and subcode in <see cref="Message"/>), or could not be
/// reached (<see cref="StatusCode"/> null). Code 190 is an access token that is invalid, expired or revoked.
/// </summary>
internal sealed class MetaAdsException(string message, HttpStatusCode? statusCode, int? code = null, Exception? inner = null) : Exception(message, inner)
{
    public const int InvalidToken = 190;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The Graph error code (190 token, 100 parameter, 4/17/613 rate limits), when Meta sent one.</summary>
    public int? Code { get; } = code;
}
