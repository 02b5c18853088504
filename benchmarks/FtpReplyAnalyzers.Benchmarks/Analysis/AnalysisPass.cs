using System.Collections.Immutable;
using System.Diagnostics;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>What one analyzer did in one pass: its execution time as the driver measured it, and what it reported.</summary>
internal sealed record AnalyzerResult(TimeSpan ExecutionTime, ImmutableArray<Diagnostic> Reported, int InFtpFiles)
{
    public int Diagnostics => Reported.Length;
}

/// <summary>
/// One full analysis of a fresh compilation of a corpus, as a build does: binding, the compiler's diagnostics, and
/// every analyzer given. The driver logs each analyzer's execution time (the sum of the time spent inside its
/// callbacks); the wall time and the bytes allocated are those of the whole pass.
/// </summary>
internal sealed record AnalysisPass(TimeSpan WallTime, long AllocatedBytes, int Collections, IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerResult> Analyzers)
{
    public static async Task<AnalysisPass> RunAsync(BenchmarkCorpus corpus, IReadOnlyList<DiagnosticAnalyzer> analyzers)
    {
        var compilation = corpus.CreateCompilation();
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => failures.Add($"{analyzer}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers([.. analyzers], options);

        AnalysisResult result;
        TimeSpan elapsed;
        long allocated;
        int collections;
        using (var region = CollectionFreeRegion.Enter(corpus.Files.Count))
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
            elapsed = clock.Elapsed;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            collections = region.Collections;
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException("An analyzer failed; its time would mean nothing:\n" + string.Join("\n", failures));
        }

        var perAnalyzer = new Dictionary<DiagnosticAnalyzer, AnalyzerResult>();
        foreach (var analyzer in analyzers)
        {
            var own = result.GetAllDiagnostics(analyzer);
            perAnalyzer[analyzer] = new AnalyzerResult(
                result.AnalyzerTelemetryInfo[analyzer].ExecutionTime,
                own,
                own.Count(d => corpus.KindOf(d.Location.SourceTree) == SourceKind.Ftp));
        }

        return new AnalysisPass(elapsed, allocated, collections, perAnalyzer);
    }
}

/// <summary>
/// The compilation's own cost, with no analyzer: parse every file, then bind and report every diagnostic, on one
/// core. Also says whether the corpus compiles: timings of code that does not would mean nothing.
/// </summary>
internal sealed record CompilePass(TimeSpan ParseTime, TimeSpan WallTime, int Collections, ImmutableArray<Diagnostic> Errors)
{
    public static CompilePass Run(BenchmarkCorpus corpus)
    {
        using var region = CollectionFreeRegion.Enter(corpus.Files.Count);
        var clock = Stopwatch.StartNew();
        var trees = corpus.Parse();
        var parsed = clock.Elapsed;
        var diagnostics = corpus.CreateCompilation(trees).GetDiagnostics();
        clock.Stop();
        return new CompilePass(parsed, clock.Elapsed, region.Collections, [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
    }
}
