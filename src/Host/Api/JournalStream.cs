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
                foreach (var entry in await store.GetJournalAsync(tenant, id, seq, 500, cancellationToken))
                {
                    seq = entry.Seq;
                    await http.Response.WriteAsync($"id: {entry.Seq}\nevent: journal\ndata: {JsonSerializer.Serialize(entry, DefinitionJson.Options)}\n\n", cancellationToken);
                }

                await http.Response.Body.FlushAsync(cancellationToken);
                var instance = await store.FindAsync(tenant, id, cancellationToken);
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
}
