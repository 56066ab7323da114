namespace WorkflowPlatform.Store.Rows;

/// <summary>An ASP.NET Core Data Protection key ring element, shared by every host process.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
}
