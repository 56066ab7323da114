using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests;

/// <summary>Reads a finished text/event-stream body into its events (event name and JSON data).</summary>
internal static class ServerSentEvents
{
    public static List<(string Kind, JsonNode Data)> Parse(string body)
    {
        var events = new List<(string, JsonNode)>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? kind = null, data = null;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }

            if (kind is not null && data is not null)
            {
                events.Add((kind, JsonNode.Parse(data)!));
            }
        }

        return events;
    }
}
