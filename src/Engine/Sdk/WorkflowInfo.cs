namespace WorkflowPlatform.Engine.Sdk;

/// <summary>The <c>workflow</c> scope of expressions: which instance is running.</summary>
public sealed record WorkflowInfo(string InstanceId, string DefinitionId, int Version, string? CorrelationId, string TenantId);
