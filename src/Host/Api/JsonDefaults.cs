using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPlatform.Host.Api;

/// <summary>API JSON: camelCase, enums as strings, nulls omitted.</summary>
internal static class JsonDefaults
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter());
    }
}
