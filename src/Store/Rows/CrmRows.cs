namespace WorkflowPlatform.Store.Rows;

/// <summary>A lead: a person the agents talk to and sell to. E-mail (lower-case) and phone (digits) identify them within a tenant.</summary>
public sealed class LeadRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Source { get; set; }
    public int Score { get; set; }
    public required string Stage { get; set; }
    public string? Meta { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A conversation with a lead on one channel (whatsapp, instagram, email, chat), known there by its external id.</summary>
public sealed class ThreadRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string LeadId { get; set; }
    public required string Channel { get; set; }
    public string? ExternalId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One message of a thread; the identity gives the order.</summary>
public sealed class MessageRow
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public required string ThreadId { get; set; }

    /// <summary><c>inbound</c> (from the lead) or <c>outbound</c> (to the lead).</summary>
    public required string Direction { get; set; }
    public string? Sender { get; set; }
    public required string Body { get; set; }
    public string? Meta { get; set; }

    /// <summary>The activity execution that wrote it, so a re-run finds the message instead of adding it again; null for others.</summary>
    public string? ExecutionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A deal with a lead: its value in cents and its stage; <see cref="WonAt"/> once won.</summary>
public sealed class DealRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string LeadId { get; set; }
    public string? Title { get; set; }
    public long ValueCents { get; set; }
    public required string Currency { get; set; }
    public required string Stage { get; set; }
    public DateTimeOffset? WonAt { get; set; }
    public string? Meta { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
