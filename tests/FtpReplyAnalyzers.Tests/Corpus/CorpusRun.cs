using System.Collections.Immutable;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Tests.Corpus;

/// <summary>One corpus case compiled with the stand-ins and analysed by one analyzer: what every corpus test reads.</summary>
internal sealed record CorpusRun(
    IReadOnlyList<SyntaxTree> Trees,
    IReadOnlyList<TextSpan> ExpectedSpans,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<Diagnostic> CompilerErrors,
    IReadOnlyList<Diagnostic> AnalyzerFailures)
{
    public static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The case's own diagnostics of rule <paramref name="id"/> (not the stand-ins').</summary>
    public IEnumerable<Diagnostic> Reported(string id) =>
        Diagnostics.Where(d => d.Id == id && d.Location.SourceTree == Trees[0]);

    public static async Task<CorpusRun> AnalyzeAsync(string caseFile, DiagnosticAnalyzer analyzer)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var (source, expectedSpans) = Markup.Parse(await File.ReadAllTextAsync(Path.Combine(CorpusFolder, caseFile)));
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, parseOptions, caseFile) };
        foreach (var standIn in Directory.GetFiles(Path.Combine(CorpusFolder, "StandIns"), "*.cs"))
        {
            trees.Add(CSharpSyntaxTree.ParseText(await File.ReadAllTextAsync(standIn), parseOptions, Path.GetFileName(standIn)));
        }

        var compilation = CSharpCompilation.Create(
            "Corpus_" + Path.GetFileNameWithoutExtension(caseFile.Replace('/', '_')),
            trees,
            await TestReferences.AllAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var failures = new List<Diagnostic>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, diagnostic) => failures.Add(diagnostic),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync();
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001"));
        return new CorpusRun(
            trees,
            expectedSpans,
            diagnostics,
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList(),
            failures);
    }
}
