namespace WorkflowPlatform.Host.Tests;

/// <summary>One host shared by a test class (each test uses its own workflow ids).</summary>
public sealed class HostFixture : IDisposable
{
    public TestHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
