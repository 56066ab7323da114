using System.Text.RegularExpressions;
using WorkflowPlatform.Engine.Model;
using WorkflowPlatform.Engine.Validation;

namespace WorkflowPlatform.Engine.Flow;

/// <summary>Document-level checks: id, parameters, options, tool, durations and retry policies.</summary>
internal static partial class DefinitionRules
{
    /// <summary>The function names OpenAI-compatible models accept.</summary>
    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ToolName();

    public static void CheckDocument(WorkflowDefinition definition, List<ValidationError> errors)
    {
        if (!WorkflowCompiler.IsSlug(definition.Id))
        {
            errors.Add(new("id", $"Workflow id '{definition.Id}' must match [a-z0-9][a-z0-9-]{{0,63}}."));
        }

        CheckParameters(definition.Inputs, "inputs", errors);
        CheckParameters(definition.Outputs, "outputs", errors);
        CheckParameters(definition.Variables, "variables", errors);

        var options = definition.Options;
        if (options.Persistence is not (PersistenceMode.EveryActivity or PersistenceMode.OnSuspend))
        {
            errors.Add(new("options.persistence", $"Persistence must be '{PersistenceMode.EveryActivity}' or '{PersistenceMode.OnSuspend}', not '{options.Persistence}'."));
        }

        if (options.MaxSteps <= 0)
        {
            errors.Add(new("options.maxSteps", "maxSteps must be a positive number."));
        }

        ParseDuration(options.Timeout, "options.timeout", errors);
        CheckTool(definition.Tool, errors);
    }

    private static void CheckTool(WorkflowTool? tool, List<ValidationError> errors)
    {
        if (tool is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(tool.Description))
        {
            errors.Add(new("tool.description", "A tool needs a description: the model reads it to decide when to call the workflow."));
        }

        if (tool.Name is not null && !ToolName().IsMatch(tool.Name))
        {
            errors.Add(new("tool.name", $"Tool name '{tool.Name}' must match [a-zA-Z0-9_-]{{1,64}}, the function names models accept."));
        }
    }

    private static void CheckParameters(IReadOnlyList<WorkflowParameter> parameters, string path, List<ValidationError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var name = parameters[i]?.Name;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new($"{path}[{i}].name", "A name is required."));
            }
            else if (!names.Add(name))
            {
                errors.Add(new($"{path}[{i}].name", $"'{name}' is declared more than once."));
            }
        }
    }

    public static TimeSpan? ParseDuration(string? text, string path, List<ValidationError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        errors.Add(new(path, $"'{text}' is not an ISO-8601 duration such as PT30S."));
        return null;
    }

    public static RetryPolicy? CheckRetry(RetryPolicy? retry, string path, List<ValidationError> errors)
    {
        if (retry is null)
        {
            return null;
        }

        if (retry.MaxAttempts < 1)
        {
            errors.Add(new($"{path}.maxAttempts", "maxAttempts counts the first attempt and must be at least 1."));
        }

        if (retry.Backoff < 1)
        {
            errors.Add(new($"{path}.backoff", "backoff is a multiplier and must be at least 1."));
        }

        if (retry.Jitter is < 0 or > 1)
        {
            errors.Add(new($"{path}.jitter", "jitter must be between 0 and 1."));
        }

        ParseDuration(retry.InitialDelay, $"{path}.initialDelay", errors);
        ParseDuration(retry.MaxDelay, $"{path}.maxDelay", errors);
        return retry;
    }
}
