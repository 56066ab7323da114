using System.Text.Json.Nodes;
using WorkflowPlatform.Activities.Nps;
using WorkflowPlatform.Engine.Runtime;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Nps;

/// <summary>How an answer through the page ended.</summary>
internal enum NpsAnswerOutcome
{
    Answered,
    AlreadyAnswered,
    Expired,
    Unknown,
}

/// <summary>
/// Takes an answer: stores it once (the conditional UPDATE decides between concurrent answers), then resumes the
/// waiting instance with <c>{ score, comment, category }</c> and publishes <c>nps.answered</c>.
/// </summary>
internal sealed class NpsAnswers(NpsStore store, NpsResumer resumer, IEventPublisher events, TimeProvider time, ILogger<NpsAnswers> logger)
{
    public const string AnsweredEvent = "nps.answered";

    public async Task<NpsAnswerOutcome> AnswerAsync(NpsSurveyRow survey, int score, string? comment, CancellationToken cancellationToken)
    {
        var category = NpsCategory.Of(score);
        if (!await store.AnswerAsync(survey.TenantId, survey.Token, score, comment, category, cancellationToken))
        {
            var now = await store.FindAsync(survey.TenantId, survey.Token, cancellationToken);
            return now is null ? NpsAnswerOutcome.Unknown
                : now.AnsweredAt is not null ? NpsAnswerOutcome.AlreadyAnswered
                : NpsAnswerOutcome.Expired;
        }

        // The answer is stored: what follows must not stop half-way because the visitor closed the page.
        var answer = new JsonObject { ["score"] = score, ["comment"] = comment, ["category"] = category };
        try
        {
            var instance = survey.InstanceId is { } instanceId
                ? await resumer.ResumeAsync(survey.TenantId, instanceId, survey.Token, answer, CancellationToken.None)
                : null;
            var payload = new JsonObject
            {
                ["token"] = survey.Token,
                ["score"] = score,
                ["comment"] = comment,
                ["category"] = category,
                ["answeredAt"] = time.GetUtcNow(),
                ["workflowId"] = survey.WorkflowId,
                ["instanceId"] = survey.InstanceId,
                ["leadId"] = survey.LeadId,
                ["dealId"] = survey.DealId,
            };
            await events.PublishAsync(survey.TenantId, AnsweredEvent, instance?.CorrelationId, payload, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "NPS survey of instance {InstanceId} was answered, but resuming or publishing {Event} failed", survey.InstanceId, AnsweredEvent);
        }

        return NpsAnswerOutcome.Answered;
    }
}
