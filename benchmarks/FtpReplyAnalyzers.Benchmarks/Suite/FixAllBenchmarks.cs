using BenchmarkDotNet.Attributes;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.FTP0001;

namespace FtpReplyAnalyzers.Benchmarks.Suite;

/// <summary>Fix All for every FTP0001 site of a corpus, computed and applied, from the same warm workspace each time.</summary>
[Config(typeof(SuiteConfig))]
public class FixAllBenchmarks
{
    private FixAllPass pass = null!;

    [Params("N", "4N")]
    public string Corpus { get; set; } = "N";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SuiteCorpora.Get(Corpus);
        var finder = new MagicReplyCodeAnalyzer();
        var found = AnalysisPass.RunAsync(corpus, [finder]).GetAwaiter().GetResult().Analyzers[finder].Reported;
        pass = FixAllPass.PrepareAsync(corpus, found).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Fix All")]
    public async Task<int> FixAll() => (await pass.RunAsync()).ChangedDocuments;
}
