using System.Globalization;
using WorkflowPlatform.Activities.Crm;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Tasks;

/// <summary>
/// Opens a follow-up task for the team (call a detractor back, answer a lead who asked for a person). The task belongs
/// to the execution, so a re-run of this step finds the task it made instead of making a second one.
/// </summary>
[Activity("CreateTask", Category = "CRM", DisplayName = "Create task", Description = "Opens a follow-up task for the team, optionally for a lead or deal, with a due time.", Icon = "list-checks", HasSideEffects = true)]
public sealed class CreateTask(ITeamTasks tasks, ICrm crm) : Activity<CreateTask.Input, CreateTask.Output>, IValidatesInputs
{
    public static readonly Port Done = Port.Done;
    public static readonly Port Failed = Port.Failed;

    public sealed record Input(
        [Input(Description = "What the person should do.")] string Title,
        string? Notes = null,
        string? LeadId = null,
        string? DealId = null,
        [Input(Description = "Who should do it: a name or an e-mail of the team.")] string? Assignee = null,
        [Input(Type = "duration", Description = "Due this long after the task is created, such as PT4H; or give dueAt.")] string? DueIn = null,
        [Input(Description = "Due at this date and time; or give dueIn.")] DateTimeOffset? DueAt = null);

    public sealed record Output(TeamTask Task);

    private const string BothDue = "give dueIn or dueAt, not both.";

    public static IEnumerable<(string Input, string Message)> Validate(ActivityNode node) => CrmInputs.Problems(
        ("title", CrmInputs.Text(node, "title") is { } title ? TaskVocabulary.TitleProblem(title) : null),
        ("dueIn", TaskVocabulary.DueInProblem(CrmInputs.Text(node, "dueIn"))),
        ("dueAt", CrmInputs.Text(node, "dueAt") is { } dueAt && !DateTimeOffset.TryParse(dueAt, CultureInfo.InvariantCulture, out _)
            ? $"dueAt: '{dueAt}' is not a date and time such as 2026-12-24T15:00:00Z."
            : null),
        ("dueAt", CrmInputs.Has(node, "dueIn") && CrmInputs.Has(node, "dueAt") ? BothDue : null));

    protected override async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context, CancellationToken cancellationToken)
    {
        var problem = TaskVocabulary.TitleProblem(input.Title)
                      ?? TaskVocabulary.DueInProblem(input.DueIn)
                      ?? (input.DueIn is not null && input.DueAt is not null ? BothDue : null)
                      ?? TaskVocabulary.LengthProblem(input.Notes, TaskVocabulary.MaxNotes, "notes")
                      ?? TaskVocabulary.LengthProblem(input.Assignee, TaskVocabulary.MaxAssignee, "assignee");
        if (problem is not null)
        {
            return ActivityResult.Fail($"CreateTask: {problem}");
        }

        var tenantId = context.Workflow.TenantId;
        var (leadId, dealId) = (Clean(input.LeadId), Clean(input.DealId));
        if (leadId is not null && await crm.GetLeadAsync(tenantId, leadId, cancellationToken) is null)
        {
            return ActivityResult.Fail($"CreateTask: lead '{leadId}' was not found.");
        }

        if (dealId is not null)
        {
            if (await crm.GetDealAsync(tenantId, dealId, cancellationToken) is not { } deal)
            {
                return ActivityResult.Fail($"CreateTask: deal '{dealId}' was not found.");
            }

            if (leadId is not null && leadId != deal.LeadId)
            {
                return ActivityResult.Fail($"CreateTask: deal '{dealId}' is with lead '{deal.LeadId}', not with lead '{leadId}'.");
            }

            leadId = deal.LeadId;
        }

        var dueAt = input.DueIn is { } dueIn ? context.Time.GetUtcNow() + Durations.Parse(dueIn) : input.DueAt?.ToUniversalTime();
        var workflow = context.Workflow;
        var task = new NewTeamTask(context.ExecutionId, workflow.InstanceId, workflow.DefinitionId, input.Title.Trim(), Clean(input.Notes), leadId, dealId, Clean(input.Assignee), dueAt);
        return Complete(Done, new Output(await tasks.CreateAsync(tenantId, task, cancellationToken)));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
