using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Tests;

/// <summary>Builds definition documents in the format spec's JSON, as a designer or a file would write them.</summary>
internal static class Flows
{
    public static JsonObject Definition(string id, JsonArray activities, JsonArray connections, JsonObject? options = null)
    {
        var definition = new JsonObject { ["id"] = id, ["name"] = id, ["activities"] = activities, ["connections"] = connections };
        if (options is not null)
        {
            definition["options"] = options;
        }

        return definition;
    }

    public static JsonObject Activity(string id, string type, JsonObject? inputs = null, JsonObject? retry = null, string? timeout = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["inputs"] = inputs ?? [] };
        if (retry is not null)
        {
            activity["retry"] = retry;
        }

        if (timeout is not null)
        {
            activity["timeout"] = timeout;
        }

        return activity;
    }

    public static JsonObject Connect(string from, string to, string? port = null)
    {
        var connection = new JsonObject { ["from"] = from, ["to"] = to };
        if (port is not null)
        {
            connection["port"] = port;
        }

        return connection;
    }

    public static JsonObject Js(string code) => new() { ["$js"] = code };

    public static JsonObject Liquid(string template) => new() { ["$liquid"] = template };
}
