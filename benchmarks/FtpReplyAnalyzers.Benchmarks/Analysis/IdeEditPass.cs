using System.Diagnostics;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>One edit's two measurements: the same edited document analysed by our rules and by their empty mirrors.</summary>
internal readonly record struct IdeEditTimes(double OursMs, double MirrorsMs)
{
    public double ExtraMs => OursMs - MirrorsMs;

    public double Ratio => OursMs / MirrorsMs;
}

/// <summary>
/// What a keystroke costs in an editor: one line of one FTP file changes, the IDE makes a new compilation (the old one's
/// syntax trees, with the edited file's replaced), and asks the analyzers for that document's diagnostics. Each edit is
/// measured with our rules and with their empty mirrors, each time in a compilation of its own made from the same edit
/// (nothing bound is shared between them, nor with any earlier compilation), <see cref="Repeats"/> times each, the two
/// taking turns to go first; each keeps its fastest time. Noise only ever adds time (the scheduler, the runtime's
/// background compilation), so the fastest of a few runs of the same work is its steadiest measure, and the paired
/// difference of two such times is what our rules add to that keystroke. A time is the wall time of <see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, TextSpan?, CancellationToken)"/>
/// for the document: binding it, the driver, and the analyzers' callbacks, as the editor waits for them.
/// </summary>
internal static class IdeEditPass
{
    /// <summary>Runs of each edit, per analyzer set.</summary>
    public const int Repeats = 3;

    // Enough memory for one document's analysis in a fresh compilation of 4N, with room: no collection inside a request.
    private const long RequestBytes = 192L << 20;

    /// <summary>
    /// Measures <paramref name="edits"/> edits, in turn, of the corpus's first <paramref name="files"/> FTP files: the FTP
    /// files of N, so that N and 4N get the very same edits.
    /// </summary>
    public static async Task<IReadOnlyList<IdeEditTimes>> RunAsync(
        BenchmarkCorpus corpus,
        int files,
        int edits,
        IReadOnlyList<DiagnosticAnalyzer> ours,
        IReadOnlyList<DiagnosticAnalyzer> mirrors)
    {
        var ftpTrees = corpus.Trees.Where(t => corpus.KindOf(t) == SourceKind.Ftp).Take(files).ToList();
        var before = corpus.CreateCompilation();
        var times = new List<IdeEditTimes>(edits);
        for (var edit = 0; edit < edits; edit++)
        {
            var tree = ftpTrees[edit % ftpTrees.Count];
            var edited = Edit(tree, edit);
            var (oursMs, mirrorsMs) = (double.MaxValue, double.MaxValue);
            for (var run = 0; run < Repeats; run++)
            {
                var oursFirst = (edit + run) % 2 == 0;
                var first = await MeasureAsync(before, tree, edited, oursFirst ? ours : mirrors);
                var second = await MeasureAsync(before, tree, edited, oursFirst ? mirrors : ours);
                oursMs = Math.Min(oursMs, oursFirst ? first : second);
                mirrorsMs = Math.Min(mirrorsMs, oursFirst ? second : first);
            }

            times.Add(new IdeEditTimes(oursMs, mirrorsMs));
        }

        return times;
    }

    // The user types at the end of one statement of the file: a comment, so the file still compiles and means the same.
    private static SyntaxTree Edit(SyntaxTree tree, int edit)
    {
        var text = tree.GetText();
        var statements = text.Lines.Where(l => text.ToString(l.Span).TrimEnd().EndsWith(';')).ToList();
        var line = statements[(edit * 7919) % statements.Count];
        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(line.End, 0), $" // edit {edit}")));
    }

    private static async Task<double> MeasureAsync(Compilation before, SyntaxTree old, SyntaxTree edited, IReadOnlyList<DiagnosticAnalyzer> analyzers)
    {
        var compilation = before.ReplaceSyntaxTree(old, edited);
        var withAnalyzers = compilation.WithAnalyzers(
            [.. analyzers],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var model = compilation.GetSemanticModel(edited);
        using var region = CollectionFreeRegion.Always(RequestBytes);
        var clock = Stopwatch.StartNew();
        _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        return clock.Elapsed.TotalMilliseconds;
    }
}
