using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// One-line verification of a rule and its fix with the Roslyn testing library: sources in markup, parsed as C# 12 and
/// compiled as a user's project is, against <see cref="TestReferences"/> (the .NET 8 reference pack and the bundled
/// library, unless a method says without). Fix verifications also run Fix All in document, project and solution.
/// A rule without a fix is verified with a provider that fixes nothing but names the rule (<see cref="UnknownReplyCodeHasNoFix"/>).
/// Tests call it by the rule's alias (<c>VerifyFtp0001</c>, <c>VerifyFtp0002</c>, <c>VerifyFtp0003</c>: RuleVerifiers.cs).
/// </summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Diagnostics exactly where the markup says (with the default message checks) and <paramref name="expected"/>.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) => VerifyAnalyzerAsync([source], expected);

    /// <summary>Several files in one compilation: stand-ins for FluentFTP or ASP.NET Core, an ordinary file beside a generated one.</summary>
    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected) =>
        RunAsync(CreateAnalyzerTest(sources), expected);

    /// <summary>Diagnostics in a project that does not reference the bundled library.</summary>
    public static Task VerifyAnalyzerWithoutLibraryAsync(string source, params DiagnosticResult[] expected)
    {
        var test = CreateAnalyzerTest([source]);
        test.TestState.AdditionalReferences.Remove(TestReferences.BundledLibrary);
        return RunAsync(test, expected);
    }

    /// <summary>Diagnostics with an <c>.editorconfig</c> beside the source (a <c>[*.cs]</c> section of <paramref name="options"/>).</summary>
    public static Task VerifyAnalyzerWithOptionsAsync(string options, string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerWithOptionsAsync(options, [source], expected);

    /// <summary>Several files in one compilation, with an <c>.editorconfig</c> beside them.</summary>
    public static Task VerifyAnalyzerWithOptionsAsync(string options, string[] sources, params DiagnosticResult[] expected)
    {
        var test = CreateAnalyzerTest(sources);
        test.TestState.AnalyzerConfigFiles.Add(EditorConfig(options));
        return RunAsync(test, expected);
    }

    /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one site at a time and through Fix All.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        VerifyCodeFixAsync([source], [fixedSource], expected);

    /// <summary>
    /// Several documents fixed together, each source into the fixed source at its index (Fix All in project and
    /// solution reaches each); a file the fix leaves alone, such as a stand-in, is given in both.
    /// </summary>
    public static Task VerifyCodeFixAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected) =>
        RunAsync(CreateCodeFixTest(sources, fixedSources), expected);

    /// <summary>
    /// The fix's action number <paramref name="index"/> (0 is the first offered), whose equivalence key must be
    /// <paramref name="equivalenceKey"/>, applied one site at a time and through Fix All.
    /// </summary>
    public static Task VerifyCodeFixWithActionAsync(int index, string equivalenceKey, string source, string fixedSource)
    {
        var test = CreateCodeFixTest([source], [fixedSource]);
        test.CodeActionIndex = index;
        test.CodeActionEquivalenceKey = equivalenceKey;
        return test.RunAsync();
    }

    /// <summary>
    /// The fix whose equivalence key is <paramref name="equivalenceKey"/>: applied site by site where a site offers it
    /// (<paramref name="fixedOneByOne"/>, whose markup marks the sites left), and through Fix All (<paramref name="fixedAll"/>).
    /// </summary>
    public static Task VerifyCodeFixByKeyAsync(string equivalenceKey, string source, string fixedOneByOne, string fixedAll, int iterations = 1)
    {
        var test = CreateCodeFixTest([source], [fixedOneByOne]);
        test.BatchFixedCode = fixedAll;
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.NumberOfIncrementalIterations = iterations;
        test.NumberOfFixAllIterations = 1;

        // The sites left in either result have no such fix: their markup is expected, not ignored as fixable.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary><see cref="VerifyCodeFixAsync(string, string, DiagnosticResult[])"/> with an <c>.editorconfig</c> beside the sources.</summary>
    public static Task VerifyCodeFixWithOptionsAsync(string options, string source, string fixedSource)
    {
        var test = CreateCodeFixTest([source], [fixedSource]);
        test.TestState.AnalyzerConfigFiles.Add(EditorConfig(options));
        test.FixedState.AnalyzerConfigFiles.Add(EditorConfig(options));
        return test.RunAsync();
    }

    /// <summary>Code as an editor holds it while typing: compiler diagnostics are expected and not checked, only what the fix writes.</summary>
    public static Task VerifyCodeFixInBrokenCodeAsync(string source, string fixedSource)
    {
        var test = CreateCodeFixTest([source], [fixedSource]);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    /// <summary>
    /// A fix offered site by site only (it has no Fix All: FTP0004's, which changes behaviour): applied one site at a
    /// time until none is left.
    /// </summary>
    public static Task VerifySingleSiteCodeFixAsync(string source, string fixedSource, int iterations = 1)
    {
        var test = CreateCodeFixTest([source], [fixedSource]);
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        test.NumberOfIncrementalIterations = iterations;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary>Reported, but no fix is offered (a string case label, an expression tree...).</summary>
    public static Task VerifyNoCodeFixAsync(string source) => VerifyCodeFixAsync(source, source);

    /// <summary>Reported in one of several files (stand-ins beside it), but no fix is offered.</summary>
    public static Task VerifyNoCodeFixAsync(string[] sources) => VerifyCodeFixAsync(sources, sources);

    /// <summary>Reported in a project that does not reference the bundled library, where no fix is offered.</summary>
    public static Task VerifyNoCodeFixWithoutLibraryAsync(string source)
    {
        var test = CreateCodeFixTest([source], [source]);
        test.TestState.AdditionalReferences.Remove(TestReferences.BundledLibrary);
        test.FixedState.AdditionalReferences.Remove(TestReferences.BundledLibrary);
        return test.RunAsync();
    }

    // The rules of the analyzer that this verifier's fix is not for: one analyzer reports FTP0001, FTP0002 and FTP0004,
    // and a test of one rule must not see the others' diagnostics.
    private static readonly string[] OtherRules =
        new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Except(new TCodeFix().FixableDiagnosticIds).Distinct().ToArray();

    // Markup without an ID ([|250|]) is this verifier's rule.
    private static DiagnosticDescriptor? DefaultRule(DiagnosticAnalyzer[] analyzers) =>
        analyzers[0].SupportedDiagnostics.FirstOrDefault(d => !OtherRules.Contains(d.Id));

    private static Task RunAsync(AnalyzerTest<DefaultVerifier> test, DiagnosticResult[] expected)
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static AnalyzerOnlyTest CreateAnalyzerTest(string[] sources)
    {
        var test = new AnalyzerOnlyTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return test;
    }

    private static CodeFixTest CreateCodeFixTest(string[] sources, string[] fixedSources)
    {
        var test = new CodeFixTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var fixedSource in fixedSources)
        {
            test.FixedState.Sources.Add(fixedSource);
        }

        return test;
    }

    private static (string Path, string Text) EditorConfig(string options) => ("/.editorconfig", "root = true\n\n[*.cs]\n" + options + "\n");

    private static CSharpParseOptions CSharp12() => new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private sealed class AnalyzerOnlyTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerOnlyTest()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.BundledLibrary);
            DisabledDiagnostics.AddRange(OtherRules);
        }

        protected override ParseOptions CreateParseOptions() => CSharp12();

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultRule(analyzers);
    }

    private sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.BundledLibrary);
            FixedState.AdditionalReferences.Add(TestReferences.BundledLibrary);
            DisabledDiagnostics.AddRange(OtherRules);
        }

        protected override ParseOptions CreateParseOptions() => CSharp12();

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultRule(analyzers);
    }
}
