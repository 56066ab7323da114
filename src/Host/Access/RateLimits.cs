using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace WorkflowPlatform.Host.Access;

/// <summary>
/// Token buckets per API key and per client IP (ASP.NET Core rate limiting), chained: a request needs a token from
/// both. Rejections are 429 problems with <c>Retry-After</c>. Limits come from <c>RateLimits:PerKey</c> and
/// <c>RateLimits:PerIp</c> (<c>PermitsPerSecond</c>, <c>Burst</c>).
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perKey = Bucket(configuration.GetSection("RateLimits:PerKey"), permitsPerSecond: 200, burst: 400);
        var perIp = Bucket(configuration.GetSection("RateLimits:PerIp"), permitsPerSecond: 1000, burst: 2000);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => ApiKeyFilter.ReadKey(http.Request) is { } key
                    ? RateLimitPartition.GetTokenBucketLimiter("key:" + key, _ => perKey)
                    : RateLimitPartition.GetNoLimiter("no key")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health") // probes must always get through
                    : RateLimitPartition.GetTokenBucketLimiter("ip:" + http.Connection.RemoteIpAddress, _ => perIp)));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(IConfiguration section, int permitsPerSecond, int burst) => new()
    {
        TokensPerPeriod = section.GetValue<int?>("PermitsPerSecond") ?? permitsPerSecond,
        TokenLimit = section.GetValue<int?>("Burst") ?? burst,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem($"Too many requests; retry after {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limited")
            .ExecuteAsync(http);
    }
}
