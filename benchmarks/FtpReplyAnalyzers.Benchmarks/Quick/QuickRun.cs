using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>How the quick pipeline runs: corpus size, repetitions, and what it prints besides the five figures.</summary>
internal sealed record QuickOptions(int Files, int Repetitions, int FixAllRepetitions, ulong Seed, bool Details)
{
    /// <summary>About 50k lines (N) and 200k lines (4N), five repetitions: under two minutes on two cores.</summary>
    public static QuickOptions Quick { get; } = new(250, 5, 3, CorpusGenerator.DefaultSeed, Details: false);

    /// <summary>The same pipeline on a tiny corpus, for CI: proves it runs, measures nothing worth quoting.</summary>
    public static QuickOptions Smoke { get; } = new(10, 2, 1, CorpusGenerator.DefaultSeed, Details: false);
}

/// <summary>
/// The quick mode: the five headline figures, each from medians of repeated, interleaved measurements in one
/// process, after a warm-up. Prints exactly five lines to standard output; with --details, how they were obtained
/// goes to standard error.
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(QuickOptions options, TextWriter output, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var details = options.Details ? log : TextWriter.Null;

        var large = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        _ = large.Trees;
        var small = large.Prefix("N", options.Files);
        var sample = BenchmarkCorpus.Sample();
        BenchmarkCorpus[] measured = sample is null ? [small, large] : [small, large, sample];

        // Numbers from code that does not compile, or from a peer that did not run, would mean nothing: check first.
        foreach (var corpus in measured)
        {
            var errors = CompilePass.FirstErrors(corpus);
            if (errors.Length > 0)
            {
                log.WriteLine($"corpus {corpus.Name} does not compile:\n  " + string.Join("\n  ", errors));
                return 1;
            }
        }

        // Warm-up: JIT, tiering, and the metadata of the reference assemblies, none of which a measurement should pay.
        CompilePass.Run(small);
        await AnalysisPass.RunAsync(small, Analyzers(0).All);
        await (await FixAllPass.PrepareAsync(small)).RunAsync();

        var compiles = measured.ToDictionary(c => c, _ => new List<CompilePass>());
        var passes = measured.ToDictionary(c => c, _ => new List<(AnalyzerSet Set, AnalysisPass Pass)>());
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            foreach (var corpus in measured)
            {
                Settle();
                compiles[corpus].Add(CompilePass.Run(corpus));

                // The three analyzers run in one pass, in an order that turns with each repetition: each is charged
                // its own callbacks only, on the same compilation, in the same state of the machine.
                var set = Analyzers(repetition);
                Settle();
                passes[corpus].Add((set, await AnalysisPass.RunAsync(corpus, set.All)));
            }
        }

        var fixAll = new Dictionary<BenchmarkCorpus, List<(TimeSpan Time, int Changed, int Sites)>> { [small] = [], [large] = [] };
        for (var repetition = 0; repetition < options.FixAllRepetitions; repetition++)
        {
            foreach (var corpus in fixAll.Keys)
            {
                var pass = await FixAllPass.PrepareAsync(corpus);
                Settle();
                var (time, changed) = await pass.RunAsync();
                fixAll[corpus].Add((time, changed, pass.Sites));
            }
        }

        var checkedFix = await FixAllPass.PrepareAsync(small);
        await checkedFix.RunAsync();
        var (errorsAfterFix, sitesLeft) = await checkedFix.CheckAsync();

        double OursMs(BenchmarkCorpus corpus) => Statistics.Median(passes[corpus].Select(p => p.Pass.Analyzers[p.Set.Ours].ExecutionTime));
        double BaselineMs(BenchmarkCorpus corpus) => Statistics.Median(passes[corpus].Select(p => p.Pass.Analyzers[p.Set.Baseline].ExecutionTime));
        double PeerMs(BenchmarkCorpus corpus) => Statistics.Median(passes[corpus].Select(p => p.Pass.Analyzers[p.Set.Peer].ExecutionTime));
        double CompileMs(BenchmarkCorpus corpus) => Statistics.Median(compiles[corpus].Select(c => c.WallTime));
        double FixAllMs(BenchmarkCorpus corpus) => Statistics.Median(fixAll[corpus].Select(f => f.Time));

        // Ratios of analyzers measured in the same pass are taken pass by pass (a slow pass slows both), then the median.
        double PairedRatio(BenchmarkCorpus corpus, Func<AnalyzerSet, DiagnosticAnalyzer> other) => Statistics.Median(passes[corpus].Select(p =>
            p.Pass.Analyzers[p.Set.Ours].ExecutionTime.TotalMilliseconds / p.Pass.Analyzers[other(p.Set)].ExecutionTime.TotalMilliseconds));

        var figures = new (string Name, double Value)[]
        {
            ("ratio_vs_empty_baseline", PairedRatio(large, s => s.Baseline)),
            ("share_of_compile_percent", 100 * OursMs(large) / CompileMs(large)),
            ("growth_4x", OursMs(large) / OursMs(small)),
            ("ratio_vs_peer", PairedRatio(large, s => s.Peer)),
            ("fixall_growth_4x", FixAllMs(large) / FixAllMs(small)),
        };

        foreach (var (name, value) in figures)
        {
            output.WriteLine(name + ": " + value.ToString("F2", CultureInfo.InvariantCulture));
        }

        // What a skeptic needs to judge the five lines: the machine, the corpora, the absolute times, the counts.
        details.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        details.WriteLine($"settings: single-threaded compile and analysis (concurrentBuild and concurrentAnalysis off), {options.Repetitions} repetitions (Fix All: {options.FixAllRepetitions}), medians, seed 0x{options.Seed:X}");
        details.WriteLine($"peer: {PeerRule.Description}");
        details.WriteLine();
        details.WriteLine($"{"",-44}{"N",12}{"4N",12}{"sample",12}");
        Row("files (FTP files)", c => $"{c.GeneratedFileCount} ({c.Files.Count(f => f.Kind == SourceKind.Ftp)})");
        Row("lines", c => c.LineCount.ToString("N0", CultureInfo.InvariantCulture));
        Row("compile: parse ms", c => Ms(Statistics.Median(compiles[c].Select(p => p.ParseTime))));
        Row("compile: parse + bind + diagnostics ms", c => Ms(CompileMs(c)));
        Row("full analysis, three analyzers, wall ms", c => Ms(Statistics.Median(passes[c].Select(p => p.Pass.WallTime))));
        Row("FTP0001 analyzer ms", c => Ms(OursMs(c)));
        Row("empty baseline analyzer ms", c => Ms(BaselineMs(c)));
        Row("peer S109 analyzer ms", c => Ms(PeerMs(c)));
        Row("FTP0001 / empty baseline", c => Ratio(PairedRatio(c, s => s.Baseline)));
        Row("FTP0001 / peer", c => Ratio(PairedRatio(c, s => s.Peer)));
        Row("FTP0001 share of compile %", c => Ratio(100 * OursMs(c) / CompileMs(c)));
        Row("FTP0001 diagnostics (in FTP files)", c => Last(c, p => $"{p.Ours.Diagnostics} ({p.Ours.InFtpFiles})"));
        Row("S109 diagnostics", c => Last(c, p => p.Peer.Diagnostics.ToString(CultureInfo.InvariantCulture)));
        Row("Fix All ms", c => fixAll.TryGetValue(c, out var f) ? Ms(Statistics.Median(f.Select(x => x.Time))) : "");
        Row("Fix All sites / documents changed", c => fixAll.TryGetValue(c, out var f) ? $"{f[^1].Sites} / {f[^1].Changed}" : "");
        details.WriteLine($"after Fix All on N: {errorsAfterFix} compiler errors, {sitesLeft} FTP0001 sites left (those with no fix)");
        details.WriteLine($"total run time: {total.Elapsed.TotalSeconds:F1} s");

        var falsePositives = passes[large][^1].Pass.Analyzers[passes[large][^1].Set.Ours];
        if (falsePositives.Diagnostics != falsePositives.InFtpFiles)
        {
            log.WriteLine($"warning: FTP0001 reported {falsePositives.Diagnostics - falsePositives.InFtpFiles} sites outside the FTP files of the corpus");
        }

        if (passes[large][^1].Pass.Analyzers[passes[large][^1].Set.Peer].Diagnostics == 0 || errorsAfterFix > 0)
        {
            log.WriteLine("error: the peer reported nothing, or Fix All broke the build: the figures above are not valid");
            return 1;
        }

        return 0;

        void Row(string label, Func<BenchmarkCorpus, string> value) =>
            details.WriteLine($"{label,-44}{value(small),12}{value(large),12}{(sample is null ? "-" : value(sample)),12}");

        string Last(BenchmarkCorpus corpus, Func<(AnalyzerResult Ours, AnalyzerResult Peer), string> value)
        {
            var (set, pass) = passes[corpus][^1];
            return value((pass.Analyzers[set.Ours], pass.Analyzers[set.Peer]));
        }
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

    // A collection before each measurement, so that none pays for the garbage of the one before.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static AnalyzerSet Analyzers(int rotation) => new(new MagicReplyCodeAnalyzer(), new EmptyBaselineAnalyzer(), PeerRule.Create(), rotation);

    /// <summary>Fresh instances of the three analyzers, in an order that depends on <c>rotation</c>.</summary>
    private sealed record AnalyzerSet(DiagnosticAnalyzer Ours, DiagnosticAnalyzer Baseline, DiagnosticAnalyzer Peer, int Rotation)
    {
        public IReadOnlyList<DiagnosticAnalyzer> All
        {
            get
            {
                DiagnosticAnalyzer[] order = [Ours, Baseline, Peer];
                return [.. order.Skip(Rotation % 3), .. order.Take(Rotation % 3)];
            }
        }
    }
}
