using System.Text;
using System.Text.Unicode;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>Reads the bytes of a text or Markdown upload as UTF-8, refusing binary files and other encodings.</summary>
internal static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        RejectBinary(content, fileName);
        if (!Utf8.IsValid(content))
        {
            throw new DocumentParseException($"'{fileName}' is not valid UTF-8 text: it is binary or in another encoding (such as Latin-1). Save it as UTF-8 and upload it again.");
        }

        return Encoding.UTF8.GetString(content);
    }

    // NUL is valid UTF-8 but never appears in text: it marks a binary file (or UTF-16, which we do not take).
    public static void RejectBinary(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IndexOf((byte)0) >= 0)
        {
            throw new DocumentParseException($"'{fileName}' is not text: it contains NUL bytes, so it is a binary file or not UTF-8. Save it as UTF-8 text and upload it again.");
        }
    }
}
