using System.Text.Json.Nodes;
using WorkflowPlatform.Engine.Validation;
using WorkflowPlatform.Host.Access;
using WorkflowPlatform.Host.Api;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// <c>POST /api/workflows/import</c> for an Elsa 3 export. As for our own documents, the converted definition is saved as a
/// new draft only when it validates, and never published. The answer is <c>{ definition, warnings, unmapped }</c>; when the
/// conversion does not validate it is a 400 with the validation errors and the same three members, and nothing is saved.
/// </summary>
internal static class ElsaImportEndpoint
{
    public static async Task<IResult> ImportAsync(JsonObject document, HttpContext http, DefinitionService definitions, ElsaConverter converter)
    {
        ElsaImportResult imported;
        try
        {
            imported = converter.Convert(document);
        }
        catch (ElsaFormatException malformed)
        {
            return Problems.Invalid([new ValidationError(malformed.Path, malformed.Problem)], $"The Elsa 3 export is malformed at {malformed.Path}: {malformed.Problem}");
        }

        var caller = Caller.Of(http);
        var saved = await definitions.SaveAsync(caller.TenantId, imported.Definition, caller.KeyId, http.RequestAborted);
        if (saved.Errors.Count > 0)
        {
            return Results.Problem(
                "The Elsa 3 export was converted, but the result is not a valid definition, so it was not saved; errors name the problems in the converted definition.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Validation failed",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = saved.Errors,
                    ["definition"] = imported.Definition,
                    ["warnings"] = imported.Warnings,
                    ["unmapped"] = imported.Unmapped,
                });
        }

        return Results.Ok(imported with { Definition = saved.Saved!.Definition });
    }
}
