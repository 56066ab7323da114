using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPlatform.Activities.Ai;
using WorkflowPlatform.Host.Ai;
using WorkflowPlatform.Host.Knowledge;
using WorkflowPlatform.Host.Secrets;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>The host's own knowledge services on the embedded SQLite store, composed as the pgvector tests compose them.</summary>
internal static class BenchServices
{
    public static async Task<ServiceProvider> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWorkflowStore(StoreOptions.SqliteIn(dataDirectory));
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        collection.AddSingleton<TenantSecrets>();
        collection.AddSingleton<ILlmConnections, TenantLlmConnections>();
        collection.AddSingleton<ILlmCallLog, StoredLlmCallLog>();
        collection.AddKnowledgeBase(new ConfigurationBuilder().Build());
        var provider = collection.BuildServiceProvider();
        await provider.MigrateStoreAsync(cancellationToken);
        return provider;
    }
}
