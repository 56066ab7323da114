using System.Text.Json.Nodes;

namespace WorkflowPlatform.Host.Workflows.Templates;

/// <summary>The body of <c>POST /api/workflows/{id}/instantiate</c>.</summary>
/// <param name="Values">A value per template field; the defaults fill the rest.</param>
/// <param name="Id">The copy's id; by default the template's id, or the first free <c>&lt;id&gt;-2</c>, <c>-3</c>...</param>
/// <param name="Name">The copy's name; by default the template's, filled.</param>
/// <param name="Publish">Publish the copy at once (the default), or leave it a draft.</param>
internal sealed record InstantiateRequest(JsonObject? Values, string? Id, string? Name, bool Publish = true);
