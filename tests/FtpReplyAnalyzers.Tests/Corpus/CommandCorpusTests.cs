using System.Text.RegularExpressions;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace FtpReplyAnalyzers.Tests.Corpus;

/// <summary>
/// FTP0004 on the labelled corpus. Its labels are end-of-line comments, <c>// FTP0004: 250 PWD</c>, on the line of each
/// literal the rule must report (Corpus/Commands/LABELS.md, written by a helper who had not read the analyzer); every
/// other line of every set must stay silent. Known misses are listed in Corpus/known-misses.txt as for FTP0001.
/// </summary>
public sealed partial class CommandCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Sets = ["Commands", "Commands2", "Cases", "HeldOut", "Blind", "Idioms"];

    public static TheoryData<string> Cases() => new(CaseFiles());

    private static IEnumerable<string> CaseFiles() => Sets.SelectMany(set =>
        Directory.GetFiles(Path.Combine(CorpusRun.CorpusFolder, set), "*.cs").Select(path => set + "/" + Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_rule_reports_exactly_the_labelled_lines(string caseFile)
    {
        var result = await RunAsync(caseFile);
        Assert.Empty(result.AnalyzerFailures);
        var known = KnownMisses.Value.Where(k => k.StartsWith(caseFile + ":", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var actual = result.FalsePositives.Select(l => $"{caseFile}:{l} ftp0004-false-positive")
            .Concat(result.FalseNegatives.Select(l => $"{caseFile}:{l} ftp0004-missed"))
            .Order(StringComparer.Ordinal);
        Assert.True(known.SequenceEqual(actual), $"{caseFile}: {string.Join(", ", actual)}; known: {string.Join(", ", known)}");
    }

    [Fact]
    public async Task Precision_and_recall_over_the_command_set()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var caseFile in CaseFiles())
        {
            var result = await RunAsync(caseFile);
            truePositives += result.TruePositives;
            falsePositives += result.FalsePositives.Count;
            falseNegatives += result.FalseNegatives.Count;
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"corpus FTP0004: tp={truePositives} fp={falsePositives} fn={falseNegatives} precision={precision:F3} recall={recall:F3}");
        Assert.True(falsePositives == 0, $"precision {precision:F3}: {falsePositives} false positives");
        Assert.True(recall >= 0.9, $"recall {recall:F3}");
    }

    // A label: the code and the command, on the line it stands on (1-based).
    private static async Task<CommandCase> RunAsync(string caseFile)
    {
        var run = await CorpusRun.AnalyzeAsync(caseFile, new MagicReplyCodeAnalyzer());
        var text = run.Trees[0].GetText();
        var expected = text.Lines
            .Select(line => (Number: line.LineNumber + 1, Match: Label().Match(line.ToString())))
            .Where(l => l.Match.Success)
            .Select(l => $"{l.Number} {l.Match.Groups[1].Value} {l.Match.Groups[2].Value}")
            .ToHashSet(StringComparer.Ordinal);
        var reported = run.Reported(RuleIdentifiers.CommandNeverReplies)
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Properties["Code"]} {d.Properties["Verb"]}")
            .ToHashSet(StringComparer.Ordinal);
        return new CommandCase(
            run.AnalyzerFailures,
            reported.Count(expected.Contains),
            reported.Where(r => !expected.Contains(r)).Order(StringComparer.Ordinal).ToList(),
            expected.Where(e => !reported.Contains(e)).Order(StringComparer.Ordinal).ToList());
    }

    // Corpus/known-misses.txt lines of this rule: "<set>/<file>:<line> <code> <VERB> <ftp0004-missed|ftp0004-false-positive> <reason>".
    private static readonly Lazy<string[]> KnownMisses = new(() =>
        File.ReadAllLines(Path.Combine(CorpusRun.CorpusFolder, "known-misses.txt"))
            .Where(line => line.Contains(" ftp0004-", StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => string.Join(' ', line.Split(' ', 5).Take(4)))
            .ToArray());

    [GeneratedRegex(@"// FTP0004: (\d{3}) ([A-Z]{3,4})\s*$")]
    private static partial Regex Label();

    private sealed record CommandCase(IReadOnlyList<Diagnostic> AnalyzerFailures, int TruePositives, IReadOnlyList<string> FalsePositives, IReadOnlyList<string> FalseNegatives);
}
