using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>The <c>[|...|]</c> markup of the Roslyn testing library, for sources checked outside it (the corpus).</summary>
internal static class Markup
{
    public static (string Source, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var source = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                start = source.Length;
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0 && start >= 0)
            {
                spans.Add(TextSpan.FromBounds(start, source.Length));
                start = -1;
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        return (source.ToString(), spans);
    }
}
