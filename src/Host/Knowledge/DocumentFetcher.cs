using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Host.Knowledge;

/// <summary>Fetches a document by URL for ingestion: a time-out, a size limit, and an error that names the URL.</summary>
internal sealed class DocumentFetcher(IHttpClientFactory clients, KnowledgeOptions options)
{
    public const string ClientName = "knowledge-fetch";

    public async Task<(byte[] Content, string? ContentType)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https"))
        {
            throw new IngestException($"Only http and https URLs can be fetched, not '{url.Scheme}'.");
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new IngestException($"Fetching {url} answered HTTP {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength > options.MaxUploadBytes)
            {
                throw new IngestException($"{url} is larger than the limit of {options.MaxUploadBytes} bytes.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > options.MaxUploadBytes)
                {
                    throw new IngestException($"{url} is larger than the limit of {options.MaxUploadBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new IngestException($"Fetching {url} failed: {exception.Message}", exception);
        }
    }
}
