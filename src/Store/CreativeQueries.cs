using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>Filters of <c>GET /api/creatives</c>, newest first, paged by an opaque cursor.</summary>
public sealed record CreativeQuery
{
    public string? CampaignId { get; init; }
    public string? BatchId { get; init; }
    public string? Status { get; init; }
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>
/// What an approval did: the creatives asked for as they are after it (in the order asked), and the ids of those this
/// call moved from draft to approved. When <see cref="Unknown"/> is not empty nothing was changed.
/// </summary>
public sealed record CreativeApproval(IReadOnlyList<CreativeRow> Creatives, IReadOnlySet<string> Approved, IReadOnlyList<string> Unknown);

/// <summary>A creative after it was marked the winner of a deal, and whether this call linked the deal (false: it was linked already).</summary>
public sealed record CreativeWin(CreativeRow Creative, bool Linked);
