using System.Text;

namespace WorkflowPlatform.Activities.Knowledge.Parsing;

/// <summary>Builds text the way a browser lays it out: runs of white space collapse to one space, blocks start new lines.</summary>
internal sealed class PlainTextWriter
{
    private readonly StringBuilder text = new();
    private bool pendingSpace;

    private bool AtLineStart => text.Length == 0 || text[^1] == '\n';

    public void Text(string value)
    {
        foreach (var character in value)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && !AtLineStart)
            {
                text.Append(' ');
            }

            pendingSpace = false;
            text.Append(character);
        }
    }

    /// <summary>Text whose white space is kept as it is (a &lt;pre&gt; block).</summary>
    public void Preformatted(string value)
    {
        text.Append(value.Trim('\r', '\n'));
        pendingSpace = false;
    }

    /// <summary>Ends the current line unless it is empty (blocks never leave blank lines).</summary>
    public void EndLine()
    {
        if (!AtLineStart)
        {
            text.Append('\n');
        }

        pendingSpace = false;
    }

    /// <summary>A forced line break (&lt;br&gt;).</summary>
    public void LineBreak()
    {
        text.Append('\n');
        pendingSpace = false;
    }

    public override string ToString() => text.ToString().Trim();
}
