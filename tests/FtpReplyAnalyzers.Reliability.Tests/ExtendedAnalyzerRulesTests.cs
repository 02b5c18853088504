using System.Collections.Immutable;
using System.Reflection;
using FtpReplyAnalyzers.Reliability.Hosting;
using FtpReplyAnalyzers.Reliability.Mutation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FtpReplyAnalyzers.Reliability.Tests;

/// <summary>
/// No shared mutable state and no banned APIs in the analyzer and fix assemblies: Microsoft.CodeAnalysis.Analyzers'
/// own rules, RS1008 (per-compilation data in analyzer fields) and RS1035 (I/O, environment, console... banned under
/// EnforceExtendedAnalyzerRules), run over their sources as the build runs them. A canary proves the rules fire.
/// </summary>
public sealed class ExtendedAnalyzerRulesTests
{
    private static readonly string[] Rules = ["RS1008", "RS1035"];

    [Theory]
    [InlineData("src/FtpReplyAnalyzers.Analyzers")]
    [InlineData("src/FtpReplyAnalyzers.CodeFixes")]
    public async Task Analyzer_and_fix_sources_break_no_extended_analyzer_rule(string project)
    {
        var folder = Path.Combine(SeedSources.RepositoryRoot, project);
        Assert.Contains("<EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>", await File.ReadAllTextAsync(Path.Combine(folder, Path.GetFileName(folder) + ".csproj")));

        // Both projects compile the analyzer sources (the fix project references them), and the catalog linked in.
        var sources = Directory.GetFiles(Path.Combine(SeedSources.RepositoryRoot, "src", "FtpReplyAnalyzers.Analyzers"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(SeedSources.RepositoryRoot, "src", "FtpReplyAnalyzers.ReplyCodes", "Catalog"), "*.cs"))
            .Concat(project.EndsWith("CodeFixes", StringComparison.Ordinal) ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories) : [])
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var reported = await RunRulesAsync(sources.Select(path => (path, File.ReadAllText(path))));

        Assert.Empty(reported);
    }

    [Fact]
    public async Task Canary_analyzer_with_state_and_file_io_is_caught()
    {
        const string Leaky = """
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using Microsoft.CodeAnalysis.Diagnostics;

            [DiagnosticAnalyzer(LanguageNames.CSharp)]
            public sealed class LeakyAnalyzer : DiagnosticAnalyzer
            {
                private Compilation? last;

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

                public override void Initialize(AnalysisContext context)
                {
                    context.EnableConcurrentExecution();
                    context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                    context.RegisterCompilationAction(c =>
                    {
                        last = c.Compilation;
                        System.IO.File.WriteAllText("log.txt", last.AssemblyName);
                    });
                }
            }
            """;

        var reported = await RunRulesAsync([("Leaky.cs", Leaky)]);

        Assert.Contains(reported, d => d.StartsWith("RS1008", StringComparison.Ordinal));
        Assert.Contains(reported, d => d.StartsWith("RS1035", StringComparison.Ordinal));

        // RS1036 asks for EnforceExtendedAnalyzerRules: its absence shows the rules saw the property, so RS1035 was live.
        Assert.DoesNotContain(reported, d => d.StartsWith("RS1036", StringComparison.Ordinal));
    }

    // Compiles the sources against .NET 8 and the Roslyn the package targets, then runs the RS rules with the build
    // property EnforceExtendedAnalyzerRules set, as the SDK passes it to analyzers.
    private static async Task<ImmutableArray<string>> RunRulesAsync(IEnumerable<(string Path, string Text)> sources)
    {
        var references = ReferenceSet.Net80AndBundledLibrary
            .Add(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "RulesSubject",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, FixHost.ParseOptions, s.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(Rules.ToDictionary(r => r, _ => ReportDiagnostic.Error)));

        // Analyzer config keys are case-insensitive, as the SDK's generated .globalconfig is read.
        var options = new AnalyzerOptions([], new BuildProperties(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["build_property.EnforceExtendedAnalyzerRules"] = "true",
            ["build_property.IsRoslynComponent"] = "true",
        }));
        var diagnostics = await compilation.WithAnalyzers(RuleAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => Rules.Contains(d.Id) || d.Id == "AD0001" || d.Id == "RS1036")
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToImmutableArray();
    }

    private static ImmutableArray<DiagnosticAnalyzer> RuleAnalyzers()
    {
        var package = typeof(ExtendedAnalyzerRulesTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "MicrosoftCodeAnalysisAnalyzers").Value!;
        var folder = Path.Combine(package, "analyzers", "dotnet", "cs");
        return Directory.GetFiles(folder, "*.dll")
            .SelectMany(path => new AnalyzerFileReference(path, Loader.Instance).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class BuildProperties(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        // A tree's options include the global ones, as the SDK's .globalconfig applies to every file.
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
