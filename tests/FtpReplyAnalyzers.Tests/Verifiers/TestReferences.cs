using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// What a test compilation references, as a user's project does: the .NET 8 reference pack (restored by the test
/// project) and the bundled enum library. <see cref="Verifier{TAnalyzer, TCodeFix}"/> compiles with them, and so do the
/// tests that build their compilations themselves (the corpus, generated code, the fix's behaviour).
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    /// <summary>One instance for every test, so a verification can take it out again (a project without the package's enum).</summary>
    public static MetadataReference BundledLibrary { get; } = MetadataReference.CreateFromFile(typeof(FtpReplyCode).Assembly.Location);

    /// <summary>Both, resolved once for the tests that build their compilations themselves.</summary>
    public static Task<ImmutableArray<MetadataReference>> AllAsync() => All.Value;

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> All = new(async () =>
        (await Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(BundledLibrary));
}
