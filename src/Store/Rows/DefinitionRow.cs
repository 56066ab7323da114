namespace WorkflowPlatform.Store.Rows;

/// <summary>One version of a definition; the document is the definition JSON.</summary>
public sealed class DefinitionRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }

    /// <summary>JSON array of strings.</summary>
    public required string Tags { get; set; }
    public required string Document { get; set; }
    public required string ContentHash { get; set; }
    public bool IsPublished { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
