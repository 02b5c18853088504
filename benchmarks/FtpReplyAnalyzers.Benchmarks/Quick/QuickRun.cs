using System.Collections.Immutable;
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
internal sealed record QuickOptions(int Files, int Repetitions, int FixAllRepetitions, ulong Seed, bool Details, bool CheckFixedCode)
{
    /// <summary>About 50k lines (N) and 200k lines (4N), three repetitions: about 110 s on two idle cores.</summary>
    public static QuickOptions Quick { get; } = new(300, 3, 3, CorpusGenerator.DefaultSeed, Details: false, CheckFixedCode: false);

    /// <summary>The same pipeline on a tiny corpus, for CI: proves it runs and checks Fix All's output; its figures mean little.</summary>
    public static QuickOptions Smoke { get; } = new(10, 2, 2, CorpusGenerator.DefaultSeed, Details: false, CheckFixedCode: true);
}

/// <summary>
/// The quick mode: the five headline figures, each from medians of repeated measurements in one process, after a
/// warm-up. Prints exactly five lines to standard output; with --details, how they were obtained goes to standard
/// error. A check that fails (a corpus that does not compile, a peer that reported nothing, a Fix All that broke
/// the build) makes it exit 1: such figures would mean nothing.
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(QuickOptions options, TextWriter output, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var loadAtStart = LoadAverage();
        var details = options.Details ? log : TextWriter.Null;

        var large = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        _ = large.Trees;
        var small = large.Prefix("N", options.Files);
        var sample = BenchmarkCorpus.Sample();
        BenchmarkCorpus[] analysed = sample is null ? [small, large] : [small, large, sample];

        // Warm-up: JIT and tiering of every path (the runtime promotes hot methods to optimized code only once the JIT
        // has gone quiet, which the first pass over a new compiler never lets it), and the reference assemblies' metadata.
        // One pass over 4N: after two passes over N, the first 4N pass still ran slower than the ones after it (profile
        // mode: FTP0001 155, 102, then 74 to 84 ms), so the first repetition's 4N figures were still warming up.
        await AnalysisPass.RunAsync(large, Analyzers(1).All);

        // The three analyzers run in one pass: each is charged its own callbacks only, on the same compilation, in the
        // same state of the machine (AnalyzerSet says in which order).
        var passes = analysed.ToDictionary(c => c, _ => new List<(AnalyzerSet Set, AnalysisPass Pass)>());
        var compiles = new List<CompilePass>();
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            foreach (var corpus in analysed)
            {
                var set = Analyzers(repetition);
                Settle();
                passes[corpus].Add((set, await AnalysisPass.RunAsync(corpus, set.All)));
            }

            Settle();
            compiles.Add(CompilePass.Run(large));
        }

        if (compiles[0].Errors.Length > 0)
        {
            log.WriteLine("error: the corpus does not compile, so its timings mean nothing:\n  " + string.Join("\n  ", compiles[0].Errors.Take(10)));
            return 1;
        }

        // Fix All starts from the sites the analysis found, on a workspace prepared once per corpus and put back to its
        // prepared state before each run. The sample warms up the code fix and the workspace layer.
        if (sample is not null)
        {
            await (await FixAllPass.PrepareAsync(sample, OursReported(sample))).RunAsync();
        }

        var fixAll = new Dictionary<BenchmarkCorpus, List<(TimeSpan Time, int Changed, int Sites)>> { [small] = [], [large] = [] };
        (int Errors, int? SitesLeft) afterFix = default;
        foreach (var corpus in fixAll.Keys)
        {
            var pass = await FixAllPass.PrepareAsync(corpus, OursReported(corpus));
            for (var run = 0; run < options.FixAllRepetitions; run++)
            {
                Settle();
                var (time, changed) = await pass.RunAsync();
                fixAll[corpus].Add((time, changed, pass.Sites));
            }

            if (corpus == small)
            {
                afterFix = await pass.CheckAsync(options.CheckFixedCode);
            }
        }

        ImmutableArray<Diagnostic> OursReported(BenchmarkCorpus corpus)
        {
            var (set, last) = passes[corpus][^1];
            return last.Analyzers[set.Fixable].Reported;
        }

        // Each analyzer's time is its median over the repetitions; ours (and the baselines') is the sum of those medians.
        // A collection that lands in one rule's callback in one pass and in another rule's in the next then moves no
        // median, where the median of per-pass sums (or of per-pass ratios) takes both hits.
        double Median(BenchmarkCorpus corpus, Func<AnalyzerSet, DiagnosticAnalyzer> analyzer) =>
            Statistics.Median(passes[corpus].Select(p => p.Pass.Analyzers[analyzer(p.Set)].ExecutionTime.TotalMilliseconds));
        double RuleMs(BenchmarkCorpus corpus, int rule) => Median(corpus, s => s.Ours[rule]);
        double OursMs(BenchmarkCorpus corpus) => Enumerable.Range(0, passes[corpus][0].Set.Ours.Count).Sum(rule => RuleMs(corpus, rule));
        double BaselineMs(BenchmarkCorpus corpus) => Enumerable.Range(0, passes[corpus][0].Set.Baselines.Count).Sum(rule => Median(corpus, s => s.Baselines[rule]));
        double PeerMs(BenchmarkCorpus corpus) => Median(corpus, s => s.Peer);
        double FixAllMs(BenchmarkCorpus corpus) => Statistics.Median(fixAll[corpus].Select(f => f.Time));
        var compileMs = Statistics.Median(compiles.Select(c => c.WallTime));

        var figures = new (string Name, double Value)[]
        {
            ("ratio_vs_empty_baseline", OursMs(large) / BaselineMs(large)),
            ("share_of_compile_percent", 100 * OursMs(large) / compileMs),
            ("growth_4x", OursMs(large) / OursMs(small)),
            ("ratio_vs_peer", OursMs(large) / PeerMs(large)),
            ("fixall_growth_4x", FixAllMs(large) / FixAllMs(small)),
        };

        foreach (var (name, value) in figures)
        {
            output.WriteLine(name + ": " + value.ToString("F2", CultureInfo.InvariantCulture));
        }

        // What a skeptic needs to judge the five lines: the machine, the corpora, the absolute times, the counts.
        details.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}; load average {loadAtStart} at start, {LoadAverage()} at end");
        details.WriteLine($"settings: single-threaded compile and analysis (concurrentBuild and concurrentAnalysis off), {options.Repetitions} repetitions (Fix All: {options.FixAllRepetitions}), medians, seed 0x{options.Seed:X}");
        details.WriteLine($"peer: {PeerRule.Description}");
        details.WriteLine();
        var rules = passes[large][0].Set.Ours.Select(OurAnalyzers.Name).ToArray();
        details.WriteLine($"{"",-46}{"N",12}{"4N",12}{"sample",12}");
        Row("files (FTP files)", c => $"{c.GeneratedFileCount} ({c.Files.Count(f => f.Kind == SourceKind.Ftp)})");
        Row("lines", c => c.LineCount.ToString("N0", CultureInfo.InvariantCulture));
        Row("compile: parse + bind + diagnostics, ms", c => c == large ? Ms(compileMs) : "");
        Row("full analysis with all of them, ms", c => Ms(Statistics.Median(passes[c].Select(p => p.Pass.WallTime))));
        Row($"our analyzers ({string.Join(", ", rules)}), ms", c => Ms(OursMs(c)));
        for (var rule = 0; rule < rules.Length; rule++)
        {
            var index = rule;
            Row($"  {rules[rule]}, ms", c => Ms(RuleMs(c, index)));
        }

        Row($"empty baseline analyzers (x{rules.Length}), ms", c => Ms(BaselineMs(c)));
        Row("peer S109 analyzer, ms", c => Ms(PeerMs(c)));
        Row("ours / empty baselines", c => Ratio(OursMs(c) / BaselineMs(c)));
        Row("ours / peer", c => Ratio(OursMs(c) / PeerMs(c)));
        Row("our diagnostics (in FTP files)", c => Last(c, p => $"{p.Ours.Sum(o => o.Diagnostics)} ({p.Ours.Sum(o => o.InFtpFiles)})"));
        Row("S109 diagnostics", c => Last(c, p => p.Peer.Diagnostics.ToString(CultureInfo.InvariantCulture)));
        Row("Fix All: compute and apply, ms", c => fixAll.TryGetValue(c, out var f) ? Ms(Statistics.Median(f.Select(x => x.Time))) : "");
        Row("Fix All: sites / documents changed", c => fixAll.TryGetValue(c, out var f) ? $"{f[^1].Sites} / {f[^1].Changed}" : "");
        double Wall(BenchmarkCorpus corpus) => Statistics.Median(passes[corpus].Select(p => p.Pass.WallTime.TotalMilliseconds));
        details.WriteLine($"growth 4N / N: ours {Ratio(OursMs(large) / OursMs(small))}, peer {Ratio(PeerMs(large) / PeerMs(small))}, empty baselines {Ratio(BaselineMs(large) / BaselineMs(small))}, whole analysis (wall) {Ratio(Wall(large) / Wall(small))}");
        details.WriteLine($"after Fix All on N: {afterFix.Errors} compiler errors" + (afterFix.SitesLeft is { } left ? $", {left} FTP0001 sites left (those with no fix)" : ""));
        var measured = passes.Values.SelectMany(p => p).Select(p => p.Pass.Collections).Concat(compiles.Select(c => c.Collections)).ToList();
        details.WriteLine(CollectionFreeRegion.Enabled
            ? $"collections inside measured passes: {measured.Count(c => c > 0)} of {measured.Count} passes had any (--without-collections: each pass in a no-GC region where the runtime grants one)"
            : $"collections inside measured passes: {measured.Sum()} in {measured.Count} passes");
        details.WriteLine($"run time: {total.Elapsed.TotalSeconds:F1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds:F1} s CPU");

        var (lastSet, lastPass) = passes[large][^1];
        var ours = lastSet.Ours.Select(o => lastPass.Analyzers[o]).ToList();
        if (ours.Sum(o => o.Diagnostics) != ours.Sum(o => o.InFtpFiles))
        {
            log.WriteLine($"warning: our rules reported {ours.Sum(o => o.Diagnostics - o.InFtpFiles)} sites outside the FTP files of the corpus");
        }

        var peerReported = lastPass.Analyzers[lastSet.Peer].Diagnostics;
        if (peerReported == 0 || lastPass.Analyzers[lastSet.Fixable].Diagnostics == 0 || afterFix.Errors > 0)
        {
            log.WriteLine("error: an analyzer reported nothing, or Fix All broke the build: the figures above are not valid");
            return 1;
        }

        return 0;

        void Row(string label, Func<BenchmarkCorpus, string> value) =>
            details.WriteLine($"{label,-46}{value(small),12}{value(large),12}{(sample is null ? "-" : value(sample)),12}");

        string Last(BenchmarkCorpus corpus, Func<(IReadOnlyList<AnalyzerResult> Ours, AnalyzerResult Peer), string> value)
        {
            var (set, pass) = passes[corpus][^1];
            return value(([.. set.Ours.Select(o => pass.Analyzers[o])], pass.Analyzers[set.Peer]));
        }
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

    // The machine's load (Linux): measurements are only as good as the quiet around them.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    // A collection before each measurement, so that none pays for the garbage of the one before.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static AnalyzerSet Analyzers(int rotation)
    {
        var ours = OurAnalyzers.Create();
        return new(ours, [.. ours.Select(EmptyBaselineAnalyzer.MirrorOf)], PeerRule.Create(), rotation);
    }

    /// <summary>
    /// Fresh instances of our analyzers (every rule the package ships), as many empty baselines (each of ours pays the
    /// floor once), and the peer. Ours and the baselines swap places from one repetition to the next; the peer always
    /// runs after ours. The order once decided who paid the driver's per-file [GeneratedCode] check inside a report;
    /// our rules ask for ReportDiagnostics now, so they never pay it, whatever the order (benchmarks/README.md).
    /// </summary>
    private sealed record AnalyzerSet(IReadOnlyList<DiagnosticAnalyzer> Ours, IReadOnlyList<DiagnosticAnalyzer> Baselines, DiagnosticAnalyzer Peer, int Rotation)
    {
        public IReadOnlyList<DiagnosticAnalyzer> All => Rotation % 2 == 0
            ? [.. Ours, .. Baselines, Peer]
            : [.. Baselines, .. Ours, Peer];

        /// <summary>The analyzer whose sites Fix All fixes.</summary>
        public DiagnosticAnalyzer Fixable => Ours.OfType<MagicReplyCodeAnalyzer>().Single();
    }
}
