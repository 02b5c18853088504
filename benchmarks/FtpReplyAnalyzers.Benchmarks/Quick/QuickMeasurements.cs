using System.Collections.Immutable;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>
/// Fresh instances of our analyzers (every rule the package ships), one empty mirror and one reading mirror per rule
/// (each of ours pays the floor once), and the peer. Ours and the mirrors swap places from one repetition to the next;
/// the peer always runs last. The order once decided who paid the driver's per-file [GeneratedCode] check inside a
/// report; our rules ask for ReportDiagnostics now, so they never pay it, whatever the order (benchmarks/README.md).
/// </summary>
internal sealed record AnalyzerSet(
    IReadOnlyList<DiagnosticAnalyzer> Ours,
    IReadOnlyList<DiagnosticAnalyzer> Baselines,
    IReadOnlyList<DiagnosticAnalyzer> ReadingBaselines,
    DiagnosticAnalyzer Peer,
    int Rotation)
{
    public IReadOnlyList<DiagnosticAnalyzer> All => Rotation % 2 == 0
        ? [.. Ours, .. Baselines, .. ReadingBaselines, Peer]
        : [.. ReadingBaselines, .. Baselines, .. Ours, Peer];

    /// <summary>The analyzer whose sites Fix All fixes.</summary>
    public DiagnosticAnalyzer Fixable => Ours.OfType<MagicReplyCodeAnalyzer>().Single();

    public static AnalyzerSet Create(int rotation)
    {
        var ours = OurAnalyzers.Create();
        return new(ours, [.. ours.Select(EmptyBaselineAnalyzer.MirrorOf)], [.. ours.Select(EmptyBaselineAnalyzer.ReadingMirrorOf)], PeerRule.Create(), rotation);
    }
}

/// <summary>
/// Everything the quick mode measured, and the times the figures are made of. Each analyzer's time is its fastest
/// over the repetitions; ours (and the mirrors') is the sum of those. A collection pause is charged to whichever
/// callback allocated at that moment, most often to the analyzer that allocates most (the peer): in one run the
/// peer's median over five passes was 576 ms, with pauses in three of them, against 207 ms in the run before. The
/// fastest pass of each analyzer is the one no pause landed in, which five passes almost always hold.
/// </summary>
internal sealed class QuickMeasurements
{
    /// <summary>Edits measured before the kept ones, on each corpus: the editor path's JIT and first-use costs.</summary>
    public const int WarmUpEdits = 8;

    public QuickMeasurements(BenchmarkCorpus small, BenchmarkCorpus large, BenchmarkCorpus? sample)
    {
        Small = small;
        Large = large;
        Sample = sample;
        Analysed = sample is null ? [small, large] : [small, large, sample];
        Passes = Analysed.ToDictionary(c => c, _ => new List<(AnalyzerSet Set, AnalysisPass Pass)>());
        FixAll = new() { [small] = [], [large] = [] };
    }

    public BenchmarkCorpus Small { get; }

    public BenchmarkCorpus Large { get; }

    public BenchmarkCorpus? Sample { get; }

    public IReadOnlyList<BenchmarkCorpus> Analysed { get; }

    public Dictionary<BenchmarkCorpus, List<(AnalyzerSet Set, AnalysisPass Pass)>> Passes { get; }

    public List<CompilePass> Compiles { get; } = [];

    public Dictionary<BenchmarkCorpus, List<(TimeSpan Time, int Changed, int Sites)>> FixAll { get; }

    public Dictionary<BenchmarkCorpus, IReadOnlyList<IdeEditTimes>> Edits { get; } = [];

    public IReadOnlyList<string> RuleNames => [.. Passes[Large][0].Set.Ours.Select(OurAnalyzers.Name)];

    public double RuleMs(BenchmarkCorpus corpus, int rule) => Fastest(corpus, s => s.Ours[rule]);

    public double OursMs(BenchmarkCorpus corpus) => SumOfFastest(corpus, s => s.Ours);

    public double BaselineMs(BenchmarkCorpus corpus) => SumOfFastest(corpus, s => s.Baselines);

    public double ReadingBaselineMs(BenchmarkCorpus corpus) => SumOfFastest(corpus, s => s.ReadingBaselines);

    public double PeerMs(BenchmarkCorpus corpus) => Fastest(corpus, s => s.Peer);

    public double CompileMs => Statistics.Fastest(Compiles.Select(c => c.WallTime.TotalMilliseconds));

    public double FixAllMs(BenchmarkCorpus corpus) => Statistics.Median(FixAll[corpus].Select(f => f.Time));

    public double WallMs(BenchmarkCorpus corpus) => Statistics.Fastest(Passes[corpus].Select(p => p.Pass.WallTime.TotalMilliseconds));

    /// <summary>Our time over the peer's in each pass on <paramref name="corpus"/>: the spread of ratio_vs_peer.</summary>
    public IEnumerable<double> PerPassOursOverPeer(BenchmarkCorpus corpus) =>
        Passes[corpus].Select(p => p.Set.Ours.Sum(o => p.Pass.Analyzers[o].ExecutionTime.TotalMilliseconds) / p.Pass.Analyzers[p.Set.Peer].ExecutionTime.TotalMilliseconds);

    /// <summary>The sites of the FTP0001 diagnostics the last pass over <paramref name="corpus"/> reported.</summary>
    public ImmutableArray<Diagnostic> OursReported(BenchmarkCorpus corpus)
    {
        var (set, last) = Passes[corpus][^1];
        return last.Analyzers[set.Fixable].Reported;
    }

    // One analyzer per rule in each list: the sum over the rules of each one's fastest pass.
    private double SumOfFastest(BenchmarkCorpus corpus, Func<AnalyzerSet, IReadOnlyList<DiagnosticAnalyzer>> perRule) =>
        Enumerable.Range(0, RuleNames.Count).Sum(rule => Fastest(corpus, s => perRule(s)[rule]));

    private double Fastest(BenchmarkCorpus corpus, Func<AnalyzerSet, DiagnosticAnalyzer> analyzer) =>
        Statistics.Fastest(Passes[corpus].Select(p => p.Pass.Analyzers[analyzer(p.Set)].ExecutionTime.TotalMilliseconds));
}
