using System.Globalization;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>The listing: one line per finding, "path(line,col): ID message", then the summary.</summary>
    internal static class Report
    {
        public static void WriteFindings(TextWriter output, ScanResult result, Grouping grouping)
        {
            if (grouping == Grouping.File)
            {
                foreach (var finding in result.Findings)
                {
                    output.WriteLine(Line(finding));
                }

                return;
            }

            foreach (var rule in result.Findings.GroupBy(f => f.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine(Invariant($"== {rule.Key} ({rule.Count()})"));
                foreach (var finding in rule)
                {
                    output.WriteLine(Line(finding));
                }
            }
        }

        public static void WriteSummary(TextWriter output, ScanResult result, IReadOnlyList<string> loadFailures)
        {
            var perFile = result.Findings.GroupBy(f => f.File, StringComparer.Ordinal)
                .Select(g => (File: g.Key, Count: g.Count()))
                .OrderByDescending(g => g.Count)
                .ThenBy(g => g.File, StringComparer.Ordinal)
                .ToList();
            var perRule = result.RuleIds.Select(id => Invariant($"{id}: {result.Findings.Count(f => f.Id == id)}"));

            output.WriteLine();
            output.WriteLine("== summary");
            output.WriteLine(Invariant($"files: {result.Files.Length} ({perFile.Count} with findings)"));
            output.WriteLine(Invariant($"findings: {result.Findings.Length} ({string.Join(", ", perRule)})"));
            foreach (var (file, count) in perFile)
            {
                output.WriteLine(Invariant($"  {count,5}  {file}"));
            }

            output.WriteLine(Invariant($"analyzer failures (AD0001): {result.AnalyzerFailures.Length}"));
            if (loadFailures.Count > 0)
            {
                output.WriteLine(Invariant($"analyzer load failures: {loadFailures.Count}"));
            }

            var errors = Invariant($"compiler errors: {result.CompilerErrors}");
            if (result.CompilerErrors > 0)
            {
                var common = string.Join(", ", result.CommonCompilerErrors.Select(e => Invariant($"{e.Id} x{e.Count}")));
                var more = result.CommonCompilerErrors.Sum(e => e.Count) < result.CompilerErrors ? ", ..." : "";
                errors += $" ({common}{more}): a note, not a failure; code that does not resolve (types of packages not referenced) is analysed all the same";
            }

            output.WriteLine(errors);
            output.WriteLine(Invariant($"time: {result.Elapsed.TotalSeconds:0.0} s"));
        }

        /// <summary>
        /// Every analyzer failure in full on standard output, under a banner that standard error repeats: a failure means
        /// the counts are incomplete, and must not go unseen.
        /// </summary>
        public static void WriteFailures(TextWriter output, TextWriter error, ScanResult result, IReadOnlyList<string> loadFailures)
        {
            if (result.AnalyzerFailures.IsEmpty && loadFailures.Count == 0)
            {
                return;
            }

            var banner = Invariant($"!!! ANALYZER FAILURES: {result.AnalyzerFailures.Length} AD0001, {loadFailures.Count} load failures: the findings are incomplete !!!");
            output.WriteLine();
            output.WriteLine(banner);
            foreach (var failure in loadFailures)
            {
                output.WriteLine("load failure: " + failure);
            }

            foreach (var failure in result.AnalyzerFailures)
            {
                output.WriteLine(FolderScan.AnalyzerFailureId + ": " + failure);
            }

            error.WriteLine(banner);
        }

        private static string Line(Finding finding) => Invariant($"{finding.File}({finding.Line},{finding.Column}): {finding.Id} {finding.Message}");

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
