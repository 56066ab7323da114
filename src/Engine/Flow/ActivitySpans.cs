using System.Diagnostics;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>
/// One trace span per activity execution, a child of whatever caused the burst (the HTTP request, the bus message).
/// Parallel branches overlap, so a span is started without becoming the ambient one and is ended when its
/// result is handled.
/// </summary>
internal static class ActivitySpans
{
    public static System.Diagnostics.Activity? Start(CompiledActivity activity, WorkflowInfo workflow, string executionId, int attempt)
    {
        if (!EngineTelemetry.Source.HasListeners())
        {
            return null;
        }

        var parent = System.Diagnostics.Activity.Current;
        var span = EngineTelemetry.Source.StartActivity($"activity {activity.Type}", System.Diagnostics.ActivityKind.Internal);
        System.Diagnostics.Activity.Current = parent;
        span?.SetTag("workflow.id", workflow.DefinitionId)
            .SetTag("workflow.version", workflow.Version)
            .SetTag("workflow.instance_id", workflow.InstanceId)
            .SetTag("workflow.tenant_id", workflow.TenantId)
            .SetTag("activity.id", activity.Id)
            .SetTag("activity.type", activity.Type)
            .SetTag("activity.execution_id", executionId)
            .SetTag("activity.attempt", attempt);
        return span;
    }

    public static void End(System.Diagnostics.Activity? span, ActivityResult result)
    {
        if (span is null)
        {
            return;
        }

        span.SetTag("activity.outcome", result.Kind == ActivityResultKind.Completed ? result.Port.Name : result.Kind.ToString());
        if (result.Kind == ActivityResultKind.Failed)
        {
            span.SetStatus(ActivityStatusCode.Error, result.Error);
        }

        span.Dispose();
    }
}
