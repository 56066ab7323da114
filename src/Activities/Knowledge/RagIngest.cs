using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Knowledge;

/// <summary>
/// Adds a document to a knowledge space: text, a URL the host fetches, or a file's bytes (base64). Re-ingesting
/// the same source replaces its chunks; content the space holds already is not embedded again.
/// </summary>
[Activity("RagIngest", Category = "AI", DisplayName = "Add to knowledge", Description = "Adds a document (text, URL or file) to a knowledge space.", Icon = "book-plus", HasSideEffects = true)]
public sealed class RagIngest : Activity<RagIngest.Input, RagIngest.Output>
{
    public sealed record Input(
        string Space,
        string? Title = null,
        [Input(Description = "The document's text (or give url, or fileName with contentBase64).")] string? Text = null,
        [Input(Description = "A page or file the host fetches (HTML, PDF, Markdown or text).")] string? Url = null,
        string? FileName = null,
        [Input(Description = "The file's bytes, base64.")] string? ContentBase64 = null,
        [Input(Description = "What answers cite; re-ingesting the same source replaces the document.")] string? Source = null,
        JsonObject? Meta = null,
        [Input(Description = "The document to replace.")] string? DocumentId = null);

    public sealed record Output(string DocumentId, int Chunks, bool Duplicate);

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var given = new[] { input.Text is { Length: > 0 }, input.Url is { Length: > 0 }, input.ContentBase64 is { Length: > 0 } }.Count(x => x);
        if (given != 1)
        {
            return ActivityResult.Fail("RagIngest needs exactly one of text, url, or contentBase64 (with fileName).");
        }

        Uri? url = null;
        if (input.Url is { Length: > 0 } && !Uri.TryCreate(input.Url, UriKind.Absolute, out url))
        {
            return ActivityResult.Fail($"RagIngest url '{input.Url}' is not an absolute URL.");
        }

        byte[]? content = null;
        if (input.ContentBase64 is { Length: > 0 } base64)
        {
            content = new byte[base64.Length * 3 / 4];
            if (input.FileName is not { Length: > 0 } || !Convert.TryFromBase64String(base64, content, out var length))
            {
                return ActivityResult.Fail("RagIngest contentBase64 must be base64 and come with a fileName (its extension gives the type).");
            }

            content = content[..length];
        }

        try
        {
            var request = new IngestRequest(input.Title, input.Text, url, input.FileName, content, null, input.Source, input.Meta, input.DocumentId);
            var result = await context.Services.GetRequiredService<IKnowledgeIngest>().IngestAsync(context.Workflow.TenantId, input.Space, request, null, cancellationToken);
            return result is null
                ? ActivityResult.Fail($"Knowledge space '{input.Space}' does not exist; create it with POST /api/rag/spaces.")
                : Complete(Port.Done, new Output(result.DocumentId, result.Chunks, result.Duplicate));
        }
        catch (IngestException exception)
        {
            return ActivityResult.Fail(exception.Message);
        }
    }
}
