using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>An activity whose ports depend on the node's inputs (such as <c>Switch</c>: one port per case).</summary>
public interface IDynamicPorts
{
    static abstract IReadOnlyList<string> PortsFor(ActivityNode node);
}
