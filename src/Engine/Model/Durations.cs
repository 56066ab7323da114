using System.Xml;

namespace WorkflowPlatform.Engine.Model;

/// <summary>ISO-8601 durations (<c>PT30S</c>, <c>P1D</c>) as used throughout the format.</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text) || text[0] is not ('P' or '-'))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return duration >= TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO-8601 duration such as PT30S.");

    public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
}
