// Investigation: how much of our rules' time goes to the code they are about? `--profile split` runs our rules on the
// 4N corpus four ways in the same repetition: on every file, on its FTP files only, on its other files only, and on no
// file (the callbacks still come, and return). Not needed for the figures (benchmarks/README.md, "Investigations").
using System.Globalization;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.Benchmarks.Quick;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Benchmarks.Investigations;

/// <summary>
/// Our rules' time on the FTP files of the 4N corpus and on the rest (application and shared code): full passes of
/// the whole corpus in which our rules run unchanged but are called only for operations in some files
/// (<see cref="FileFilteredAnalyzer"/>). The pass with no file is the floor every pass pays (the driver's callbacks and
/// the rules' compilation-start work); each part's own time is its pass less the floor.
/// </summary>
internal static class SplitRun
{
    public static async Task<int> RunAsync(QuickOptions options, TextWriter log)
    {
        var corpus = BenchmarkCorpus.Generated("4N", CorpusGenerator.Generate(4 * options.Files, options.Seed));
        var ftpFiles = corpus.Trees.Where(t => corpus.KindOf(t) == SourceKind.Ftp).ToHashSet();
        log.WriteLine($"split on {corpus.Name}: {ftpFiles.Count} FTP files, {corpus.Trees.Length - ftpFiles.Count} other files, {options.Repetitions} repetitions");
        HashSet<SyntaxTree>[] parts = [[.. corpus.Trees], ftpFiles, [.. corpus.Trees.Where(t => !ftpFiles.Contains(t))], []];
        var fastest = Enumerable.Repeat(double.MaxValue, parts.Length).ToArray();
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            var times = new double[parts.Length];
            var diagnostics = new int[parts.Length];
            for (var part = 0; part < parts.Length; part++)
            {
                var runsIn = parts[part];
                var pass = await AnalysisPass.RunAsync(corpus, [.. OurAnalyzers.Create().Select(rule => new FileFilteredAnalyzer(rule, runsIn))]);
                times[part] = pass.Analyzers.Values.Sum(r => r.ExecutionTime.TotalMilliseconds);
                diagnostics[part] = pass.Analyzers.Values.Sum(r => r.Diagnostics);
                fastest[part] = Math.Min(fastest[part], times[part]);
            }

            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  repetition {repetition + 1}: every file {times[0]:F1} ms ({diagnostics[0]} diagnostics), FTP files {times[1]:F1} ms ({diagnostics[1]}), other files {times[2]:F1} ms ({diagnostics[2]}), no file {times[3]:F1} ms"));
        }

        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fastest of the repetitions: every file {fastest[0]:F1} ms, FTP files {fastest[1]:F1} ms, other files {fastest[2]:F1} ms, no file {fastest[3]:F1} ms; beyond the floor, other files are {OtherShare(fastest):F0}% of the two parts"));
        return 0;
    }

    // The other files' part of what the two parts cost beyond the pass with no file.
    private static double OtherShare(double[] times)
    {
        var ftp = times[1] - times[3];
        var other = times[2] - times[3];
        return 100 * other / (ftp + other);
    }
}
