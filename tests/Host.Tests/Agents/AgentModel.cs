using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkflowPlatform.Host.Tests.Agents;

/// <summary>
/// A model that does what the agents' prompts ask, by rule, for <see cref="FakeOpenAi.Respond"/>: it classifies by
/// keywords, answers from the numbered context it is given (citing it), and writes ad copy as the JSON asked for.
/// What it answers depends only on what the platform sent, so the tests see whether the prompts carried what they must.
/// </summary>
internal static partial class AgentModel
{
    [GeneratedRegex(@"^\[(\d+)\] \((?<source>[^)]*)\) (?<chunk>.+)$", RegexOptions.Multiline)]
    private static partial Regex ContextLine();

    [GeneratedRegex(@"^Angle: (?<angle>.+)$", RegexOptions.Multiline)]
    private static partial Regex AngleLine();

    public static string? Respond(JsonObject request)
    {
        var messages = request["messages"]!.AsArray();
        var system = messages.FirstOrDefault(m => m!["role"]!.GetValue<string>() == "system")?["content"]?.ToString() ?? "";
        var user = messages.Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.ToString();
        if (system.StartsWith("Classify the user's text", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(new { label = Intent(user), confidence = 0.93 });
        }

        if (AngleLine().Match(user) is { Success: true } angle)
        {
            var theme = angle.Groups["angle"].Value.Trim();
            return JsonSerializer.Serialize(new { headline = $"Grow with {theme}"[..Math.Min(40, $"Grow with {theme}".Length)], copy = $"An ad about {theme}." });
        }

        if (system.Contains("Context:", StringComparison.Ordinal))
        {
            var first = ContextLine().Match(system);
            return first.Success
                ? $"{first.Groups["chunk"].Value.Trim()} [1]"
                : "I will check with the team and come back to you.";
        }

        return null;
    }

    private static string Intent(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains("person", StringComparison.Ordinal) || lower.Contains("human", StringComparison.Ordinal) ? "human"
            : lower.Contains("buy", StringComparison.Ordinal) || lower.Contains("pay", StringComparison.Ordinal) ? "buy"
            : "question";
    }
}
