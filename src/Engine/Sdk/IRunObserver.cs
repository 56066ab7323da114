using WorkflowPlatform.Engine.Runtime;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>A run feature that sees journal lines as the burst writes them (before they are committed), to stream progress.</summary>
public interface IRunObserver
{
    void OnJournal(JournalEntry entry);
}
