using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;
using static FtpReplyAnalyzers.Tests.FTP0003.ReplyClassResults;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>FTP0003 reports every shape of a hand-written reply-class check where the value is an FTP reply.</summary>
public sealed class ReplyClassCheckAnalyzerTests
{
    [Fact]
    public Task Range_checks_in_every_order_and_spelling() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
            bool B(int replyCode) => [|replyCode >= 400 && replyCode <= 499|];
            bool C(int replyCode) => [|400 <= replyCode && 500 > replyCode|];
            bool D(int replyCode) => [|replyCode < 500 && replyCode > 399|];
            bool E(int replyCode) => [|replyCode >= 0x190 && replyCode < 5_00|];
            bool F(int replyCode) => [|replyCode >= 100 && replyCode < 200 || replyCode >= 200 && replyCode <= 299|];
            bool G(int replyCode) => [|replyCode >= 300 && replyCode < 400 || replyCode >= 500 && replyCode < 600 || replyCode >= 600 && replyCode < 700|];
            bool Positive(int replyCode) => [|replyCode >= 100 && replyCode < 400|];
            bool Negative(int replyCode) => [|replyCode >= 400 && replyCode < 600|];
            bool Long(long replyCode) => [|replyCode >= 400L && replyCode < 500L|];
        }
        """);

    [Fact]
    public Task Negated_range_checks() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode < 400 || replyCode >= 500|];
            bool B(int replyCode) => [|replyCode > 499 || replyCode < 400|];
            bool C(int replyCode) => !([|replyCode >= 200 && replyCode < 300|]);
        }
        """);

    [Fact]
    public Task Division_by_one_hundred() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode / 100 == 4|];
            bool B(int replyCode) => [|5 == replyCode / 100|];
            bool C(int replyCode) => [|replyCode / 100 != 2|];
            bool D(int replyCode) => [|replyCode / 100 == 1 || replyCode / 100 == 3 || replyCode / 100 == 6|];
            bool E(uint replyCode) => [|replyCode / 100 == 4|];
        }
        """);

    [Fact]
    public Task Relational_patterns() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => [|replyCode is >= 400 and < 500|];
            bool B(int replyCode) => [|replyCode is not (>= 400 and <= 499)|];
            bool C(int replyCode) => [|replyCode is < 400 or >= 500|];
            bool D(short replyCode) => [|replyCode is >= 200 and <= 299|];
        }
        """);

    [Fact]
    public Task Typed_replies_need_no_name() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            using System.Net;

            class Downloader
            {
                bool Transient(FtpWebResponse response) => [|(int)response.StatusCode >= 400 && (int)response.StatusCode < 500|];
                bool Failed(FtpWebResponse response) => [|(int)response.StatusCode / 100 == 5|];
                bool Ok(FluentFTP.FtpReply reply) => [|int.Parse(reply.Code) / 100 == 2|];
            }
            """,
            StandIns.FluentFtp,
        ]);

    [Fact]
    public Task String_codes_by_their_first_character() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            using System;
            using FluentFTP;

            class Uploader
            {
                bool A(FtpReply reply) => [|reply.Code[0] == '4'|];
                bool B(FtpReply reply) => [|'5' != reply.Code[0]|];
                bool C(FtpReply reply) => [|reply.Code.StartsWith("2")|];
                bool D(FtpReply reply) => [|reply.Code.StartsWith("3", StringComparison.Ordinal)|];
                bool E(FtpReply reply) => [|reply.Code.StartsWith('1')|];
                bool F(FluentFTP.Exceptions.FtpCommandException ex) => [|ex.CompletionCode[0] == '4'|];
            }

            class FtpLineReader
            {
                bool Failed(string response) => [|response[0] == '5'|];
            }
            """,
            StandIns.FluentFtp,
        ]);

    [Fact]
    public Task Checks_that_read_the_value_twice_from_a_call_are_reported() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            int ReadReplyCode() => 0;
            bool Transient() => [|ReadReplyCode() >= 400 && ReadReplyCode() < 500|];
        }
        """);

    private const string Checks = """
        using FluentFTP;

        class FtpSession
        {
            bool A(int replyCode) => {|#0:replyCode >= 400 && replyCode < 500|};
            bool B(int replyCode) => {|#1:replyCode / 100 != 5|};
            bool C(int replyCode) => {|#2:replyCode is >= 100 and < 400|};
            bool D(FtpReply reply) => {|#3:reply.Code[0] == '4'|};
            bool E(FtpReply reply) => {|#4:reply.Code[0] != '6'|};
            bool F(string reply) => {|#5:reply.StartsWith("2")|};
        }
        """;

    // The checks of string codes have no fix: suggestions, whose message still says what to write.
    [Fact]
    public Task Message_names_the_class_and_what_the_fix_writes() => VerifyFtp0003.VerifyAnalyzerAsync(
        [Checks, StandIns.FluentFtp],
        Diagnostic(0, "is transient negative (4yz)", "replyCode / 100 == (int)FtpReplyClass.TransientNegative"),
        Diagnostic(1, "is not permanent negative (5yz)", "replyCode / 100 != (int)FtpReplyClass.PermanentNegative"),
        Diagnostic(2, "is positive (1yz to 3yz)", "replyCode / 100 == (int)FtpReplyClass.PositivePreliminary || replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate"),
        Suggestion(3, "is transient negative (4yz)", "FtpReply.Type == FtpResponseType.TransientNegativeCompletion"),
        Suggestion(4, "is not protected (6yz)", "code / 100 != (int)FtpReplyClass.Protected on the parsed code"),
        Suggestion(5, "is positive completion (2yz)", "code / 100 == (int)FtpReplyClass.PositiveCompletion on the parsed code"));

    [Fact]
    public Task Message_names_the_helpers_when_the_fix_writes_them() => VerifyFtp0003.VerifyAnalyzerWithOptionsAsync(
        "ftp_reply_analyzers.class_check_fix = helpers",
        [Checks, StandIns.FluentFtp],
        Diagnostic(0, "is transient negative (4yz)", "FtpReplyCodes.IsTransientNegative(replyCode)"),
        Diagnostic(1, "is not permanent negative (5yz)", "!FtpReplyCodes.IsPermanentNegative(replyCode)"),
        Diagnostic(2, "is positive (1yz to 3yz)", "FtpReplyCodes.IsPositive(replyCode)"),
        Suggestion(3, "is transient negative (4yz)", "FtpReply.Type == FtpResponseType.TransientNegativeCompletion"),
        Suggestion(4, "is not protected (6yz)", "!FtpReplyCodes.IsProtected(code) on the parsed code"),
        Suggestion(5, "is positive completion (2yz)", "FtpReplyCodes.IsPositiveCompletion(code) on the parsed code"));
}
