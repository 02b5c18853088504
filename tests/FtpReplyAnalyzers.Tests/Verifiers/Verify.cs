using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// One-line verification of FTP0001 with the Roslyn testing library: sources in markup, compiled against the
/// .NET 8 reference pack (restored by the test project) and the bundled enum library, as a user's project is.
/// </summary>
internal static class Verify
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    public static MetadataReference BundledLibrary { get; } = MetadataReference.CreateFromFile(typeof(FtpReplyCode).Assembly.Location);

    /// <summary>Diagnostics exactly where the markup says, with the default message checks.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync(source, referenceBundledLibrary: true, expected);

    public static Task AnalyzerAsync(string source, bool referenceBundledLibrary, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        if (!referenceBundledLibrary)
        {
            test.TestState.AdditionalReferences.Remove(BundledLibrary);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Several files in one compilation (stand-ins for FluentFTP, ASP.NET Core...).</summary>
    public static Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Diagnostics of another rule's analyzer exactly where the markup says.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = Net80 };
        test.TestState.AdditionalReferences.Add(BundledLibrary);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one site at a time and through Fix All.</summary>
    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// The fix's action number <paramref name="index"/> (0 is the first offered), whose equivalence key must be
    /// <paramref name="equivalenceKey"/>, applied one site at a time and through Fix All.
    /// </summary>
    public static Task FixWithActionAsync(int index, string equivalenceKey, string source, string fixedSource)
    {
        var test = new FixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = index,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        return test.RunAsync();
    }

    /// <summary>
    /// The fix whose equivalence key is <paramref name="equivalenceKey"/>: applied site by site where a site offers it
    /// (<paramref name="fixedOneByOne"/>, whose markup marks the sites left), and through Fix All (<paramref name="fixedAll"/>).
    /// </summary>
    public static Task FixByKeyAsync(string equivalenceKey, string source, string fixedOneByOne, string fixedAll, int iterations = 1)
    {
        var test = new FixTest
        {
            TestCode = source,
            FixedCode = fixedOneByOne,
            BatchFixedCode = fixedAll,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        };

        // The sites left in the one-by-one result have no such fix: their markup is expected, not ignored as fixable.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary><see cref="FixAsync"/> with an <c>.editorconfig</c> beside the sources (a <c>[*.cs]</c> section of <paramref name="options"/>).</summary>
    public static Task FixWithOptionsAsync(string options, string source, string fixedSource)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig(options)));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig(options)));
        return test.RunAsync();
    }

    /// <summary>Another rule's diagnostics with an <c>.editorconfig</c> beside the source.</summary>
    public static Task AnalyzerWithOptionsAsync<TAnalyzer>(string options, string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = Net80 };
        test.TestState.AdditionalReferences.Add(BundledLibrary);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig(options)));
        return test.RunAsync();
    }

    private static string EditorConfig(string options) => "root = true\n\n[*.cs]\n" + options + "\n";

    /// <summary>Reported, but no fix is offered (a string case label, an expression tree...).</summary>
    public static Task NoFixAsync(string source)
    {
        var test = new FixTest { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }

    /// <summary>An FTP0001 result at markup location <paramref name="markupKey"/> with the message for <paramref name="code"/>.</summary>
    public static DiagnosticResult Diagnostic(int markupKey, int code, string member)
    {
        var definition = ReplyCodeCatalog.All.Single(d => d.Code == code);
        return new DiagnosticResult(Descriptors.MagicReplyCode)
            .WithLocation(markupKey)
            .WithArguments(definition.CodeText, definition.Meaning, ReplyCodeCatalog.DescribeClass(definition.ClassDigit), member);
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<MagicReplyCodeAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = Net80;
            TestState.AdditionalReferences.Add(BundledLibrary);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }

    private sealed class FixTest : CSharpCodeFixTest<MagicReplyCodeAnalyzer, MagicReplyCodeFixProvider, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = Net80;
            TestState.AdditionalReferences.Add(BundledLibrary);
            FixedState.AdditionalReferences.Add(BundledLibrary);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }
}
