using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Tenancy;

/// <summary>Writes an audit line for every change made through the API (PUT, POST, DELETE) that succeeded.</summary>
internal sealed class AuditFilter(AuditStore audit, ILogger<AuditFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return result;
        }

        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        if (status < 400 && Caller.TryOf(http) is { } caller)
        {
            try
            {
                await audit.AppendAsync(caller.TenantId, caller.KeyId, caller.KeyName, http.Request.Method, http.Request.Path.Value ?? "", status, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Could not write the audit line for {Method} {Path}", http.Request.Method, http.Request.Path);
                throw;
            }
        }

        return result;
    }
}
