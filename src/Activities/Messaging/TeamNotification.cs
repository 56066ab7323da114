namespace WorkflowPlatform.Activities.Messaging;

/// <summary>A notification that went out: the channel, where to (addresses or URL) and its subject.</summary>
public sealed record TeamNotification(string Channel, string Target, string? Subject, DateTimeOffset SentAt);
