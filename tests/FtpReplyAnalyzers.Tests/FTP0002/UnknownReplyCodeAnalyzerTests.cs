using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0002;

/// <summary>FTP0002 reports undefined numbers in FTP reply positions, and nothing else.</summary>
public sealed class UnknownReplyCodeAnalyzerTests
{
    [Fact]
    public Task Undefined_numbers_in_every_reply_position() => VerifyFtp0002.VerifyAnalyzerAsync(
        """
        using System.Net;

        class FtpSession
        {
            bool Created(int replyCode) => replyCode == [|256|];
            FtpStatusCode Typo() => (FtpStatusCode)[|299|];
            bool Missing(string replyCode) => replyCode == [|"559"|];

            string Describe(int replyCode)
            {
                switch (replyCode)
                {
                    case [|231|]: return "legacy logout";
                    case 226: return "done";
                }

                return replyCode is [|351|] or 350 ? "pending" : "other";
            }
        }
        """);

    [Fact]
    public Task Undefined_numbers_in_every_spelling_of_a_number() => VerifyFtp0002.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool Check(int replyCode) =>
                replyCode == [|0256|]
                || replyCode == [|0x100|]
                || replyCode == [|2_56|]
                || replyCode == [|256L|]
                || replyCode == 2560
                || replyCode == 25
                || replyCode == 0400;
        }
        """);

    [Fact]
    public Task Message_names_the_nearest_defined_codes_of_the_same_class_first() => VerifyFtp0002.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool Created(int replyCode) => replyCode == {|#0:256|};
        }
        """,
        new DiagnosticResult(Descriptors.UnknownReplyCode)
            .WithLocation(0)
            .WithMessage("256 is not an FTP reply code that any RFC defines: did you mean 257 (pathname created or reported (MKD, PWD)) or 250 (requested file action done)?"));

    [Fact]
    public Task Defined_codes_round_hundreds_and_non_FTP_code_are_left_alone() => VerifyFtp0002.VerifyAnalyzerAsync(
        """
        using System.Net.Http;

        class FtpSession
        {
            bool Done(int replyCode) => replyCode == 226 || replyCode == 400 || replyCode == 600 || replyCode == 10054;
            bool Read(int bytesRead) => bytesRead == 256;
            bool Neutral(int value) => value == 299;
        }

        class Downloader
        {
            bool Missing(HttpResponseMessage response) => (int)response.StatusCode == 404;
        }

        class SmtpConnection
        {
            bool StartMail(int code) => code == 354;
        }

        // Positive control: an undefined number compared with a reply, in another FTP type, is reported.
        class FtpTransfer
        {
            bool Created(int replyCode) => replyCode == [|256|];
        }
        """);
}
