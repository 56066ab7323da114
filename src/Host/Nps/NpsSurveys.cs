using WorkflowPlatform.Activities.Nps;
using WorkflowPlatform.Store;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Host.Nps;

/// <summary>The activities' view of the surveys, over <see cref="NpsStore"/>: tokens from the execution id, links from the host.</summary>
internal sealed class NpsSurveys(NpsStore store, NpsTokens tokens, NpsLinks links) : INpsSurveys
{
    public async Task<NpsSurvey> OpenAsync(NpsSurveyRequest request, CancellationToken cancellationToken) =>
        ToSurvey(await store.CreateAsync(await RowAsync(request, cancellationToken), cancellationToken));

    public async Task<(NpsSurvey Survey, bool AlreadySurveyed)> OpenOncePerDealAsync(NpsSurveyRequest request, CancellationToken cancellationToken)
    {
        var (row, existing) = await store.CreateOncePerDealAsync(await RowAsync(request, cancellationToken), cancellationToken);
        return (ToSurvey(row), existing);
    }

    public async Task<NpsSurvey?> FindAsync(string tenantId, string token, CancellationToken cancellationToken) =>
        await store.FindAsync(tenantId, token, cancellationToken) is { } row ? ToSurvey(row) : null;

    public Task MarkSentAsync(string tenantId, string token, string email, CancellationToken cancellationToken) =>
        store.MarkSentAsync(tenantId, token, email, cancellationToken);

    private async Task<NpsSurveyRow> RowAsync(NpsSurveyRequest request, CancellationToken cancellationToken) =>
        new()
        {
            Token = await tokens.ForExecutionAsync(request.TenantId, request.ExecutionId, cancellationToken),
            TenantId = request.TenantId,
            InstanceId = request.InstanceId,
            WorkflowId = request.WorkflowId,
            LeadId = request.LeadId,
            DealId = request.DealId,
            Question = request.Question,
            ExpiresAt = request.ExpiresAt,
        };

    private NpsSurvey ToSurvey(NpsSurveyRow row) => new(
        row.Token,
        links.For(row.Token),
        row.ExpiresAt,
        row.Email,
        row is { AnsweredAt: not null, Score: { } score } ? new NpsAnswer(score, row.Comment, row.Category ?? NpsCategory.Of(score)) : null);
}
