using System.Collections.Immutable;
using System.Diagnostics;
using FtpReplyAnalyzers.Reliability.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Reliability.Stress;

/// <summary>
/// Whole-compilation analysis, as a build runs it: every tree, the host's concurrent execution, analyzer exceptions
/// caught (AD0001) and returned. For the pathological inputs and the concurrency checks.
/// </summary>
public static class StressAnalysis
{
    /// <summary>What one analysis reported, in a stable order, and how long it took.</summary>
    public sealed record Outcome(ImmutableArray<string> Diagnostics, ImmutableArray<string> Failures, TimeSpan Elapsed);

    public static CSharpCompilation Compile(IEnumerable<(string Name, string Text)> sources) =>
        CSharpCompilation.Create(
            "Stress",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, FixHost.ParseOptions, s.Name)),
            ReferenceSet.Net80AndBundledLibrary,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs <paramref name="analyzers"/> (by default every analyzer the package ships) over the whole compilation.</summary>
    public static async Task<Outcome> AnalyzeAsync(Compilation compilation, bool concurrent, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var clock = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, diagnostic) => failures.Enqueue(exception.ToString()),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers ?? FixHost.Analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);
        var lines = diagnostics
            .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.GetLineSpan().Span} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} "
                + string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        foreach (var failure in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Enqueue(failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new Outcome(lines, [.. failures], clock.Elapsed);
    }
}
