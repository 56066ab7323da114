namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>A document that cannot be ingested: its type is not accepted, it is corrupt, or it holds no text. The message is for the person who uploaded it.</summary>
public sealed class DocumentParseException : Exception
{
    public DocumentParseException()
    {
    }

    public DocumentParseException(string message)
        : base(message)
    {
    }

    public DocumentParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
