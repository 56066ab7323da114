using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>
/// After a commit: starts the children of new <c>RunWorkflow</c> bookmarks, tells a parent when its child has
/// ended, and wakes the timer poller. Children start only once the parent's bookmark is durable, so the
/// child's end always finds it.
/// </summary>
public sealed class ChildWorkflows(IInstanceStore store, IWorkDispatcher dispatcher, BookmarkResumer resumer, TimerSignal timers, IServiceProvider services)
{
    internal async Task OnCommittedAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        foreach (var bookmark in commit.AddedBookmarks)
        {
            if (bookmark.Kind == BookmarkKinds.ChildWorkflow)
            {
                await dispatcher.DispatchAsync(new StartChild(instance.TenantId, instance.Id, bookmark.Id), cancellationToken);
            }
            else if (bookmark.FireAt is not null)
            {
                timers.Notify();
            }
        }

        if (instance.State.Parent is { } parent && instance.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled)
        {
            await NotifyParentAsync(instance, parent, cancellationToken);
        }
    }

    /// <summary>Starts the child of a <c>RunWorkflow</c> bookmark; the child's id is the bookmark's, so a repeated message starts it once.</summary>
    public async Task StartChildAsync(StartChild work, CancellationToken cancellationToken)
    {
        var parent = await store.FindAsync(work.TenantId, work.ParentInstanceId, cancellationToken);
        var bookmark = parent?.Bookmarks.FirstOrDefault(b => b.Id == work.BookmarkId);
        if (bookmark?.Data is not JsonObject data || await store.FindAsync(work.TenantId, work.BookmarkId, cancellationToken) is not null)
        {
            return;
        }

        var starter = services.GetRequiredService<IWorkflowStarter>();
        try
        {
            await starter.StartAsync(new StartRequest
            {
                TenantId = work.TenantId,
                DefinitionId = data["workflowId"]?.GetValue<string>() ?? "",
                Input = data["input"]?.DeepClone() as JsonObject,
                InstanceId = work.BookmarkId,
                Parent = new ParentLink(work.TenantId, work.ParentInstanceId, work.BookmarkId),
                CorrelationId = parent!.CorrelationId,
            }, cancellationToken);
        }
        catch (WorkflowRunException exception)
        {
            var payload = new JsonObject { ["status"] = "NotStarted", ["error"] = exception.Message };
            await resumer.ResumeAsync(bookmark, payload, null, timedOut: false, cancellationToken);
        }
    }

    private async Task NotifyParentAsync(WorkflowInstance child, ParentLink parent, CancellationToken cancellationToken)
    {
        var parentInstance = await store.FindAsync(parent.TenantId, parent.InstanceId, cancellationToken);
        var bookmark = parentInstance?.Bookmarks.FirstOrDefault(b => b.Id == parent.BookmarkId);
        if (bookmark is null)
        {
            return;
        }

        var output = new JsonObject();
        foreach (var (name, value) in child.State.Output)
        {
            output[name] = value?.DeepClone();
        }

        var payload = new JsonObject
        {
            ["instanceId"] = child.Id,
            ["status"] = child.Status.ToString(),
            ["output"] = output,
            ["error"] = child.State.Incidents.LastOrDefault()?.Message,
        };
        await resumer.ResumeAsync(bookmark, payload, null, timedOut: false, cancellationToken);
    }
}
