namespace WorkflowPlatform.Host.Tests;

/// <summary>
/// Tests that run host processes (several at once, under load) run alone, after the others: they would otherwise
/// take the CPU that the timing-sensitive tests of in-process hosts need.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Host processes";
}
