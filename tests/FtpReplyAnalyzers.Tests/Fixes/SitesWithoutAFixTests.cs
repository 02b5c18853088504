using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Fixes;

/// <summary>
/// A site no fix can rewrite keeping the program identical is a suggestion (Info), every other site the rule's
/// warning: after <c>dotnet format</c> has fixed what it can, nothing at warning is left for
/// <c>dotnet format --verify-no-changes</c> to trip on. A severity set for the rule applies to both. (So does one set for
/// the category or every analyzer in a build with the SDK's compiler; the end-to-end LibraryTests check that.)
/// </summary>
public sealed class SitesWithoutAFixTests
{
    private const string Ftp0001Source = """
        using System.IO;

        class FtpServerSession
        {
            private static readonly byte[] Greeting = "{|#0:220|} Service ready\r\n"u8.ToArray();
            private readonly Stream control = Stream.Null;

            string Features() => "{|#1:211|}-Features:\r\n UTF8\r\n{|#2:211|} End";

            void Greet() => control.Write(Greeting);
        }
        """;

    private const string Ftp0003Source = """
        class FtpReply { public string Code { get; set; } = ""; }

        class FtpClientSession
        {
            bool Transient(FtpReply reply) => {|#0:reply.Code[0] == '4'|};
            bool Failed(int replyCode) => {|#1:replyCode >= 500 && replyCode < 600|};
        }
        """;

    [Fact]
    public Task FTP0001_u8_text_is_a_suggestion() => VerifyFtp0001.VerifyAnalyzerAsync(
        Ftp0001Source,
        Ftp0001(0, DiagnosticSeverity.Info),
        Ftp0001(1, DiagnosticSeverity.Warning),
        Ftp0001(2, DiagnosticSeverity.Warning));

    [Fact]
    public Task FTP0003_string_code_checks_are_suggestions() => VerifyFtp0003.VerifyAnalyzerAsync(
        Ftp0003Source,
        Ftp0003(0, DiagnosticSeverity.Info),
        Ftp0003(1, DiagnosticSeverity.Warning));

    // A warning raised to an error stays a warning marked as error (the build prints "error FTP0001"); a suggestion
    // raised to an error is an error.
    [Fact]
    public Task A_severity_set_for_FTP0001_applies_to_its_suggestions_too() => VerifyFtp0001.VerifyAnalyzerWithOptionsAsync(
        "dotnet_diagnostic.FTP0001.severity = error",
        Ftp0001Source,
        Ftp0001(0, DiagnosticSeverity.Error),
        Ftp0001(1, DiagnosticSeverity.Warning),
        Ftp0001(2, DiagnosticSeverity.Warning));

    [Fact]
    public Task A_severity_set_for_FTP0003_applies_to_its_suggestions_too() => VerifyFtp0003.VerifyAnalyzerWithOptionsAsync(
        "dotnet_diagnostic.FTP0003.severity = warning",
        Ftp0003Source,
        Ftp0003(0, DiagnosticSeverity.Warning),
        Ftp0003(1, DiagnosticSeverity.Warning));

    // The severity and the place; the messages are other tests' business.
    private static DiagnosticResult Ftp0001(int markupKey, DiagnosticSeverity severity) =>
        new DiagnosticResult(RuleIdentifiers.MagicReplyCode, severity).WithLocation(markupKey);

    private static DiagnosticResult Ftp0003(int markupKey, DiagnosticSeverity severity) =>
        new DiagnosticResult(RuleIdentifiers.ReplyClassCheck, severity).WithLocation(markupKey).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
}
