using System.Text.RegularExpressions;

namespace WorkflowPlatform.Host.Api;

/// <summary>The id rule of the format spec, for every name the API accepts.</summary>
internal static partial class Slugs
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
