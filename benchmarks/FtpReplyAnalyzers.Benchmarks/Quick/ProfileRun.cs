using System.Diagnostics;
using System.Globalization;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>
/// One thing, repeated, for a profiler to watch (README "Profiling"): analysis with a single analyzer on the 4N
/// corpus, or Fix All on it. Prints each repetition's times to standard error.
/// </summary>
internal static class ProfileRun
{
    public static readonly string[] Targets = ["ours", "baseline", "peer", "fixall"];

    public static async Task<int> RunAsync(string target, QuickOptions options, TextWriter log)
    {
        var corpus = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        log.WriteLine($"{target} on {corpus.Name}: {corpus.GeneratedFileCount} files, {corpus.LineCount:N0} lines, {options.Repetitions} repetitions");
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            // When the repetition starts, in the profiler's time (from process start), to tell warm-up from steady state.
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  repetition {repetition + 1} at {sinceStart.TotalMilliseconds:F0} ms"));
            if (target == "fixall")
            {
                var fixAll = await FixAllPass.PrepareAsync(corpus);
                var (time, changed) = await fixAll.RunAsync();
                log.WriteLine($"  Fix All {time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms, {changed} documents");
                continue;
            }

            DiagnosticAnalyzer analyzer = target switch
            {
                "ours" => new MagicReplyCodeAnalyzer(),
                "baseline" => new EmptyBaselineAnalyzer(),
                _ => PeerRule.Create(),
            };
            var pass = await AnalysisPass.RunAsync(corpus, [analyzer]);
            var result = pass.Analyzers[analyzer];
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  analyzer {result.ExecutionTime.TotalMilliseconds:F1} ms, wall {pass.WallTime.TotalMilliseconds:F0} ms, allocated {pass.AllocatedBytes / (1024.0 * 1024):F1} MiB, {result.Diagnostics} diagnostics"));
        }

        return 0;
    }
}
