namespace WorkflowPlatform.Host.Ads;

/// <summary>
/// One tenant's ad account as its <c>ads</c> connection names it: the Graph API base (with its version), the account id
/// without <c>act_</c>, and the access token sent as <c>Authorization: Bearer</c>.
/// </summary>
internal sealed record MetaAdsAccount(string Connection, string SecretName, Uri BaseUrl, string AccountId, string AccessToken)
{
    public static readonly Uri DefaultBaseUrl = new("https://graph.facebook.com/v21.0");

    /// <summary>The absolute URL of a Graph path under the versioned base (a relative <see cref="Uri"/> would drop the version).</summary>
    public Uri Url(string pathAndQuery) => new($"{BaseUrl.AbsoluteUri.TrimEnd('/')}/{pathAndQuery}");

    public override string ToString() => $"ads connection '{Connection}' (account act_{AccountId})"; // never the token
}
