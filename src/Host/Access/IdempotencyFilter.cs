namespace WorkflowPlatform.Host.Access;

/// <summary>Applies <see cref="IdempotentRequests"/> to the API's POSTs, keyed within the caller's tenant.</summary>
internal sealed class IdempotencyFilter(IdempotentRequests idempotency) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return IdempotentRequests.KeyOf(http.Request) is { } key
            ? await idempotency.ExecuteAsync(http, Caller.Of(http).TenantId, key, body: null, async () => await next(context))
            : await next(context);
    }
}
