using System.Text.Json.Nodes;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>The fields of a lead upsert; a null field leaves an existing lead's value as it is.</summary>
public sealed record LeadChanges
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Source { get; init; }
    public int? Score { get; init; }
    public string? Stage { get; init; }

    /// <summary>Merged key by key into the lead's meta (a null value removes the key).</summary>
    public JsonObject? Meta { get; init; }
}

/// <summary>The lead an upsert left, and whether it created it.</summary>
public sealed record LeadUpsert(LeadRow Lead, bool Created);

/// <summary>Filters of <c>GET /api/leads</c>, newest first, paged by an opaque cursor.</summary>
public sealed record LeadQuery
{
    public string? Stage { get; init; }
    public string? Source { get; init; }

    /// <summary>Part of the name or e-mail (any case), or digits of the phone.</summary>
    public string? Search { get; init; }

    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>Filters of <c>GET /api/deals</c>, newest first, paged by an opaque cursor.</summary>
public sealed record DealQuery
{
    public string? Stage { get; init; }
    public string? LeadId { get; init; }

    /// <summary>True: won deals only; false: deals not won.</summary>
    public bool? Won { get; init; }

    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>One page of rows and the cursor of the next page (null at the end).</summary>
public sealed record CrmPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A deal after a mark-won, and whether this call (or an earlier attempt by the same winner) won it.</summary>
public sealed record DealWin(DealRow Deal, bool Won);

/// <summary>
/// Filters of a deal search (the <c>ListDeals</c> activity), all applied together, newest first. The won window is
/// [<see cref="WonFrom"/>, <see cref="WonTo"/>) and selects won deals only.
/// </summary>
public sealed record DealSearch
{
    public string? Stage { get; init; }

    /// <summary>True: won deals only; false: deals not won.</summary>
    public bool? Won { get; init; }

    public DateTimeOffset? WonFrom { get; init; }
    public DateTimeOffset? WonTo { get; init; }

    /// <summary>Only deals that no NPS survey of the tenant names.</summary>
    public bool WithoutSurvey { get; init; }

    /// <summary>1 to <see cref="DealSearchStore.MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>A deal found by a search, with its lead (null only when the lead row is gone).</summary>
public sealed record DealWithLead(DealRow Deal, LeadRow? Lead);
