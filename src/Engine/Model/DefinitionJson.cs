using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPlatform.Engine.Model;

/// <summary>The one set of JSON options for definition documents and engine state (camelCase).</summary>
public static class DefinitionJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options) ?? throw new JsonException("The document is null.");

    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
