namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Everything one burst of execution changed, written by the store in one transaction.</summary>
public sealed record InstanceCommit
{
    public required WorkflowInstance Instance { get; init; }

    /// <summary>True on the first commit of the instance (insert rather than update).</summary>
    public bool IsNew { get; init; }

    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];
    public IReadOnlyList<Bookmark> AddedBookmarks { get; init; } = [];
    public IReadOnlyList<string> RemovedBookmarkIds { get; init; } = [];

    /// <summary>Resume rows the burst applied; deleted in the same transaction.</summary>
    public IReadOnlyList<string> AppliedResumeIds { get; init; } = [];

    /// <summary>When set, the lease held by this owner is released in the same transaction.</summary>
    public string? ReleaseLeaseOf { get; init; }

    /// <summary>For a new instance whose burst goes on after this commit: the lease it is inserted with.</summary>
    public (string Owner, DateTimeOffset Until)? InsertWithLease { get; init; }
}
