using FtpReplyAnalyzers.FTP0001;
using FtpReplyAnalyzers.FTP0003;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Fixes;

/// <summary>
/// A fix writes the line ending the document already has, whatever the <c>.editorconfig</c> says: a using added to a
/// file with LF endings under <c>end_of_line = crlf</c> ends in LF, and one added to a CRLF file ends in CRLF. Run in a
/// workspace of our own, as an editor or <c>dotnet format</c> runs a fix (with the code action's clean-up reading the
/// <c>.editorconfig</c>), and compared character for character.
/// </summary>
public sealed class LineEndingTests
{
    private const string Lf = "\n";
    private const string CrLf = "\r\n";

    [Theory]
    [InlineData("crlf", Lf)]
    [InlineData("lf", CrLf)]
    public async Task Reply_code_fix_keeps_the_documents_line_ending(string configured, string ending)
    {
        var source = WithEnding(ending, """
            class FtpSession
            {
                bool Retry(int replyCode) => replyCode == 421;
            }
            """);

        var written = await FixAsync(new MagicReplyCodeAnalyzer(), new MagicReplyCodeFixProvider(), configured, source);

        Assert.Equal(
            WithEnding(ending, """
                using FtpReplyAnalyzers;

                class FtpSession
                {
                    bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable;
                }
                """),
            written);
    }

    [Fact]
    public async Task Reply_code_fix_keeps_lf_beside_usings_and_a_namespace()
    {
        var written = await FixAsync(new MagicReplyCodeAnalyzer(), new MagicReplyCodeFixProvider(), "crlf", """
            using System;

            namespace Transfer
            {
                class FtpSession
                {
                    bool Retry(int replyCode) => replyCode == 421;
                }
            }
            """);

        Assert.DoesNotContain('\r', written);
        Assert.StartsWith("using System;\nusing FtpReplyAnalyzers;\n\nnamespace Transfer\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_code_fix_keeps_lf_where_the_usings_are_inside_the_namespace()
    {
        var written = await FixAsync(new MagicReplyCodeAnalyzer(), new MagicReplyCodeFixProvider(), "crlf", """
            namespace Transfer
            {
                using System.Text;

                class FtpSession
                {
                    bool Retry(int replyCode) => replyCode == 421;
                }
            }
            """);

        Assert.Equal(
            """
            namespace Transfer
            {
                using System.Text;
                using FtpReplyAnalyzers;

                class FtpSession
                {
                    bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable;
                }
            }
            """,
            written);
    }

    [Fact]
    public async Task Reply_class_fix_keeps_the_documents_line_ending()
    {
        var written = await FixAsync(new ReplyClassCheckAnalyzer(), new ReplyClassCheckFixProvider(), "crlf", """
            class FtpSession
            {
                bool Transient(int replyCode) => replyCode >= 400 && replyCode < 500;
            }
            """);

        Assert.Equal(
            """
            using FtpReplyAnalyzers;

            class FtpSession
            {
                bool Transient(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            }
            """,
            written);
    }

    // Raw strings hold LF; the document under test gets the ending given.
    private static string WithEnding(string ending, string text) => text.ReplaceLineEndings(ending);

    // The one diagnostic of `source`, fixed by the first action offered, in a project whose .editorconfig sets end_of_line.
    private static async Task<string> FixAsync(DiagnosticAnalyzer analyzer, CodeFixProvider provider, string endOfLine, string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = (await FixWorkspace.CreateProjectAsync(workspace, "Endings"))
            .AddAnalyzerConfigDocument(".editorconfig", SourceText.From($"root = true\n\n[*.cs]\nend_of_line = {endOfLine}\n"), filePath: "/endings/.editorconfig").Project;
        var document = project.AddDocument("Session.cs", SourceText.From(source), filePath: "/endings/Session.cs");

        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostic = Assert.Single(await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync());
        var action = await FixWorkspace.FirstActionAsync(provider, document, diagnostic);
        Assert.NotNull(action);
        var changed = await FixWorkspace.ApplyAsync(action, document);
        return (await changed.GetTextAsync()).ToString();
    }
}
