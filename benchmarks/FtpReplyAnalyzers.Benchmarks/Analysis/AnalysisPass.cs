using System.Collections.Immutable;
using System.Diagnostics;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>What one analyzer did in one pass: its execution time as the driver measured it, and what it reported.</summary>
internal sealed record AnalyzerResult(TimeSpan ExecutionTime, int Diagnostics, int InFtpFiles);

/// <summary>
/// One full analysis of a fresh compilation of a corpus, as a build does: binding, the compiler's diagnostics, and
/// every analyzer given. The driver logs each analyzer's execution time (the sum of the time spent inside its
/// callbacks); the wall time and the bytes allocated are those of the whole pass.
/// </summary>
internal sealed record AnalysisPass(TimeSpan WallTime, long AllocatedBytes, IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerResult> Analyzers)
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

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        if (failures.Count > 0)
        {
            throw new InvalidOperationException("An analyzer failed; its time would mean nothing:\n" + string.Join("\n", failures));
        }

        var perAnalyzer = new Dictionary<DiagnosticAnalyzer, AnalyzerResult>();
        var diagnostics = result.GetAllDiagnostics();
        foreach (var analyzer in analyzers)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var own = diagnostics.Where(d => ids.Contains(d.Id)).ToList();
            perAnalyzer[analyzer] = new AnalyzerResult(
                result.AnalyzerTelemetryInfo[analyzer].ExecutionTime,
                own.Count,
                own.Count(d => corpus.KindOf(d.Location.SourceTree) == SourceKind.Ftp));
        }

        return new AnalysisPass(clock.Elapsed, allocated, perAnalyzer);
    }
}

/// <summary>The compilation's own cost, with no analyzer: parse every file, then bind and report every diagnostic.</summary>
internal sealed record CompilePass(TimeSpan ParseTime, TimeSpan WallTime, int Errors, long AllocatedBytes)
{
    public static CompilePass Run(BenchmarkCorpus corpus)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var trees = corpus.Parse();
        var parsed = clock.Elapsed;
        var diagnostics = corpus.CreateCompilation(trees).GetDiagnostics();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new CompilePass(parsed, clock.Elapsed, diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), allocated);
    }

    /// <summary>The first compiler errors, to say why a corpus does not compile (its timings would mean nothing).</summary>
    public static ImmutableArray<Diagnostic> FirstErrors(BenchmarkCorpus corpus) =>
        [.. corpus.CreateCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)];
}
