using WorkflowPlatform.Engine.Sdk;

namespace WorkflowPlatform.Activities.Messaging;

public static class MessagingActivities
{
    /// <summary>
    /// The messaging activities. The host provides <see cref="IMailSender"/> (SMTP, shared with the NPS surveys) and
    /// <see cref="ITeamNotifications"/> (its store); channel http uses the client that <c>AddHttpActivities</c> registers.
    /// </summary>
    public static IWorkflowBuilder AddMessagingActivities(this IWorkflowBuilder builder) => builder
        .AddActivity<NotifyTeam>();
}
