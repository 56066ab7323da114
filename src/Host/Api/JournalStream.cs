using System.Text.Json;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Host.Access;

namespace WorkflowPlatform.Host.Api;

/// <summary><c>GET /api/instances/{id}/stream</c>: journal entries as server-sent events until the instance ends.</summary>
internal static class JournalStream
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task StreamAsync(string id, HttpContext http, IInstanceStore store, TimeProvider time)
    {
        var tenant = Caller.Of(http).TenantId;
        var cancellationToken = http.RequestAborted;
        if (await store.FindAsync(tenant, id, cancellationToken) is null)
        {
            await Problems.NotFound($"Instance {id} was not found.").ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        long seq = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Read the status before the journal: entries written before an end are then never missed.
                var instance = await store.FindAsync(tenant, id, cancellationToken);
                seq = await WriteEntriesAsync(http, store, tenant, id, seq, cancellationToken);
                if (instance is null || instance.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled)
                {
                    await http.Response.WriteAsync($"event: end\ndata: {{\"status\":\"{instance?.Status}\"}}\n\n", cancellationToken);
                    return;
                }

                await Task.Delay(PollInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static async Task<long> WriteEntriesAsync(HttpContext http, IInstanceStore store, string tenant, string id, long seq, CancellationToken cancellationToken)
    {
        const int Page = 500;
        IReadOnlyList<JournalEntry> entries;
        do
        {
            entries = await store.GetJournalAsync(tenant, id, seq, Page, cancellationToken);
            foreach (var entry in entries)
            {
                seq = entry.Seq;
                await http.Response.WriteAsync($"id: {entry.Seq}\nevent: journal\ndata: {JsonSerializer.Serialize(entry, DefinitionJson.Options)}\n\n", cancellationToken);
            }
        }
        while (entries.Count == Page);

        await http.Response.Body.FlushAsync(cancellationToken);
        return seq;
    }
}
