using BenchmarkDotNet.Attributes;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Suite;

/// <summary>
/// A full analysis of a fresh compilation, one analyzer set at a time: our analyzers, as many empty baselines, the
/// peer, and the compilation alone. Time and allocations are those of the whole pass, so the difference between our
/// analyzers and the empty baselines is what our rules add to a build, allocations included.
/// </summary>
[Config(typeof(SuiteConfig))]
public class AnalysisBenchmarks
{
    private BenchmarkCorpus corpus = null!;

    [Params("sample", "N", "4N")]
    public string Corpus { get; set; } = "N";

    [GlobalSetup]
    public void Setup() => corpus = SuiteCorpora.Get(Corpus);

    [Benchmark(Baseline = true, Description = "empty baselines")]
    public Task<int> EmptyBaselines() => AnalyzeAsync([.. OurAnalyzers.Create().Select(EmptyBaselineAnalyzer.MirrorOf)]);

    [Benchmark(Description = "our analyzers")]
    public Task<int> Ours() => AnalyzeAsync(OurAnalyzers.Create());

    [Benchmark(Description = "peer S109")]
    public Task<int> Peer() => AnalyzeAsync([PeerRule.Create()]);

    [Benchmark(Description = "compile only")]
    public int CompileOnly() => CompilePass.Run(corpus).Errors.Length;

    private async Task<int> AnalyzeAsync(IReadOnlyList<DiagnosticAnalyzer> analyzers)
    {
        var pass = await AnalysisPass.RunAsync(corpus, analyzers);
        return pass.Analyzers.Values.Sum(a => a.Diagnostics);
    }
}
