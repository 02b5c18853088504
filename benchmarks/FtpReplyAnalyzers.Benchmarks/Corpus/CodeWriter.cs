using System.Text;

namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>Writes C# source line by line, indented four spaces per level, as a person's editor would.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public int LineCount { get; private set; }

    /// <summary>Writes one line; an empty call writes a blank line.</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
        LineCount++;
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace; <see cref="Close"/> ends the block.</summary>
    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return this;
    }

    /// <summary>Goes one level deeper without writing a brace (the brace was part of a block already written).</summary>
    public CodeWriter Indent()
    {
        depth++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        depth--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a block of lines (a raw string literal keeps its own relative indentation) at the current depth.</summary>
    public CodeWriter Lines(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }

        return this;
    }

    public override string ToString() => text.ToString();
}
