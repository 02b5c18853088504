using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Reliability.Hosting;

/// <summary>
/// One source through everything a user's tools do with FTP0001: analysis, every offered fix applied on its own,
/// Fix All, the fixed code compiled again, and a second analysis and Fix All that must change nothing.
/// </summary>
public static class FixRoundTrip
{
    /// <summary>What one round trip found and produced.</summary>
    public sealed record Result(
        Document Original,
        Document Fixed,
        int Diagnostics,
        int FixesApplied,
        ImmutableArray<Finding> Findings)
    {
        /// <summary>
        /// What the analyzers and fixes did, line by line: each diagnostic (id, span, message, properties), each offered
        /// action's title and a hash of what it wrote, and a hash of the Fix All result. Two builds that give one source
        /// the same trace behaved identically on it.
        /// </summary>
        public string Trace { get; init; } = string.Empty;
    }

    /// <summary>
    /// Runs the round trip; each step's exception or time-out becomes a crash finding, never an exception. With
    /// <paramref name="checkSingleFixCompiles"/>, the result of each single fix is compiled too (one compilation per site).
    /// </summary>
    public static async Task<Result> RunAsync(FixHost host, string source, string origin, bool checkSingleFixCompiles, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var token = cancellation.Token;
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var original = host.Subject(source);
        var fixedDocument = original;
        var diagnostics = 0;
        var fixesApplied = 0;
        var trace = new System.Text.StringBuilder();

        void Add(FindingKind kind, string detail) => findings.Add(new Finding(kind, origin, detail, source));

        var step = "analysis";
        try
        {
            var analysis = await FixHost.AnalyzeAsync(original, concurrent: false, token).ConfigureAwait(false);
            diagnostics = analysis.Diagnostics.Length;
            foreach (var failure in analysis.Failures)
            {
                Add(FindingKind.Crash, "analyzer threw: " + failure);
            }

            var before = await FixHost.CompilerDiagnosticsAsync(original, token).ConfigureAwait(false);
            foreach (var diagnostic in analysis.Diagnostics)
            {
                step = "code fix at " + Where(diagnostic);
                trace.Append(Describe(diagnostic)).Append('\n');
                foreach (var action in await FixHost.ActionsForAsync(original, diagnostic, token).ConfigureAwait(false))
                {
                    var single = await FixHost.ApplyAsync(original, action, token).ConfigureAwait(false);
                    fixesApplied++;
                    trace.Append("  fix '").Append(action.Title).Append("' ").Append(Hash((await single.GetTextAsync(token).ConfigureAwait(false)).ToString())).Append('\n');
                    if (checkSingleFixCompiles)
                    {
                        var after = await FixHost.CompilerDiagnosticsAsync(single, token).ConfigureAwait(false);
                        foreach (var introduced in Introduced(before, after))
                        {
                            Add(FindingKind.FixCompileRegression, $"'{action.Title}' at {Where(diagnostic)} introduced {introduced}");
                        }
                    }
                }
            }

            step = "Fix All";
            fixedDocument = await FixHost.FixAllAsync(original, analysis.Diagnostics, token).ConfigureAwait(false);
            var afterFixAll = await FixHost.CompilerDiagnosticsAsync(fixedDocument, token).ConfigureAwait(false);
            foreach (var introduced in Introduced(before, afterFixAll))
            {
                Add(FindingKind.FixCompileRegression, "Fix All introduced " + introduced);
            }

            step = "second analysis";
            var again = await FixHost.AnalyzeAsync(fixedDocument, concurrent: false, token).ConfigureAwait(false);
            foreach (var failure in again.Failures)
            {
                Add(FindingKind.Crash, "analyzer threw on the fixed code: " + failure);
            }

            step = "second Fix All";
            var fixedTwice = await FixHost.FixAllAsync(fixedDocument, again.Diagnostics, token).ConfigureAwait(false);
            var once = (await fixedDocument.GetTextAsync(token).ConfigureAwait(false)).ToString();
            trace.Append("fix all ").Append(Hash(once)).Append('\n');
            var twice = (await fixedTwice.GetTextAsync(token).ConfigureAwait(false)).ToString();
            if (once != twice)
            {
                Add(FindingKind.NonIdempotent, "a second Fix All changed the fixed code:" + Environment.NewLine + FirstDifference(once, twice));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Add(FindingKind.Crash, $"{step} did not finish within {timeout.TotalSeconds:F0} s");
        }
        catch (Exception exception)
        {
            Add(IsOurs(exception) ? FindingKind.Crash : FindingKind.HostFailure, $"{step} threw: {exception}");
        }

        return new Result(original, fixedDocument, diagnostics, fixesApplied, findings.ToImmutable()) { Trace = trace.ToString() };
    }

    /// <summary>True when a frame of the analyzer or fix assemblies (not this harness) is on the exception's stack.</summary>
    public static bool IsOurs(Exception exception) =>
        exception.ToString().Split('\n')
            .Select(line => line.TrimStart())
            .Any(line => line.StartsWith("at FtpReplyAnalyzers.", StringComparison.Ordinal)
                && !line.StartsWith("at FtpReplyAnalyzers.Reliability.", StringComparison.Ordinal));

    /// <summary>
    /// Errors and warnings of <paramref name="after"/> beyond those of <paramref name="before"/>, counted per id:
    /// positions move when a literal becomes a member name, ids and counts do not.
    /// </summary>
    public static IEnumerable<string> Introduced(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> after)
    {
        static Dictionary<string, int> Count(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
                .GroupBy(d => d.Id)
                .ToDictionary(g => g.Key, g => g.Count());

        var had = Count(before);
        foreach (var (id, count) in Count(after))
        {
            if (count > had.GetValueOrDefault(id))
            {
                var example = after.First(d => d.Id == id);
                yield return $"{id} x{count - had.GetValueOrDefault(id)} ({example.Location.GetLineSpan().StartLinePosition}: {example.GetMessage(System.Globalization.CultureInfo.InvariantCulture)})";
            }
        }
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var properties = string.Join(";", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return $"{diagnostic.Id} {diagnostic.Location.SourceSpan} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{properties}]";
    }

    private static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 8);

    private static string Where(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"{position.Line + 1}:{position.Character + 1}";
    }

    private static string FirstDifference(string once, string twice)
    {
        var a = once.Split('\n');
        var b = twice.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: once:  {left.Trim()}{Environment.NewLine}        twice: {right.Trim()}";
            }
        }

        return "(texts differ in line endings only)";
    }
}
