using WorkflowPlatform.Activities.Knowledge;

namespace WorkflowPlatform.Host.Knowledge;

internal static class KnowledgeServices
{
    /// <summary>The knowledge base: embedders, ingestion (the upload consumer is added with the bus) and search.</summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Knowledge").Get<KnowledgeOptions>() ?? new KnowledgeOptions());
        services.AddHttpClient(DocumentFetcher.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<DocumentFetcher>();
        services.AddSingleton<SpaceEmbedders>();
        services.AddSingleton<InProcessVectors>();
        services.AddSingleton<IKnowledgeIngest, KnowledgeIngestion>();
        services.AddSingleton<IKnowledgeSearch, KnowledgeSearch>();
        return services;
    }
}
