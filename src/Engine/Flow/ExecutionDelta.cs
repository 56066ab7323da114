using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>What a burst changed since the last commit: journal lines, bookmark changes and applied resumes.</summary>
public sealed class ExecutionDelta
{
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> AddedBookmarks { get; } = [];
    public List<string> RemovedBookmarkIds { get; } = [];
    public List<string> AppliedResumeIds { get; } = [];

    public bool IsEmpty => Journal.Count == 0 && AddedBookmarks.Count == 0 && RemovedBookmarkIds.Count == 0 && AppliedResumeIds.Count == 0;

    public void RemoveBookmark(Bookmark bookmark)
    {
        // A bookmark added and removed within the same burst never reaches the store.
        if (!AddedBookmarks.Remove(bookmark))
        {
            RemovedBookmarkIds.Add(bookmark.Id);
        }
    }

    public InstanceCommit ToCommit(WorkflowInstance instance, bool isNew, string? releaseLeaseOf, (string Owner, DateTimeOffset Until)? insertWithLease = null) => new()
    {
        Instance = instance,
        IsNew = isNew,
        InsertWithLease = insertWithLease,
        Journal = [.. Journal],
        AddedBookmarks = [.. AddedBookmarks],
        RemovedBookmarkIds = [.. RemovedBookmarkIds],
        AppliedResumeIds = [.. AppliedResumeIds],
        ReleaseLeaseOf = releaseLeaseOf,
    };

    public void Clear()
    {
        Journal.Clear();
        AddedBookmarks.Clear();
        RemovedBookmarkIds.Clear();
        AppliedResumeIds.Clear();
    }
}
