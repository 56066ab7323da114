using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Nps;

public static class NpsActivities
{
    /// <summary>
    /// The NPS activities. The host provides <see cref="INpsSurveys"/> (its store and the public survey page) and
    /// <see cref="Messaging.IMailSender"/> (SMTP, shared with the messaging activities); channel http uses the client that <c>AddHttpActivities</c> registers.
    /// </summary>
    public static IWorkflowBuilder AddNpsActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<SendNpsSurvey>()
        .AddActivity<WaitForNpsResponse>();
}
