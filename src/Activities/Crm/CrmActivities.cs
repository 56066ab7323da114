using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Crm;

public static class CrmActivities
{
    /// <summary>
    /// The built-in CRM's activities. The host provides <see cref="ICrm"/> over its store, and for <c>SendMessage</c>
    /// <see cref="Http.IHttpConnections"/>; deliveries use the client that <c>AddHttpActivities</c> registers.
    /// </summary>
    public static IWorkflowBuilder AddCrmActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<UpsertLead>()
        .AddActivity<UpdateLead>()
        .AddActivity<GetLead>()
        .AddActivity<AppendMessage>()
        .AddActivity<SendMessage>()
        .AddActivity<GetConversation>()
        .AddActivity<CreateDeal>()
        .AddActivity<MoveDealStage>()
        .AddActivity<MarkDealWon>()
        .AddActivity<ListDeals>();
}
