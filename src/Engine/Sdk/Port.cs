namespace WorkflowPlatform.Engine.Sdk;

/// <summary>A named outcome port of an activity. The descriptor, the canvas handles and the validator read the same values.</summary>
public readonly record struct Port(string Name)
{
    public static readonly Port Done = new("Done");
    public static readonly Port Failed = new("Failed");
    public static readonly Port TimedOut = new("TimedOut");

    public override string ToString() => Name;
}
