using System.Text.RegularExpressions;

namespace WorkflowPlatform.Host.Api;

/// <summary>The id rule of the format spec, for every name the API accepts.</summary>
internal static partial class Slugs
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>The 400 answer for a name that breaks the rule, saying which name it is.</summary>
    public static IResult Refusal(string what) =>
        Problems.BadRequest($"{what} must be a slug: lower-case letters, digits and '-', up to 64 characters.");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
