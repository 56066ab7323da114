namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// One Asaas account as a tenant's connection describes it: the API key (sent as the <c>access_token</c> header, not
/// <c>Authorization</c>), the environment's base URL and the <c>User-Agent</c> Asaas requires of accounts created from
/// 2024-06-13 on. Sandbox and production are separate worlds: a production key sent to the sandbox answers 401.
/// </summary>
internal sealed record AsaasAccount
{
    public const string DefaultUserAgent = "WorkflowPlatform";

    public static readonly Uri SandboxUrl = new("https://api-sandbox.asaas.com/v3/");
    public static readonly Uri ProductionUrl = new("https://api.asaas.com/v3/");

    public AsaasAccount(string apiKey, Uri baseUrl, string userAgent = DefaultUserAgent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgent);
        ApiKey = apiKey;
        // Relative paths are resolved against the base, and without the trailing slash "/v3" would be dropped.
        BaseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        UserAgent = userAgent;
    }

    public string ApiKey { get; }

    /// <summary>Ends with a slash, e.g. <c>https://api-sandbox.asaas.com/v3/</c>.</summary>
    public Uri BaseUrl { get; }

    public string UserAgent { get; }

    public static AsaasAccount Sandbox(string apiKey, string userAgent = DefaultUserAgent) => new(apiKey, SandboxUrl, userAgent);

    public static AsaasAccount Production(string apiKey, string userAgent = DefaultUserAgent) => new(apiKey, ProductionUrl, userAgent);

    /// <summary>Keeps the key out of logs and exception messages.</summary>
    public override string ToString() => $"AsaasAccount {{ BaseUrl = {BaseUrl}, UserAgent = {UserAgent} }}";
}
