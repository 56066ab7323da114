using System.Globalization;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Api;

/// <summary>Keyset pages as <c>/api/leads</c> answers them: <c>{ items, nextCursor }</c>, <c>limit</c> 1 to 500.</summary>
internal static class ApiPages
{
    public const int MaxLimit = 500;

    /// <summary>Reads the page and shows its rows; a cursor this API did not make is a 400.</summary>
    public static async Task<IResult> PageAsync<TRow, TView>(Func<Task<CrmPage<TRow>>> read, Func<TRow, TView> view)
    {
        try
        {
            var page = await read();
            return Results.Ok(new { items = page.Items.Select(view), nextCursor = page.NextCursor });
        }
        catch (FormatException exception)
        {
            return Problems.BadRequest($"cursor: {exception.Message}");
        }
    }

    public static string? LimitProblem(string? limit, out int size, int fallback = 50)
    {
        size = fallback;
        if (limit is null)
        {
            return null;
        }

        return int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxLimit
            ? null
            : $"limit: '{limit}' is not a page size; use 1 to {MaxLimit}.";
    }
}
