namespace WorkflowPlatform.Activities.Messaging;

/// <summary>
/// An e-mail to send: one or more recipients, a plain-text body and optionally an HTML one. <see cref="MessageId"/>
/// is stable for what it sends (a survey, an execution's notification), so a duplicate sent by a re-run after a
/// crash carries the same Message-ID and mail clients can fold it.
/// </summary>
/// <param name="ToName">The display name of the recipient, when there is one recipient.</param>
public sealed record OutgoingEmail(IReadOnlyList<string> To, string? ToName, string Subject, string Text, string? Html, string MessageId);
