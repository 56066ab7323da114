namespace WorkflowPlatform.Activities.Nps;

/// <summary>What <c>SendNpsSurvey</c> asks for: the survey of one activity execution.</summary>
public sealed record NpsSurveyRequest(
    string TenantId,
    string ExecutionId,
    string InstanceId,
    string WorkflowId,
    string Question,
    DateTimeOffset ExpiresAt,
    string? LeadId,
    string? DealId);

/// <summary>A survey as the activities see it: its token, the public link, until when it can be answered, and the answer.</summary>
/// <param name="SentTo">The address the survey e-mail went to, once it went.</param>
public sealed record NpsSurvey(string Token, string Link, DateTimeOffset ExpiresAt, string? SentTo, NpsAnswer? Answer);

/// <summary>One answer: the score (0–10), the optional comment, and the category of the score.</summary>
public sealed record NpsAnswer(int Score, string? Comment, string Category);
