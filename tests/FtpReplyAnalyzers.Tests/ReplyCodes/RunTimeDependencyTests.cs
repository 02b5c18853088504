using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FtpReplyAnalyzers.Tests.ReplyCodes;

/// <summary>
/// What FTP0001's fix writes for numbers (<c>(int)FtpReplyCode.X</c>) and for string codes and reply text
/// (<c>FtpReplyCodeStrings.X</c>) compiles to the literals themselves: the user's assembly keeps no reference to the
/// bundled library, so a library that takes the package with <c>PrivateAssets="all"</c> ships nothing of ours.
/// A helper call (<c>ToCodeString()</c>, FTP0003's class checks) is a reference, which the same check sees.
/// </summary>
public sealed class RunTimeDependencyTests
{
    private const string FixedByFtp0001 = """
        using FtpReplyAnalyzers;

        public static class FtpSession
        {
            public static bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable;
            public static bool Missing(string code) => code == FtpReplyCodeStrings.FileUnavailable;
            public static bool Greeted(string line) => line.StartsWith(FtpReplyCodeStrings.ServiceReady + "-", System.StringComparison.Ordinal);
            public static string Goodbye() => FtpReplyCodeStrings.ClosingControlConnection + " Goodbye";
            public static string Sent(long bytes) => $"{FtpReplyCodeStrings.ClosingDataConnection} Sent {bytes} bytes";
        }
        """;

    [Fact]
    public async Task Code_the_reply_code_fix_writes_references_nothing_of_the_library()
    {
        Assert.DoesNotContain("FtpReplyAnalyzers.ReplyCodes", await ReferencedAssembliesAsync(FixedByFtp0001));
    }

    [Fact]
    public async Task A_helper_call_is_a_reference_the_check_sees()
    {
        var withHelper = FixedByFtp0001.Replace(
            "code == FtpReplyCodeStrings.FileUnavailable",
            "code == FtpReplyCode.FileUnavailable.ToCodeString()",
            StringComparison.Ordinal);

        Assert.Contains("FtpReplyAnalyzers.ReplyCodes", await ReferencedAssembliesAsync(withHelper));
    }

    private static async Task<IReadOnlyList<string>> ReferencedAssembliesAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))],
            await TestReferences.AllAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }
}
