using System.Collections.Frozen;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>The activity types this process knows; filled once at start-up by explicit registration.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> descriptors = new(StringComparer.Ordinal);
    private FrozenDictionary<string, ActivityDescriptor>? frozen;

    public void Add<T>() where T : class, IActivity => Add(DescriptorBuilder.Build<T>());

    public void Add(ActivityDescriptor descriptor)
    {
        if (frozen is not null)
        {
            throw new InvalidOperationException("Activities are registered at start-up only.");
        }

        if (!descriptors.TryAdd(descriptor.Type, descriptor))
        {
            throw new InvalidOperationException($"Activity type '{descriptor.Type}' is registered twice.");
        }
    }

    public bool TryGet(string type, out ActivityDescriptor descriptor) => Lookup.TryGetValue(type, out descriptor!);

    public IReadOnlyCollection<ActivityDescriptor> All => Lookup.Values;

    private FrozenDictionary<string, ActivityDescriptor> Lookup => frozen ??= descriptors.ToFrozenDictionary(StringComparer.Ordinal);
}
