using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>What a blocking activity waits for. The engine persists it as a bookmark.</summary>
public sealed record BookmarkRequest
{
    /// <summary>What kind of stimulus resumes it: <see cref="BookmarkKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The lookup key within the kind (event name and correlation id, payment id, route...).</summary>
    public string? Key { get; init; }

    /// <summary>A timer: the bookmark resumes normally at this time.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>A time-out: if nothing resumes it before this time, it resumes with <see cref="ResumeInput.TimedOut"/>.</summary>
    public DateTimeOffset? TimeoutAt { get; init; }

    /// <summary>Kept with the bookmark and handed back on resume.</summary>
    public JsonNode? Data { get; init; }

    /// <summary>Issue an unguessable token so an outside system can resume through <c>POST /hooks/{token}</c>.</summary>
    public bool IssueResumeToken { get; init; }
}

/// <summary>The bookmark kinds the engine and the core activities use.</summary>
public static class BookmarkKinds
{
    public const string Timer = "Timer";
    public const string Event = "Event";
    public const string Http = "Http";
    public const string Hook = "Hook";
    public const string ChildWorkflow = "ChildWorkflow";

    /// <summary>The durable wait between two attempts of a failed activity.</summary>
    public const string Retry = "Retry";
}
