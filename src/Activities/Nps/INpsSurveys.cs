namespace WorkflowPlatform.Activities.Nps;

/// <summary>A tenant's NPS surveys; the host implements it over its store and knows the public address of the survey page.</summary>
public interface INpsSurveys
{
    /// <summary>
    /// The survey of this activity execution: created on the first call, and the same survey (token, link, expiry,
    /// whether it was sent) on every later call for the same execution, such as a re-run after a crash.
    /// </summary>
    Task<NpsSurvey> OpenAsync(NpsSurveyRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="OpenAsync"/> for a deal surveyed once (the request names the deal): when another execution
    /// already made a survey for the deal, that survey comes back with <c>AlreadySurveyed</c> true and none is made.
    /// </summary>
    Task<(NpsSurvey Survey, bool AlreadySurveyed)> OpenOncePerDealAsync(NpsSurveyRequest request, CancellationToken cancellationToken);

    /// <returns>Null when the tenant has no survey with this token.</returns>
    Task<NpsSurvey?> FindAsync(string tenantId, string token, CancellationToken cancellationToken);

    /// <summary>Records that the survey e-mail went to <paramref name="email"/>, so it is not sent again.</summary>
    Task MarkSentAsync(string tenantId, string token, string email, CancellationToken cancellationToken);
}
