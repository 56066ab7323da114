namespace WorkflowPlatform.Activities.Creatives;

/// <summary>
/// The creatives' fixed words (statuses, the approval event) and the checks on their values, shared by the activities
/// (at save and at run time) and the API. Each check answers null when the value is fine, or a message naming the field.
/// </summary>
public static class CreativeVocabulary
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Winner = "winner";

    /// <summary>Published once per batch that gained approved creatives, correlated by the batch id.</summary>
    public const string ApprovedEvent = "creative.approved";

    public const int MaxCopy = 10_000;
    public const int MaxHeadline = 500;
    public const int MaxAngle = 500;
    public const int MaxBucket = 32;
    public const int MaxId = 200;

    public static readonly IReadOnlyList<string> Statuses = [Draft, Approved, Winner];

    public static string? StatusProblem(string? status, string field = "status") =>
        status is null || Statuses.Contains(status) ? null : $"{field}: '{status}' is not a creative status; use {string.Join(", ", Statuses)}.";

    public static string? CopyProblem(string? copy, string field = "copy") =>
        string.IsNullOrWhiteSpace(copy) ? $"{field} is required: the ad text of the creative."
        : copy.Length > MaxCopy ? $"{field}: {copy.Length} characters is too long; at most {MaxCopy}."
        : null;

    /// <summary>A bucket is a short label such as A or B: 1 to 32 characters, no spaces.</summary>
    public static string? BucketProblem(string? abBucket, string field = "abBucket") =>
        string.IsNullOrWhiteSpace(abBucket) ? $"{field} is required: the A/B bucket of the creative, such as \"A\"."
        : abBucket.Trim().Length > MaxBucket || abBucket.Trim().Any(char.IsWhiteSpace) ? $"{field}: '{abBucket}' is not a bucket; use a label of 1 to {MaxBucket} characters without spaces, such as \"A\"."
        : null;

    public static string? LengthProblem(string? text, int max, string field) =>
        text is not null && text.Length > max ? $"{field}: {text.Length} characters is too long; at most {max}." : null;
}
