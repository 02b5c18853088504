using System.Globalization;
using System.Runtime.InteropServices;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>
/// What a skeptic needs to judge the figures (<c>--details</c>, on standard error): the machine, the corpora, the
/// absolute times with their spread over the repetitions, the counts.
/// </summary>
internal static class QuickDetails
{
    public static void Write(TextWriter log, QuickMeasurements m, QuickOptions options, (int Errors, int? SitesLeft) afterFix, string load)
    {
        var (small, large, sample) = (m.Small, m.Large, m.Sample);
        log.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}; {load}");
        log.WriteLine($"settings: single-threaded compile and analysis (concurrentBuild and concurrentAnalysis off), {options.Repetitions} repetitions (Fix All: {options.FixAllRepetitions}; editor: {options.Edits} edits after {QuickMeasurements.WarmUpEdits} unkept, fastest of {IdeEditPass.Repeats} runs each, median over the edits), each analyzer and the compile: fastest of the repetitions; Fix All: median; seed 0x{options.Seed:X}");
        log.WriteLine($"peer: {PeerRule.Description}");
        log.WriteLine();
        var rules = m.RuleNames;
        log.WriteLine($"{"",-46}{"N",12}{"4N",12}{"sample",12}");
        Row("files (FTP files)", c => $"{c.GeneratedFileCount} ({c.Files.Count(f => f.Kind == SourceKind.Ftp)})");
        Row("lines", c => c.LineCount.ToString("N0", CultureInfo.InvariantCulture));
        Row("compile: parse + bind + diagnostics, ms", c => c == large ? Ms(m.CompileMs) : "");
        Row("full analysis with all of them, ms", c => Ms(m.WallMs(c)));
        Row($"our analyzers ({string.Join(", ", rules)}), ms", c => Ms(m.OursMs(c)));
        for (var rule = 0; rule < rules.Count; rule++)
        {
            var index = rule;
            Row($"  {rules[rule]}, ms", c => Ms(m.RuleMs(c, index)));
        }

        Row($"empty mirrors (x{rules.Count}), ms", c => Ms(m.BaselineMs(c)));
        Row($"reading mirrors (x{rules.Count}), ms", c => Ms(m.ReadingBaselineMs(c)));
        Row("peer S109 analyzer, ms", c => Ms(m.PeerMs(c)));
        Row("ours / empty mirrors", c => Ratio(m.OursMs(c) / m.BaselineMs(c)));
        Row("ours / reading mirrors", c => Ratio(m.OursMs(c) / m.ReadingBaselineMs(c)));
        Row("ours / peer", c => Ratio(m.OursMs(c) / m.PeerMs(c)));
        Row("  per pass: lowest-highest", c => Spread(m.PerPassOursOverPeer(c)));
        Row("our diagnostics (in FTP files)", c => Last(c, (set, pass) => $"{set.Ours.Sum(o => pass.Analyzers[o].Diagnostics)} ({set.Ours.Sum(o => pass.Analyzers[o].InFtpFiles)})"));
        Row("S109 diagnostics", c => Last(c, (set, pass) => pass.Analyzers[set.Peer].Diagnostics.ToString(CultureInfo.InvariantCulture)));
        Row("editor: one edit, ours, ms (median)", c => Edit(c, e => e.OursMs));
        Row("editor: one edit, empty mirrors, ms", c => Edit(c, e => e.MirrorsMs));
        Row("editor: ours beyond mirrors, ms", c => Edit(c, e => e.ExtraMs));
        Row("editor: ours / mirrors (median)", c => m.Edits.ContainsKey(c) ? Ratio(QuickFigures.EditRatio(m, c)) : "");
        Row("  per edit: lowest-highest", c => m.Edits.TryGetValue(c, out var edits) ? Spread(edits.Select(e => e.Ratio)) : "");
        Row("Fix All: compute and apply, ms", c => m.FixAll.ContainsKey(c) ? Ms(m.FixAllMs(c)) : "");
        Row("Fix All: sites / documents changed", c => m.FixAll.TryGetValue(c, out var f) ? $"{f[^1].Sites} / {f[^1].Changed}" : "");
        log.WriteLine($"growth 4N / N: ours {Ratio(m.OursMs(large) / m.OursMs(small))}, peer {Ratio(m.PeerMs(large) / m.PeerMs(small))}, empty mirrors {Ratio(m.BaselineMs(large) / m.BaselineMs(small))}, whole analysis (wall) {Ratio(m.WallMs(large) / m.WallMs(small))}");
        log.WriteLine($"after Fix All on N: {afterFix.Errors} compiler errors" + (afterFix.SitesLeft is { } left ? $", {left} FTP0001 sites left (those with no fix)" : ""));
        var measured = m.Passes.Values.SelectMany(p => p).Select(p => p.Pass.Collections).Concat(m.Compiles.Select(c => c.Collections)).ToList();
        log.WriteLine(CollectionFreeRegion.Enabled
            ? $"collections inside measured passes: {measured.Count(c => c > 0)} of {measured.Count} passes had any (--without-collections: each pass in a no-GC region where the runtime grants one)"
            : $"collections inside measured passes: {measured.Sum()} in {measured.Count} passes");

        void Row(string label, Func<BenchmarkCorpus, string> value) =>
            log.WriteLine($"{label,-46}{value(small),12}{value(large),12}{(sample is null ? "-" : value(sample)),12}");

        string Last(BenchmarkCorpus corpus, Func<AnalyzerSet, AnalysisPass, string> value)
        {
            var (set, pass) = m.Passes[corpus][^1];
            return value(set, pass);
        }

        string Edit(BenchmarkCorpus corpus, Func<IdeEditTimes, double> value) =>
            m.Edits.TryGetValue(corpus, out var edits) ? Ms(Statistics.Median(edits.Select(value))) : "";
    }

    // The machine's load (Linux): measurements are only as good as the quiet around them.
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

    private static string Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        return $"{Ratio(list.Min())}-{Ratio(list.Max())}";
    }
}
