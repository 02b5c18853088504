using FtpReplyAnalyzers.Benchmarks.Corpus;

namespace FtpReplyAnalyzers.Benchmarks.Suite;

/// <summary>The corpora of the quick mode (N = 300 files, 4N = 1200, the sample), generated and parsed once per process.</summary>
internal static class SuiteCorpora
{
    private static readonly Lazy<BenchmarkCorpus> Large = new(() =>
    {
        var corpus = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * Quick.QuickOptions.Quick.Files));
        _ = corpus.Trees;
        return corpus;
    });

    private static readonly Lazy<BenchmarkCorpus> Small = new(() => Large.Value.Prefix("N", Quick.QuickOptions.Quick.Files));

    private static readonly Lazy<BenchmarkCorpus> Sample = new(() =>
        BenchmarkCorpus.Sample() ?? throw new InvalidOperationException("samples/FtpClientSample not found: run from a clone"));

    public static BenchmarkCorpus Get(string name) => name switch
    {
        "N" => Small.Value,
        "4N" => Large.Value,
        "sample" => Sample.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "N, 4N or sample"),
    };
}
