namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>Collects the warnings and unmapped activities of one import.</summary>
internal sealed class ImportReport
{
    private readonly List<ImportWarning> warnings = [];
    private readonly List<UnmappedActivity> unmapped = [];

    public IReadOnlyList<ImportWarning> Warnings => warnings;
    public IReadOnlyList<UnmappedActivity> Unmapped => unmapped;

    public void Warn(string path, string message) => warnings.Add(new(path, message));

    public void LeaveOut(string activityId, string type, string reason) => unmapped.Add(new(activityId, type, reason));
}
