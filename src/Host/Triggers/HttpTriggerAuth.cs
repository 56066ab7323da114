using System.Security.Cryptography;
using System.Text;
using WorkflowPlatform.Engine.Expressions;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Triggers;

/// <summary>
/// The <c>auth</c> input of an <c>HttpEndpoint</c>: <c>none</c>; <c>apiKey</c> (a key of the workflow's tenant,
/// runner or above); <c>hmac</c> (<c>X-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the raw body with the
/// endpoint's <c>secret</c>, compared in constant time).
/// </summary>
internal sealed class HttpTriggerAuth(AccessStore access, IServiceProvider services)
{
    public const string SignatureHeader = "X-Signature";

    /// <summary>Null when the request may start the workflow; otherwise the 401 to answer.</summary>
    public async Task<IResult?> CheckAsync(TriggerEntry trigger, HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        switch (trigger.LiteralString("auth") ?? "none")
        {
            case "none":
                return null;
            case "apiKey":
                var secret = ApiKeyFilter.ReadKey(request);
                var key = secret is null ? null : await access.FindKeyAsync(secret, cancellationToken);
                return key is not null && key.TenantId == trigger.TenantId && Roles.Parse(key.Role) >= Role.Runner
                    ? null
                    : Problems.Unauthorized("This endpoint needs an API key of its tenant (runner or above) in X-Api-Key.");
            case "hmac":
                var hmacKey = await SecretOfAsync(trigger, cancellationToken);
                if (hmacKey is null)
                {
                    return Problems.Unauthorized("This endpoint requires an HMAC signature but its secret is not available.");
                }

                var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(hmacKey), body));
                var given = request.Headers[SignatureHeader].ToString();
                return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given))
                    ? null
                    : Problems.Unauthorized($"The {SignatureHeader} header must be sha256=<hex HMAC-SHA256 of the body with the endpoint's secret>.");
            default:
                return Problems.Unauthorized("This endpoint's auth setting is not one of none, apiKey, hmac.");
        }
    }

    private async Task<string?> SecretOfAsync(TriggerEntry trigger, CancellationToken cancellationToken)
    {
        if (trigger.LiteralString("secret") is { Length: > 0 } literal)
        {
            return literal;
        }

        var name = trigger.Activity.Inputs.FirstOrDefault(i => i.Key == "secret").Value?.SecretName;
        return name is not null && services.GetService<ISecretResolver>() is { } resolver
            ? await resolver.ResolveAsync(trigger.TenantId, name, cancellationToken)
            : null;
    }
}
