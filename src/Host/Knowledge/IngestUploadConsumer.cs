using MassTransit;
using WorkflowPlatform.Activities.Knowledge;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>Asks any node to ingest an upload.</summary>
public sealed record IngestUpload(string TenantId, string UploadId);

/// <summary>
/// Ingests an uploaded file in the background, reporting its phase and progress on the upload. A file that cannot
/// be ingested ends the upload as Failed with the reason, and the space is left as it was.
/// </summary>
internal sealed class IngestUploadConsumer(RagUploadStore uploads, IKnowledgeIngest ingestion, ILogger<IngestUploadConsumer> logger) : IConsumer<IngestUpload>
{
    public async Task Consume(ConsumeContext<IngestUpload> context)
    {
        var (tenantId, id) = (context.Message.TenantId, context.Message.UploadId);
        var cancellationToken = context.CancellationToken;
        if (await uploads.GetPendingAsync(tenantId, id, cancellationToken) is not { } upload)
        {
            return; // done already (a redelivered message)
        }

        try
        {
            var result = await ingestion.IngestAsync(tenantId, upload.SpaceId,
                new IngestRequest(Title: null, FileName: upload.FileName, Content: upload.Content, ContentType: upload.ContentType),
                (status, progress) => uploads.ReportAsync(tenantId, id, status, progress, cancellationToken),
                cancellationToken);
            if (result is null)
            {
                await uploads.FinishAsync(tenantId, id, "Failed", 0, null, $"Space '{upload.SpaceId}' does not exist any more.", cancellationToken);
                return;
            }

            await uploads.FinishAsync(tenantId, id, "Done", result.Chunks, result.DocumentId, null, cancellationToken);
        }
        catch (IngestException exception)
        {
            logger.LogInformation("Upload {UploadId} of tenant {TenantId} failed: {Reason}", id, tenantId, exception.Message);
            await uploads.FinishAsync(tenantId, id, "Failed", 0, null, exception.Message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not the file's fault (an embedding service down, say): the upload says so, and it can be sent again.
            logger.LogError(exception, "Upload {UploadId} of tenant {TenantId} could not be ingested", id, tenantId);
            await uploads.FinishAsync(tenantId, id, "Failed", 0, null, $"Ingestion failed: {exception.Message}", cancellationToken);
        }
    }
}
