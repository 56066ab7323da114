namespace WorkflowPlatform.Host.Payments.Asaas;

/// <summary>
/// Asaas due dates are days in Brasília, payable until the day ends; the invoice's due time (what the reconciler
/// compares with the clock) is the end of that day.
/// </summary>
internal static class AsaasDueDates
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(AsaasDates.BrasiliaOffset).DateTime);

    public static DateTimeOffset DueAtOf(DateOnly dueDate) => new(dueDate.AddDays(1).ToDateTime(TimeOnly.MinValue), AsaasDates.BrasiliaOffset);

    public static DateOnly DueDateOf(DateTimeOffset dueAt) => DateOnly.FromDateTime(dueAt.ToOffset(AsaasDates.BrasiliaOffset).DateTime).AddDays(-1);
}
