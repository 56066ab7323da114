using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Durable instance state, bookmarks, resumes, leases and journals.</summary>
public interface IInstanceStore
{
    /// <summary>Writes a burst (instance, journal lines, bookmark changes, applied resumes) in one transaction.</summary>
    Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken);

    /// <summary>The instance with its pending bookmarks, or null (also for another tenant's instance).</summary>
    Task<WorkflowInstance?> FindAsync(string tenantId, string instanceId, CancellationToken cancellationToken);

    Task<InstancePage> QueryAsync(string tenantId, InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>Journal lines after <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string tenantId, string instanceId, long afterSeq, int max, CancellationToken cancellationToken);

    /// <summary>Takes or renews the instance's lease; false while another owner holds an unexpired one.</summary>
    Task<bool> TryAcquireLeaseAsync(string instanceId, string owner, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(string instanceId, string owner, CancellationToken cancellationToken);

    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string tenantId, string kind, string key, CancellationToken cancellationToken);

    Task<Bookmark?> FindBookmarkByTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the bookmark and records the resume in one transaction. Null when the bookmark was already
    /// consumed, so a duplicated stimulus resumes the instance once.
    /// </summary>
    Task<ResumeItem?> ConsumeBookmarkAsync(Bookmark bookmark, JsonNode? payload, bool timedOut, JsonNode? trigger, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Bookmarks whose <see cref="Bookmark.FireAt"/> has passed, earliest first.</summary>
    Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>The earliest pending <see cref="Bookmark.FireAt"/>, or null.</summary>
    Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken);

    /// <summary>Resumes recorded for the instance and not yet applied, oldest first.</summary>
    Task<IReadOnlyList<ResumeItem>> GetResumesAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Instances with unapplied resumes, or Running with a free or expired lease (left by a crash).</summary>
    Task<IReadOnlyList<RunnableInstance>> FindRunnableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);
}
