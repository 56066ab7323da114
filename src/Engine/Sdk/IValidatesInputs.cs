using WorkflowPlatform.Engine.Model;

namespace WorkflowPlatform.Engine.Sdk;

/// <summary>
/// An activity that checks its literal inputs when the definition is validated (a cron expression, a time zone),
/// so a mistake is a 400 with the input's path on save rather than a failure at run time.
/// </summary>
public interface IValidatesInputs
{
    /// <returns>The input name and the problem, for each problem found.</returns>
    static abstract IEnumerable<(string Input, string Message)> Validate(ActivityNode node);
}
