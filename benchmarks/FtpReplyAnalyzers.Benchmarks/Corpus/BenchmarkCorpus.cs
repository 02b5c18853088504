using System.Collections.Immutable;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// A set of source files compiled as one project: against the .NET 8 reference assemblies and the bundled
/// <c>FtpReplyCode</c> library, as a user's project that installed the package is. Parsed once; every measurement
/// then gets a fresh compilation of the same trees, so that binding is never served from an earlier pass.
/// </summary>
internal sealed class BenchmarkCorpus
{
    private ImmutableArray<SyntaxTree> trees;
    private Dictionary<string, SourceKind>? kinds;

    private BenchmarkCorpus(string name, IReadOnlyList<SourceFile> files, OutputKind outputKind)
    {
        Name = name;
        Files = files;
        OutputKind = outputKind;
        LineCount = files.Sum(f => f.LineCount);
    }

    public string Name { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    public OutputKind OutputKind { get; }

    public int LineCount { get; }

    /// <summary>Files other than the shared support files.</summary>
    public int GeneratedFileCount => Files.Count(f => f.Kind != SourceKind.Support);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>
    /// Nullable analysis on, as in every new project; one core (the analyzer's time is compared with this compile
    /// time, and analyzer telemetry adds up callback times, so both are measured single-threaded). S109, the peer
    /// rule, is off by default in SonarAnalyzer and is switched on here; the option changes nothing for other analyzers.
    /// </summary>
    public CSharpCompilationOptions CompilationOptions => new CSharpCompilationOptions(
            OutputKind,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false)
        .WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>(PeerRule.DiagnosticId, ReportDiagnostic.Warn)]);

    /// <summary>The parsed trees, parsed on first use and shared by every compilation of this corpus.</summary>
    public ImmutableArray<SyntaxTree> Trees => trees.IsDefault ? trees = Parse() : trees;

    public static BenchmarkCorpus Generated(string name, IReadOnlyList<SourceFile> files) => new(name, files, OutputKind.DynamicallyLinkedLibrary);

    /// <summary>
    /// samples/FtpClientSample, read from the repository, with the global usings its SDK project gets from
    /// <c>ImplicitUsings</c>. Null when the benchmark runs outside a clone.
    /// </summary>
    public static BenchmarkCorpus? Sample()
    {
        var folder = RepositoryRoot.Find() is { } root ? Path.Combine(root, "samples", "FtpClientSample") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        const string ImplicitUsings = """
            global using global::System;
            global using global::System.Collections.Generic;
            global using global::System.IO;
            global using global::System.Linq;
            global using global::System.Net.Http;
            global using global::System.Threading;
            global using global::System.Threading.Tasks;

            """;
        var files = new List<SourceFile> { new("obj/FtpClientSample.GlobalUsings.g.cs", ImplicitUsings, SourceKind.Support, 8) };
        foreach (var path in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            files.Add(new SourceFile(Path.GetFileName(path), text, SourceKind.Ftp, text.Count(c => c == '\n')));
        }

        return new BenchmarkCorpus("sample", files, OutputKind.ConsoleApplication);
    }

    /// <summary>The first <paramref name="fileCount"/> generated files, with the support files (a corpus's prefix).</summary>
    public BenchmarkCorpus Prefix(string name, int fileCount)
    {
        var files = Files.Where(f => f.Kind == SourceKind.Support).Concat(Files.Where(f => f.Kind != SourceKind.Support).Take(fileCount)).ToList();
        var prefix = new BenchmarkCorpus(name, files, OutputKind);
        if (!trees.IsDefault)
        {
            // Same files, same trees: parsing is not repeated, and both corpora compile the very same syntax.
            var byPath = trees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
            prefix.trees = [.. files.Select(f => byPath[f.Path])];
        }

        return prefix;
    }

    /// <summary>Parses every file (the parse part of the compilation's own cost).</summary>
    public ImmutableArray<SyntaxTree> Parse() =>
        [.. Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text), ParseOptions, f.Path))];

    public CSharpCompilation CreateCompilation() => CreateCompilation(Trees);

    public CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> syntaxTrees) =>
        CSharpCompilation.Create("Corpus_" + Name, syntaxTrees, ReferenceAssemblies.All, CompilationOptions);

    /// <summary>The kind of the file a diagnostic is in (support files count as application code here).</summary>
    public SourceKind KindOf(SyntaxTree? tree)
    {
        kinds ??= Files.ToDictionary(f => f.Path, f => f.Kind, StringComparer.Ordinal);
        return tree is not null && kinds.TryGetValue(tree.FilePath, out var kind) ? kind : SourceKind.Support;
    }
}
