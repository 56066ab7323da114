namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>The plain text of an uploaded document, ready to chunk. <see cref="Kind"/> is one of <see cref="DocumentKind"/>'s values.</summary>
public sealed record ParsedDocument(string Title, string Text, string Kind);
