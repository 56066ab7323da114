using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

public static class CrmActivities
{
    /// <summary>The built-in CRM's activities. The host provides <see cref="ICrm"/> over its store.</summary>
    public static IWorkflowBuilder AddCrmActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<UpsertLead>()
        .AddActivity<UpdateLead>()
        .AddActivity<GetLead>()
        .AddActivity<AppendMessage>()
        .AddActivity<GetConversation>()
        .AddActivity<CreateDeal>()
        .AddActivity<MoveDealStage>()
        .AddActivity<MarkDealWon>();
}
