using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Ai;

/// <summary>Keeps every model call in the store and counts its tokens and cost in the tenant's usage.</summary>
internal sealed class StoredLlmCallLog(LlmCallStore store) : ILlmCallLog
{
    public Task RecordAsync(LlmCall call, CancellationToken cancellationToken) =>
        store.RecordAsync(new LlmCallRow
        {
            TenantId = call.TenantId,
            InstanceId = call.InstanceId,
            ActivityId = call.ActivityId,
            Connection = call.Connection,
            Model = call.Model,
            InputTokens = call.InputTokens,
            OutputTokens = call.OutputTokens,
            CostMicroUsd = (long)Math.Round(call.CostUsd * 1_000_000m),
            LatencyMs = call.LatencyMs,
            Succeeded = call.Succeeded,
            Error = call.Error,
        }, CancellationToken.None); // a call that happened is recorded even when the run is being cancelled
}
