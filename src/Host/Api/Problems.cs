using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Host;

/// <summary>RFC 7807 answers with a message that names the problem.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult Invalid(IReadOnlyList<ValidationError> errors, string detail = "The definition is not valid.") =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Validation failed",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult Unauthorized(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
