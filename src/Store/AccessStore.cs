using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowPlatform.Store.Rows;

namespace WorkflowPlatform.Store;

/// <summary>A tenant's limits; null means unlimited.</summary>
public sealed record TenantPlan(int? MaxRunsPerMonth, long? DailyLlmTokens, decimal? DailyLlmCostUsd, int? MaxTokensPerCall);

/// <summary>An API key as the host sees it; the secret itself is never stored.</summary>
public sealed record ApiKeyInfo(string Id, string TenantId, string Name, string Role, bool IsPlatformAdmin, DateTimeOffset CreatedAt);

/// <summary>Tenants and API keys. Keys are looked up by the SHA-256 of their secret (high-entropy, so no slow hash is needed).</summary>
public sealed class AccessStore(StoreDb db, TimeProvider time)
{
    private const string SecretPrefix = "wfp_";

    public async Task<int> CountTenantsAsync(CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.Tenants.CountAsync(cancellationToken);
    }

    public async Task<bool> TenantExistsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken);
    }

    /// <summary>The tenant's plan (null limits are unlimited), or null when the tenant does not exist.</summary>
    public async Task<TenantPlan?> PlanAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        return await context.Tenants.Where(t => t.Id == tenantId)
            .Select(t => new TenantPlan(t.MaxRunsPerMonth, t.DailyLlmTokens, t.DailyLlmCostMicroUsd == null ? null : t.DailyLlmCostMicroUsd / 1_000_000m, t.MaxTokensPerCall))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<bool> SetPlanAsync(string tenantId, TenantPlan plan, CancellationToken cancellationToken) =>
        db.WriteAsync(StoreDb.AllTenants, async context => await context.Tenants.Where(t => t.Id == tenantId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.MaxRunsPerMonth, plan.MaxRunsPerMonth)
                .SetProperty(t => t.DailyLlmTokens, plan.DailyLlmTokens)
                .SetProperty(t => t.DailyLlmCostMicroUsd, plan.DailyLlmCostUsd == null ? null : (long?)Math.Round(plan.DailyLlmCostUsd.Value * 1_000_000m))
                .SetProperty(t => t.MaxTokensPerCall, plan.MaxTokensPerCall), cancellationToken) > 0, cancellationToken);

    /// <summary>The tenant's runs per month, or null when unlimited.</summary>
    public async Task<int?> MaxRunsPerMonthAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        return await context.Tenants.Where(t => t.Id == tenantId).Select(t => t.MaxRunsPerMonth).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<bool> SetMaxRunsPerMonthAsync(string tenantId, int? maxRuns, CancellationToken cancellationToken) =>
        db.WriteAsync(StoreDb.AllTenants, async context => await context.Tenants.Where(t => t.Id == tenantId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.MaxRunsPerMonth, maxRuns), cancellationToken) > 0, cancellationToken);

    /// <summary>False when a tenant with this id exists already.</summary>
    public async Task<bool> CreateTenantAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.WriteAsync(StoreDb.AllTenants, async context =>
            {
                context.Tenants.Add(new TenantRow { Id = tenantId, Name = name, CreatedAt = time.GetUtcNow() });
                await context.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Creates a key and returns its secret, which is shown once and then only its hash remains.</summary>
    public async Task<(ApiKeyInfo Key, string Secret)> CreateKeyAsync(string tenantId, string name, string role, bool isPlatformAdmin, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new ApiKeyRow
        {
            Id = Guid.CreateVersion7().ToString("N"),
            TenantId = tenantId,
            Name = name,
            Role = role,
            IsPlatformAdmin = isPlatformAdmin,
            KeyHash = Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        await db.WriteAsync(StoreDb.AllTenants, async context =>
        {
            context.ApiKeys.Add(row);
            await context.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return (ToInfo(row), secret);
    }

    /// <summary>The tenant's keys (never their secrets), oldest first.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = await db.OpenAsync(tenantId, cancellationToken);
        var rows = await context.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        return rows.ConvertAll(ToInfo);
    }

    public async Task<ApiKeyInfo?> FindKeyAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        await using var context = await db.OpenAsync(StoreDb.AllTenants, cancellationToken);
        var row = await context.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
        return row is null ? null : ToInfo(row);
    }

    private static ApiKeyInfo ToInfo(ApiKeyRow row) => new(row.Id, row.TenantId, row.Name, row.Role, row.IsPlatformAdmin, row.CreatedAt);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
