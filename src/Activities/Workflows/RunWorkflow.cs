using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Workflows;

/// <summary>
/// Runs another published workflow of the tenant as a child. With <c>wait</c> it suspends until the child ends
/// (the engine starts the child once the bookmark is durable) and fails when the child does not finish.
/// </summary>
[Activity("RunWorkflow", Category = "Workflows", DisplayName = "Run workflow", Description = "Runs a published workflow as a child and (by default) waits for its end.", Icon = "workflow", Kind = ActivityKind.Blocking)]
public sealed class RunWorkflow : Activity<RunWorkflow.Request, RunWorkflow.Result>, IResumableActivity
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Request(string WorkflowId, JsonObject? Input = null, bool Wait = true);

    public sealed record Result(string InstanceId, string Status, JsonObject? Output);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Request input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (input.Wait)
        {
            return ActivityResult.Suspend(new BookmarkRequest
            {
                Kind = BookmarkKinds.ChildWorkflow,
                Key = input.WorkflowId,
                Data = new JsonObject { ["workflowId"] = input.WorkflowId, ["input"] = input.Input?.DeepClone() },
            });
        }

        var starter = context.Services.GetRequiredService<IWorkflowStarter>();
        try
        {
            var started = await starter.StartAsync(new StartRequest
            {
                TenantId = context.Workflow.TenantId,
                DefinitionId = input.WorkflowId,
                Input = input.Input?.DeepClone() as JsonObject,
                CorrelationId = context.Workflow.CorrelationId,
            }, cancellationToken);
            return Complete(Port.Done, new Result(started.InstanceId, started.Status.ToString(), null));
        }
        catch (WorkflowRunException exception)
        {
            return ActivityResult.Fail(exception.Message);
        }
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput resume, CancellationToken cancellationToken)
    {
        var payload = resume.Payload as JsonObject;
        var status = payload?["status"]?.GetValue<string>() ?? "Unknown";
        var instanceId = payload?["instanceId"]?.GetValue<string>() ?? "";
        var output = new Result(instanceId, status, payload?["output"]?.DeepClone() as JsonObject);
        return ValueTask.FromResult(status == nameof(WorkflowStatus.Finished)
            ? ActivityResult.To(Port.Done, output)
            : ActivityResult.Fail($"Child workflow {instanceId} ended {status}: {payload?["error"]?.GetValue<string>() ?? "no error given"}.", outputs: ToJson(output)));
    }

    private static JsonObject ToJson(Result output) =>
        (JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(output, Engine.Model.DefinitionJson.Options)!;
}
