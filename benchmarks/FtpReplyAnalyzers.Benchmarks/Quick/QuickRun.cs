using System.Diagnostics;
using System.Globalization;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>How the quick pipeline runs: corpus size, repetitions, editor edits, and what it prints besides the figures.</summary>
internal sealed record QuickOptions(int Files, int Repetitions, int FixAllRepetitions, int Edits, ulong Seed, bool Details, bool CheckFixedCode)
{
    /// <summary>About 50k lines (N) and 200k lines (4N), five repetitions, 41 edits: about four minutes on two idle cores.</summary>
    public static QuickOptions Quick { get; } = new(300, 5, 3, 41, CorpusGenerator.DefaultSeed, Details: false, CheckFixedCode: false);

    /// <summary>The same pipeline on a tiny corpus, for CI: proves it runs and checks Fix All's output; its figures mean little.</summary>
    public static QuickOptions Smoke { get; } = new(10, 2, 2, 5, CorpusGenerator.DefaultSeed, Details: false, CheckFixedCode: true);
}

/// <summary>
/// The quick mode: the headline figures, each from repeated measurements in one process (QuickMeasurements says how
/// they are combined), after a warm-up.
/// Prints exactly <see cref="QuickFigures.Names"/>, one line each, to standard output; with --details, how they were
/// obtained goes to standard error. A check that fails (a corpus that does not compile, a peer that reported nothing,
/// a Fix All that broke the build) makes it exit 1: such figures would mean nothing.
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(QuickOptions options, TextWriter output, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var loadAtStart = QuickDetails.LoadAverage();

        var large = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        _ = large.Trees;
        var small = large.Prefix("N", options.Files);
        var sample = BenchmarkCorpus.Sample();
        var m = new QuickMeasurements(small, large, sample);

        // Warm-up: JIT and tiering of every path (the runtime promotes hot methods to optimized code only once the JIT
        // has gone quiet, which the first pass over a new compiler never lets it), and the reference assemblies' metadata.
        // One pass over 4N: after two passes over N, the first 4N pass still ran slower than the ones after it (profile
        // mode: FTP0001 155, 102, then 74 to 84 ms), so the first repetition's 4N figures were still warming up.
        await AnalysisPass.RunAsync(large, AnalyzerSet.Create(0).All);

        // All the analyzers of a figure run in one pass: each is charged its own callbacks only, on the same compilation,
        // in the same state of the machine (AnalyzerSet says in which order).
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            foreach (var corpus in m.Analysed)
            {
                var set = AnalyzerSet.Create(repetition);
                Settle();
                m.Passes[corpus].Add((set, await AnalysisPass.RunAsync(corpus, set.All)));
            }

            Settle();
            m.Compiles.Add(CompilePass.Run(large));
        }

        if (m.Compiles[0].Errors.Length > 0)
        {
            log.WriteLine("error: the corpus does not compile, so its timings mean nothing:\n  " + string.Join("\n  ", m.Compiles[0].Errors.Take(10)));
            return 1;
        }

        await MeasureEditsAsync(m, options);
        var afterFix = await MeasureFixAllAsync(m, options);

        var figures = QuickFigures.Of(m);
        foreach (var (name, value) in figures)
        {
            output.WriteLine(name + ": " + value.ToString("F2", CultureInfo.InvariantCulture));
        }

        if (options.Details)
        {
            QuickDetails.Write(log, m, options, afterFix, $"load average {loadAtStart} at start, {QuickDetails.LoadAverage()} at end");
            log.WriteLine($"run time: {total.Elapsed.TotalSeconds:F1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds:F1} s CPU");
        }

        return Check(m, afterFix, log);
    }

    // The editor's loop on both corpora, the same edits, with one set of analyzer instances kept for every edit (an
    // editor loads the analyzers once). The first edits warm up the path and are not kept.
    private static async Task MeasureEditsAsync(QuickMeasurements m, QuickOptions options)
    {
        var ours = OurAnalyzers.Create();
        IReadOnlyList<DiagnosticAnalyzer> mirrors = [.. ours.Select(EmptyBaselineAnalyzer.MirrorOf)];
        var files = m.Small.Files.Count(f => f.Kind == SourceKind.Ftp);
        foreach (var corpus in new[] { m.Small, m.Large })
        {
            Settle();
            _ = await IdeEditPass.RunAsync(corpus, files, QuickMeasurements.WarmUpEdits, ours, mirrors);
            m.Edits[corpus] = await IdeEditPass.RunAsync(corpus, files, options.Edits, ours, mirrors);
        }
    }

    // Fix All starts from the sites the analysis found, on a workspace prepared once per corpus and put back to its
    // prepared state before each run. The sample warms up the code fix and the workspace layer.
    private static async Task<(int Errors, int? SitesLeft)> MeasureFixAllAsync(QuickMeasurements m, QuickOptions options)
    {
        if (m.Sample is not null)
        {
            await (await FixAllPass.PrepareAsync(m.Sample, m.OursReported(m.Sample))).RunAsync();
        }

        (int Errors, int? SitesLeft) afterFix = default;
        foreach (var corpus in new[] { m.Small, m.Large })
        {
            var pass = await FixAllPass.PrepareAsync(corpus, m.OursReported(corpus));
            for (var run = 0; run < options.FixAllRepetitions; run++)
            {
                Settle();
                var (time, changed) = await pass.RunAsync();
                m.FixAll[corpus].Add((time, changed, pass.Sites));
            }

            if (corpus == m.Small)
            {
                afterFix = await pass.CheckAsync(options.CheckFixedCode);
            }
        }

        return afterFix;
    }

    private static int Check(QuickMeasurements m, (int Errors, int? SitesLeft) afterFix, TextWriter log)
    {
        var (lastSet, lastPass) = m.Passes[m.Large][^1];
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
    }

    // A collection before each measurement, so that none pays for the garbage of the one before.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
