using System.Text;
using WorkflowPlatform.Engine.Flow;

namespace WorkflowPlatform.Host.Workflows.ElsaImport;

/// <summary>
/// Turns Elsa ids (any case, underscores) into our slugs, <c>[a-z0-9][a-z0-9-]{0,63}</c>, unique within one
/// document: a clash gets <c>-2</c>, <c>-3</c>, ...
/// </summary>
internal sealed class ElsaIds
{
    private const int MaxLength = 64;
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public string Allocate(string elsaId, string fallback)
    {
        var slug = Slug(elsaId) ?? Slug(fallback) ?? "activity";
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $"-{n}";
            candidate = slug[..Math.Min(slug.Length, MaxLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    /// <summary>The slug of an Elsa id, or null when nothing usable is left.</summary>
    public static string? Slug(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (WorkflowCompiler.IsSlug(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString();
        slug = slug[..Math.Min(slug.Length, MaxLength)].TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}
