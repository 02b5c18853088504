// Investigation: where does one analyzer's time go, and did a change to a rule move it?
// `--profile ours|baseline|peer|fixall` repeats one thing on the 4N corpus, for a sampling profiler (perf) to watch,
// and prints each repetition's time; interleaved runs of two builds with --without-collections compare them pass by
// pass. Not needed for the five figures, the smoke run or the BenchmarkDotNet suite (benchmarks/README.md, "Profiling").
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.Benchmarks.Quick;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Investigations;

/// <summary>
/// One thing, repeated, for a profiler to watch: analysis with one analyzer set (ours, their empty baselines, or the
/// peer) on the 4N corpus, or Fix All on it. Prints each repetition's times to standard error.
/// </summary>
internal static class ProfileRun
{
    public static readonly string[] Targets = ["ours", "baseline", "peer", "fixall", "split"];

    public static async Task<int> RunAsync(string target, QuickOptions options, TextWriter log)
    {
        if (target == "split")
        {
            return await SplitRun.RunAsync(options, log);
        }

        var corpus = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        log.WriteLine($"{target} on {corpus.Name}: {corpus.GeneratedFileCount} files, {corpus.LineCount:N0} lines, {options.Repetitions} repetitions");
        var toFix = ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty;
        if (target == "fixall")
        {
            var finder = new MagicReplyCodeAnalyzer();
            toFix = (await AnalysisPass.RunAsync(corpus, [finder])).Analyzers[finder].Reported;
        }

        var fixAll = target == "fixall" ? await FixAllPass.PrepareAsync(corpus, toFix) : null;
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            // When the repetition starts, in the profiler's time (from process start), to tell warm-up from steady state.
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  repetition {repetition + 1} at {sinceStart.TotalMilliseconds:F0} ms"));
            if (fixAll is not null)
            {
                var (time, changed) = await fixAll.RunAsync();
                log.WriteLine($"  Fix All {time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms, {changed} documents");
                continue;
            }

            IReadOnlyList<DiagnosticAnalyzer> analyzers = target switch
            {
                "ours" => OurAnalyzers.Create(),
                "baseline" => [.. OurAnalyzers.Create().Select(EmptyBaselineAnalyzer.MirrorOf)],
                _ => [PeerRule.Create()],
            };
            var pass = await AnalysisPass.RunAsync(corpus, analyzers);
            foreach (var analyzer in analyzers)
            {
                var result = pass.Analyzers[analyzer];
                log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {OurAnalyzers.Name(analyzer)}: {result.ExecutionTime.TotalMilliseconds:F1} ms, {result.Diagnostics} diagnostics"));
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pass: wall {pass.WallTime.TotalMilliseconds:F0} ms, allocated {pass.AllocatedBytes / (1024.0 * 1024):F1} MiB, {pass.Collections} collections"));
        }

        return 0;
    }
}
