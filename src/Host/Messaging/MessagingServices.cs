using WorkflowPlatform.Activities.Http;
using WorkflowPlatform.Activities.Messaging;

namespace WorkflowPlatform.Host.Messaging;

internal static class MessagingServices
{
    /// <summary>
    /// What the activities that send messages need from the host: the one SMTP sender (NPS surveys and team
    /// notifications), the tenant's <c>http</c> connections (SendMessage) and the record of team notifications.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddSingleton<SmtpConnections>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<IHttpConnections, TenantHttpConnections>();
        services.AddSingleton<ITeamNotifications, StoredTeamNotifications>();
        return services;
    }
}
