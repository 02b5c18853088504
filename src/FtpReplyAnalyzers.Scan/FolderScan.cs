using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>One finding of a rule, at a place in a scanned file (path relative to the scanned folder).</summary>
    internal sealed record Finding(string File, int Line, int Column, int EndLine, int EndColumn, string Id, string Message, DiagnosticSeverity Severity);

    /// <summary>What one scan found.</summary>
    internal sealed record ScanResult(
        ImmutableArray<string> Files,
        ImmutableArray<string> RuleIds,
        ImmutableArray<Finding> Findings,
        ImmutableArray<string> AnalyzerFailures,
        int CompilerErrors,
        ImmutableArray<(string Id, int Count)> CommonCompilerErrors,
        TimeSpan Elapsed);

    /// <summary>Compiles a folder as one library (or program) and runs the package's analyzers over it.</summary>
    internal static class FolderScan
    {
        public const string AnalyzerFailureId = "AD0001";

        /// <summary>The global usings of an SDK project with ImplicitUsings enabled (Microsoft.NET.Sdk).</summary>
        private const string ImplicitUsings = """
            global using global::System;
            global using global::System.Collections.Generic;
            global using global::System.IO;
            global using global::System.Linq;
            global using global::System.Net.Http;
            global using global::System.Threading;
            global using global::System.Threading.Tasks;
            """;

        private static readonly string[] SkippedFolders = ["bin", "obj"];

        public static async Task<ScanResult> RunAsync(ScanOptions options, AnalyzerPackage package, ReferencePack referencePack)
        {
            var clock = Stopwatch.StartNew();
            var ruleIds = package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
                .Where(id => id != AnalyzerFailureId)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            if (options.Rules?.Except(ruleIds, StringComparer.Ordinal).ToArray() is { Length: > 0 } unknown)
            {
                throw new UsageException($"--rules: {string.Join(", ", unknown)} not among the package's rules ({string.Join(", ", ruleIds)})");
            }

            // A --with folder inside the scanned one is compiled once, and not reported.
            var extraFiles = options.ExtraSourceFolders.SelectMany(SourceFiles).Distinct(StringComparer.Ordinal).ToList();
            var files = SourceFiles(options.Folder).Except(extraFiles, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new UsageException($"no .cs files under '{options.Folder}'");
            }

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: referencePack.PreprocessorSymbols);
            var scanned = Parse(files, parseOptions);
            var others = Parse(extraFiles, parseOptions);
            if (options.ImplicitUsings)
            {
                others.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "ImplicitUsings.g.cs"));
            }

            // A library, unless a file has top-level statements: then a program, or that file alone would be an error (CS8805).
            var trees = scanned.Concat(others).ToList();
            var hasTopLevelStatements = trees.Any(tree => tree.GetCompilationUnitRoot().Members.Any(member => member is GlobalStatementSyntax));
            var compilation = CSharpCompilation.Create(
                "FtpReplyAnalyzers.Scan." + Path.GetFileName(options.Folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)),
                trees,
                References(options, package, referencePack),
                new CSharpCompilationOptions(
                    hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    allowUnsafe: true,
                    concurrentBuild: true));

            // A failure reaches the handler, and may also come back as an AD0001 diagnostic: the same diagnostic, counted once.
            var handled = new ConcurrentQueue<Diagnostic>();
            var analysisOptions = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                (exception, analyzer, diagnostic) => handled.Enqueue(diagnostic),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(package.Analyzers, analysisOptions).GetAllDiagnosticsAsync().ConfigureAwait(false);

            var failures = handled.Concat(diagnostics.Where(d => d.Id == AnalyzerFailureId))
                .Distinct()
                .Select(Describe)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();

            var reported = scanned.ToDictionary(tree => tree, tree => Path.GetRelativePath(options.Folder, tree.FilePath));
            var findings = diagnostics
                .Where(d => ruleIds.Contains(d.Id) && (options.Rules is null || options.Rules.Contains(d.Id)))
                .Where(d => d.Location.SourceTree is { } tree && reported.ContainsKey(tree))
                .Select(d =>
                {
                    var span = d.Location.GetLineSpan();
                    return new Finding(
                        reported[d.Location.SourceTree!],
                        span.StartLinePosition.Line + 1,
                        span.StartLinePosition.Character + 1,
                        span.EndLinePosition.Line + 1,
                        span.EndLinePosition.Character + 1,
                        d.Id,
                        d.GetMessage(CultureInfo.InvariantCulture),
                        d.Severity);
                })
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToImmutableArray();

            var compilerErrors = diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != AnalyzerFailureId && !ruleIds.Contains(d.Id))
                .ToList();
            var commonErrors = compilerErrors
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(g => g.Item2)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(5)
                .ToImmutableArray();

            return new ScanResult(
                [.. scanned.Select(tree => reported[tree]).Order(StringComparer.Ordinal)],
                options.Rules is null ? ruleIds : [.. ruleIds.Where(options.Rules.Contains)],
                findings,
                failures,
                compilerErrors.Count,
                commonErrors,
                clock.Elapsed);
        }

        /// <summary>Every .cs file under <paramref name="folder"/>, skipping bin/, obj/ and folders whose name starts with a dot.</summary>
        private static List<string> SourceFiles(string folder)
        {
            var files = new List<string>();
            var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
            var enumeration = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false };
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                files.AddRange(directory.EnumerateFiles("*.cs", enumeration).Select(f => f.FullName));
                foreach (var child in directory.EnumerateDirectories("*", enumeration))
                {
                    if (!child.Name.StartsWith('.')
                        && !SkippedFolders.Contains(child.Name, StringComparer.OrdinalIgnoreCase)
                        && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        pending.Push(child);
                    }
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files;
        }

        private static List<SyntaxTree> Parse(IEnumerable<string> files, CSharpParseOptions options) =>
            files.AsParallel().AsOrdered()
                .Select(path =>
                {
                    using var stream = File.OpenRead(path);
                    return CSharpSyntaxTree.ParseText(SourceText.From(stream), options, path);
                })
                .ToList();

        private static IEnumerable<MetadataReference> References(ScanOptions options, AnalyzerPackage package, ReferencePack referencePack)
        {
            var extra = options.ExtraReferences.SelectMany<string, string>(path =>
                File.Exists(path) ? [path]
                : Directory.Exists(path) ? Directory.GetFiles(path, "*.dll").Order(StringComparer.Ordinal)
                : throw new UsageException($"--reference: no file or folder '{path}'"));
            return referencePack.Assemblies.Concat(extra)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Concat(package.Libraries)
                .ToList();
        }

        /// <summary>An AD0001 diagnostic in full: which analyzer, the exception, and where it was analysing.</summary>
        private static string Describe(Diagnostic failure)
        {
            var where = failure.Location.IsInSource ? $"{failure.Location.SourceTree?.FilePath}{failure.Location.GetLineSpan().Span}: " : "";
            var details = failure.Descriptor.Description.ToString(CultureInfo.InvariantCulture);
            return $"{where}{failure.GetMessage(CultureInfo.InvariantCulture)}{(details.Length == 0 ? "" : Environment.NewLine + details)}";
        }
    }
}
