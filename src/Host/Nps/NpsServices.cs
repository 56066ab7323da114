using WorkflowPlatform.Activities.Nps;

namespace WorkflowPlatform.Host.Nps;

internal static class NpsServices
{
    /// <summary>What the NPS activities and the survey page need from the host: surveys over the store, answers (SMTP comes with <c>AddMessaging</c>).</summary>
    public static IServiceCollection AddNpsSurveys(this IServiceCollection services)
    {
        services.AddSingleton<NpsTokens>();
        services.AddSingleton<NpsLinks>();
        services.AddSingleton<INpsSurveys, NpsSurveys>();
        services.AddSingleton<NpsResumer>();
        services.AddSingleton<NpsAnswers>();
        return services;
    }
}
