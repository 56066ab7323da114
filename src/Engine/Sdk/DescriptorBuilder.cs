using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>Reads an activity class (its attribute, input and output records, static ports) into a descriptor.</summary>
internal static class DescriptorBuilder
{
    public static ActivityDescriptor Build<T>() where T : class, IActivity
    {
        var type = typeof(T);
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
                        ?? throw new InvalidOperationException($"{type.Name} has no [Activity] attribute.");
        var (inputType, outputType) = ShapeOf(type);
        var factory = ActivatorUtilities.CreateFactory<T>([]);

        return new ActivityDescriptor
        {
            Type = attribute.Type,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName ?? attribute.Type,
            Description = attribute.Description ?? type.GetCustomAttribute<DescriptionAttribute>()?.Description,
            Icon = attribute.Icon,
            Kind = attribute.Kind,
            HasSideEffects = attribute.HasSideEffects,
            Inputs = inputType is null ? [] : InputsOf(inputType),
            Outputs = outputType is null ? [] : OutputsOf(outputType),
            Ports = attribute.Terminal ? [] : PortsOf(type),
            ClrType = type,
            Factory = services => factory(services, null),
            PortsForNode = DynamicPortsOf(type),
            ValidateNode = ValidatorOf(type),
        };
    }

    private static (Type? Input, Type? Output) ShapeOf(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Activity<,>))
            {
                var arguments = current.GetGenericArguments();
                return (NullIfNone(arguments[0]), NullIfNone(arguments[1]));
            }
        }

        return (null, null);
    }

    private static Type? NullIfNone(Type type) => type == typeof(None) ? null : type;

    private static IReadOnlyList<string> PortsOf(Type type)
    {
        var ports = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Port))
            .Select(field => ((Port)field.GetValue(null)!).Name)
            .Distinct()
            .ToList();
        return ports.Count == 0 ? [Port.Done.Name] : ports;
    }

    private static Func<ActivityNode, IReadOnlyList<string>>? DynamicPortsOf(Type type)
    {
        if (!typeof(IDynamicPorts).IsAssignableFrom(type))
        {
            return null;
        }

        var method = type.GetMethod(nameof(IDynamicPorts.PortsFor), BindingFlags.Public | BindingFlags.Static, [typeof(ActivityNode)])
                     ?? throw new InvalidOperationException($"{type.Name} must implement PortsFor as a public static method.");
        return method.CreateDelegate<Func<ActivityNode, IReadOnlyList<string>>>();
    }

    private static Func<ActivityNode, IEnumerable<(string, string)>>? ValidatorOf(Type type)
    {
        if (!typeof(IValidatesInputs).IsAssignableFrom(type))
        {
            return null;
        }

        var method = type.GetMethod(nameof(IValidatesInputs.Validate), BindingFlags.Public | BindingFlags.Static, [typeof(ActivityNode)])
                     ?? throw new InvalidOperationException($"{type.Name} must implement Validate as a public static method.");
        return method.CreateDelegate<Func<ActivityNode, IEnumerable<(string, string)>>>();
    }

    private static List<InputDescriptor> InputsOf(Type record)
    {
        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var nullability = new NullabilityInfoContext();
        return constructor.GetParameters().Select(parameter =>
        {
            var input = parameter.GetCustomAttribute<InputAttribute>();
            var nullable = nullability.Create(parameter).WriteState == NullabilityState.Nullable;
            var required = !parameter.HasDefaultValue && !nullable;
            return new InputDescriptor(
                JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!),
                input?.Type ?? TypeNameOf(parameter.ParameterType),
                required,
                parameter.HasDefaultValue && parameter.DefaultValue is not null ? JsonSerializer.SerializeToNode(parameter.DefaultValue, DefinitionJson.Options) : null,
                input?.Options,
                input?.Description ?? parameter.GetCustomAttribute<DescriptionAttribute>()?.Description,
                input?.SupportsExpressions ?? true);
        }).ToList();
    }

    private static List<OutputDescriptor> OutputsOf(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != "EqualityContract")
            .Select(property => new OutputDescriptor(JsonNamingPolicy.CamelCase.ConvertName(property.Name), TypeNameOf(property.PropertyType)))
            .ToList();

    internal static string TypeNameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)) return "number";
        if (type == typeof(JsonNode) || type == typeof(JsonElement)) return "any";
        if (type == typeof(JsonObject) || typeof(System.Collections.IDictionary).IsAssignableFrom(type)) return "object";
        if (type.IsArray || typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return "array";
        return "object";
    }
}
