using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>Converts between JSON values and native JavaScript values; scripts never see .NET objects.</summary>
internal static class JsConversion
{
    public static JsValue ToJs(Jint.Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var target = new JsObject(engine);
                foreach (var (name, value) in obj)
                {
                    target.FastSetDataProperty(name, ToJs(engine, value));
                }

                return target;
            case JsonArray array:
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToJs(engine, array[i]);
                }

                return new JsArray(engine, items);
            default:
                return ValueToJs(node.AsValue());
        }
    }

    public static JsValue ToJsObject(Jint.Engine engine, IEnumerable<KeyValuePair<string, JsonNode?>> members)
    {
        var target = new JsObject(engine);
        foreach (var (name, value) in members)
        {
            target.FastSetDataProperty(name, ToJs(engine, value));
        }

        return target;
    }

    private static JsValue ValueToJs(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                // A value wrapping a CLR type (a DateTimeOffset, a Guid) becomes the string its JSON form holds.
                return new JsString(value.TryGetValue<string>(out var text) ? text : System.Text.Json.JsonSerializer.Deserialize<string>(value.ToJsonString())!);
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            case JsonValueKind.Number:
                return new JsNumber(value.TryGetValue<double>(out var d) ? d : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture));
            default:
                return JsValue.Null;
        }
    }

    public static JsonNode? ToJson(JsValue value, int depth = 0)
    {
        if (depth > 64)
        {
            throw new ExpressionException("The expression returned a value nested deeper than 64 levels.");
        }

        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return number % 1 == 0 && Math.Abs(number) < 9_007_199_254_740_992d ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsDate())
        {
            return JsonValue.Create(value.AsDate().ToDateTime().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        if (value.IsArray())
        {
            var array = value.AsArray();
            var result = new JsonArray();
            for (uint i = 0; i < array.Length; i++)
            {
                result.Add(ToJson(array[i], depth + 1));
            }

            return result;
        }

        if (value is ObjectInstance obj && !value.IsCallable())
        {
            var result = new JsonObject();
            foreach (var key in obj.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                var member = obj.Get(key);
                if (!member.IsCallable() && !member.IsUndefined())
                {
                    result[key.ToString()] = ToJson(member, depth + 1);
                }
            }

            return result;
        }

        return value.IsCallable() ? null : JsonValue.Create(value.ToString());
    }
}
