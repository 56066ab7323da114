using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Activities.Tasks;

/// <summary>The tasks' statuses and the checks on their values, shared by the activity and the API; each check answers null or a message naming the field.</summary>
public static class TaskVocabulary
{
    public const string Open = "open";
    public const string Done = "done";

    public const int MaxTitle = 500;
    public const int MaxNotes = 10_000;
    public const int MaxAssignee = 200;

    public static readonly IReadOnlyList<string> Statuses = [Open, Done];

    public static string? StatusProblem(string? status, string field = "status") =>
        status is null || Statuses.Contains(status) ? null : $"{field}: '{status}' is not a task status; use {string.Join(" or ", Statuses)}.";

    public static string? TitleProblem(string? title, string field = "title") =>
        string.IsNullOrWhiteSpace(title) ? $"{field} is required: what the person should do."
        : title.Trim().Length > MaxTitle ? $"{field}: {title.Trim().Length} characters is too long; at most {MaxTitle}."
        : null;

    public static string? DueInProblem(string? dueIn, string field = "dueIn") =>
        dueIn is null || (Durations.TryParse(dueIn, out var duration) && duration > TimeSpan.Zero)
            ? null
            : $"{field}: '{dueIn}' is not a positive ISO-8601 duration such as PT4H or P2D.";

    public static string? LengthProblem(string? text, int max, string field) =>
        text is not null && text.Length > max ? $"{field}: {text.Length} characters is too long; at most {max}." : null;
}
