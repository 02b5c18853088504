using System.Globalization;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.Benchmarks.Quick;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Investigations;

/// <summary>
/// <c>--profile ours --against OTHER.dll</c>: our rules and another build's (<see cref="OtherBuild"/>) in the same passes
/// on 4N, the two sets taking turns to run first. Each rule's time in each build is the driver's own telemetry, as in the
/// quick mode. Whichever set runs first pays for much of what the compiler computes lazily (up to twice its time), so
/// the passes are read in pairs, one of each order: what it prints at the end is, per rule, the median over the pairs
/// after the warm-up of (this build's time in both) / (the other's in both), with their range: a same-run comparison
/// in which a slow moment of the machine slows both.
/// </summary>
internal static class SideBySideRun
{
    public static async Task<int> RunAsync(string otherAssembly, QuickOptions options, TextWriter log)
    {
        var corpus = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        var warmUp = options.Repetitions > 4 ? 2 : 0;
        log.WriteLine($"ours against {otherAssembly} on {corpus.Name}: {corpus.GeneratedFileCount} files, {corpus.LineCount:N0} lines, {options.Repetitions} passes ({warmUp} warm-up)");

        var times = new Dictionary<string, List<(double Ours, double Other)>>(StringComparer.Ordinal);
        var totals = new List<(double Ours, double Other)>();
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            var ours = OurAnalyzers.Create();
            var other = OtherBuild.Create(otherAssembly);
            IReadOnlyList<DiagnosticAnalyzer> all = repetition % 2 == 0 ? [.. ours, .. other] : [.. other, .. ours];
            var pass = await AnalysisPass.RunAsync(corpus, all);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pass {repetition + 1} ({(repetition % 2 == 0 ? "ours" : "other")} first): wall {pass.WallTime.TotalMilliseconds:F0} ms, {pass.Collections} collections"));
            var total = (Ours: 0.0, Other: other.Sum(o => pass.Analyzers[o].ExecutionTime.TotalMilliseconds));
            foreach (var rule in ours)
            {
                var name = OurAnalyzers.Name(rule);
                var mine = pass.Analyzers[rule];
                total.Ours += mine.ExecutionTime.TotalMilliseconds;
                var twin = other.FirstOrDefault(o => OurAnalyzers.Name(o) == name);

                // A rule the other build lacks costs it nothing: it counts at 0 there, in the total as in its own line.
                var theirs = twin is null ? 0.0 : pass.Analyzers[twin].ExecutionTime.TotalMilliseconds;
                log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    {name}: ours {mine.ExecutionTime.TotalMilliseconds:F1} ms ({mine.Diagnostics} diagnostics), other {(twin is null ? "not in that build" : $"{theirs:F1} ms ({pass.Analyzers[twin].Diagnostics} diagnostics)")}"));
                if (repetition >= warmUp)
                {
                    (times.TryGetValue(name, out var list) ? list : times[name] = []).Add((mine.ExecutionTime.TotalMilliseconds, theirs));
                }
            }

            if (repetition >= warmUp)
            {
                totals.Add(total);
            }
        }

        times["all rules"] = totals;

        log.WriteLine("rule: ours ms / other ms (medians of the passes), ratio ours/other (median over pairs of passes) [lowest, highest]");
        foreach (var (name, list) in times)
        {
            if (list.All(t => t.Other == 0))
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Statistics.Median(list.Select(t => t.Ours)):F1} / -, not in the other build"));
                continue;
            }

            var ratios = Enumerable.Range(0, list.Count / 2)
                .Select(pair => (list[2 * pair].Ours + list[(2 * pair) + 1].Ours) / (list[2 * pair].Other + list[(2 * pair) + 1].Other))
                .DefaultIfEmpty(double.NaN)
                .ToArray();
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {Statistics.Median(list.Select(t => t.Ours)):F1} / {Statistics.Median(list.Select(t => t.Other)):F1}, ratio {Statistics.Median(ratios):F3} [{ratios.Min():F3}, {ratios.Max():F3}]"));
        }

        return 0;
    }
}
