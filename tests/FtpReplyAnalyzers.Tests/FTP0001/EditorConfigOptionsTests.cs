using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>The package's <c>.editorconfig</c> options: which enum the fix writes, and whether unknown codes are reported.</summary>
public sealed class EditorConfigOptionsTests
{
    [Fact]
    public Task Fix_target_bcl_writes_FtpStatusCode_where_it_has_the_member_and_the_bundled_enum_elsewhere() => VerifyFtp0001.VerifyCodeFixWithOptionsAsync(
        "ftp_reply_analyzers.fix_target = bcl",
        """
        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == [|421|] || replyCode is [|550|];
            bool Passive(int replyCode) => replyCode == [|229|];
            bool Missing(string code) => code == [|"550"|];
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == (int)FtpStatusCode.ServiceNotAvailable || replyCode is (int)FtpStatusCode.ActionNotTakenFileUnavailable;
            bool Passive(int replyCode) => replyCode == (int)FtpReplyCode.EnteringExtendedPassiveMode;
            bool Missing(string code) => code == FtpReplyCodeStrings.FileUnavailable;
        }
        """);

    [Fact]
    public Task Fix_target_bundled_or_an_unknown_value_keeps_the_default() => VerifyFtp0001.VerifyCodeFixWithOptionsAsync(
        "ftp_reply_analyzers.fix_target = something-else",
        """
        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == [|421|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task Unknown_codes_are_not_reported_when_switched_off() => VerifyFtp0002.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.report_unknown_codes = false",
        """
        class FtpSession
        {
            bool Created(int replyCode) => replyCode == 256;
        }
        """);

    [Fact]
    public Task Unknown_codes_are_reported_when_switched_on() => VerifyFtp0002.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.report_unknown_codes = true",
        """
        class FtpSession
        {
            bool Created(int replyCode) => replyCode == [|256|];
        }
        """);

    [Fact]
    public Task Ftp_names_make_the_users_own_names_say_FTP() => VerifyFtp0001.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.ftp_names = Xfer, TransferKit",
        """
        namespace TransferKit
        {
            class Session
            {
                bool Retry(int replyCode) => replyCode == [|421|];
            }
        }

        class XferChannel
        {
            bool Done(int status) => status == [|226|];
        }

        class Report
        {
            bool Done(int status) => status == 226;
        }
        """);

    [Fact]
    public Task Without_the_option_those_names_say_nothing() => VerifyFtp0001.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.fix_target = bundled",
        """
        namespace TransferKit
        {
            class Session
            {
                bool Retry(int replyCode) => replyCode == 421;
            }
        }

        // Positive control: the same check in a namespace that names FTP by itself is reported.
        namespace TransferKit.Ftp
        {
            class Session
            {
                bool Retry(int replyCode) => replyCode == [|421|];
            }
        }
        """);

    [Fact]
    public Task Non_ftp_names_veto_weak_evidence() => VerifyFtp0001.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.non_ftp_names = Gopher",
        """
        namespace App.Ftp.Gopher
        {
            class Session
            {
                bool Retry(int replyCode) => replyCode == 421;
            }
        }

        namespace App.Ftp.Files
        {
            class Session
            {
                bool Retry(int replyCode) => replyCode == [|421|];
            }
        }
        """);
}
