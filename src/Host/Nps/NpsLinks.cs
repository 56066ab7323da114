using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// The public link of a survey: <c>{PublicBaseUrl}/nps/{token}</c>. Without <c>PublicBaseUrl</c> it is the address
/// this host listens on (a wildcard host written as localhost), else <c>http://localhost:5000</c>. The request's own
/// Host header is not used: links are made by workflows, often with no request at hand, and a forged Host header
/// must not be able to point an e-mailed link elsewhere.
/// </summary>
internal sealed class NpsLinks(IConfiguration configuration, IServer server)
{
    public const string DefaultBaseUrl = "http://localhost:5000";

    public string For(string token) => $"{BaseUrl()}/nps/{Uri.EscapeDataString(token)}";

    private string BaseUrl() =>
        (configuration["PublicBaseUrl"] is { Length: > 0 } configured ? configured : ListeningAddress() ?? DefaultBaseUrl).TrimEnd('/');

    private string? ListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (address is null)
        {
            return null;
        }

        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://+", "://*" })
        {
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return address;
    }
}
