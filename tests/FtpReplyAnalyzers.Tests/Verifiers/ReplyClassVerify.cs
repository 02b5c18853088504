using FtpReplyAnalyzers.FTP0003;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// One-line verification of FTP0003 and its fix with the Roslyn testing library, compiled like <see cref="Verify"/>'s:
/// the .NET 8 reference pack and the bundled library, C# 12. Fix tests also run Fix All in document, project and solution.
/// </summary>
internal static class ReplyClassVerify
{
    /// <summary>Diagnostics exactly where the markup says; extra sources (stand-ins) join the compilation.</summary>
    public static Task AnalyzerAsync(string source, params string[] extraSources) => AnalyzerAsync(source, extraSources, []);

    public static Task AnalyzerAsync(string source, string[] extraSources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        foreach (var extra in extraSources)
        {
            test.TestState.Sources.Add(extra);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, site by site and through Fix All.</summary>
    public static Task FixAsync(string source, string fixedSource, params string[] extraSources)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource };
        foreach (var extra in extraSources)
        {
            test.TestState.Sources.Add(extra);
            test.FixedState.Sources.Add(extra);
        }

        return test.RunAsync();
    }

    /// <summary>Several documents, fixed together: Fix All in project and solution reaches each.</summary>
    public static Task FixAsync(string[] sources, string[] fixedSources)
    {
        var test = new FixTest();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"File{i}.cs", fixedSources[i]));
        }

        return test.RunAsync();
    }

    /// <summary>Reported, but no fix is offered.</summary>
    public static Task NoFixAsync(string source, params string[] extraSources) => FixAsync(source, source, extraSources);

    /// <summary>Reported without the bundled library: no fix either.</summary>
    public static Task NoFixWithoutLibraryAsync(string source)
    {
        var test = new FixTest { TestCode = source, FixedCode = source };
        test.TestState.AdditionalReferences.Remove(Verify.BundledLibrary);
        test.FixedState.AdditionalReferences.Remove(Verify.BundledLibrary);
        return test.RunAsync();
    }

    /// <summary>An FTP0003 result at markup location <paramref name="markupKey"/> with its two message arguments.</summary>
    public static DiagnosticResult Diagnostic(int markupKey, string what, string advice) =>
        new DiagnosticResult(Descriptors.ReplyClassCheck).WithLocation(markupKey).WithArguments(what, advice).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<ReplyClassCheckAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = Verifiers.Verify.Net80;
            TestState.AdditionalReferences.Add(Verifiers.Verify.BundledLibrary);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }

    private sealed class FixTest : CSharpCodeFixTest<ReplyClassCheckAnalyzer, ReplyClassCheckFixProvider, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = Verifiers.Verify.Net80;
            TestState.AdditionalReferences.Add(Verifiers.Verify.BundledLibrary);
            FixedState.AdditionalReferences.Add(Verifiers.Verify.BundledLibrary);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }
}
