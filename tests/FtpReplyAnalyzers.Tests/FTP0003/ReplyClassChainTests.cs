using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;
using static FtpReplyAnalyzers.Tests.FTP0003.ReplyClassResults;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// One condition, one diagnostic: checks of one value joined with || (negated ones with &amp;&amp;) are one check of the
/// union of their classes, reported over the whole condition, and fixed with the helper that tests exactly that union,
/// or the fewest helpers joined the same way.
/// </summary>
public sealed class ReplyClassChainTests
{
    [Fact]
    public Task A_chain_of_first_characters_is_one_diagnostic() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            using System;
            using FluentFTP;

            class Uploader
            {
                bool Positive(FtpReply reply) => {|#0:reply.Code[0] == '1' || reply.Code[0] == '2' || reply.Code[0] == '3'|};
                bool Failed(FtpReply reply) => {|#1:reply.Code[0] == '4' || reply.Code[0] == '5'|};
                bool NotFailed(FtpReply reply) => {|#2:reply.Code[0] != '4' && '5' != reply.Code[0]|};
                bool Mixed(FtpReply reply) => {|#3:reply.Code.StartsWith("2") || reply.Code[0] == '3'|};
            }

            class FtpLineReader
            {
                bool Failed(string response) => {|#4:response[0] == '4' || response.StartsWith("5", StringComparison.Ordinal)|};
                bool Protected(string response) => {|#5:response[0] == '5' || response[0] == '6'|};
            }
            """,
            StandIns.FluentFtp,
        ],
        Suggestion(0, "is positive (1yz to 3yz)", "FtpReply.Type is FtpResponseType.PositivePreliminary or FtpResponseType.PositiveCompletion or FtpResponseType.PositiveIntermediate"),
        Suggestion(1, "is negative (4yz or 5yz)", "FtpReply.Type is FtpResponseType.TransientNegativeCompletion or FtpResponseType.PermanentNegativeCompletion"),
        Suggestion(2, "is not negative (4yz or 5yz)", "FtpReply.Type is not (FtpResponseType.TransientNegativeCompletion or FtpResponseType.PermanentNegativeCompletion)"),
        Suggestion(3, "is positive completion (2yz) or positive intermediate (3yz)", "FtpReply.Type is FtpResponseType.PositiveCompletion or FtpResponseType.PositiveIntermediate"),
        Suggestion(4, "is negative (4yz or 5yz)", "code / 100 == (int)FtpReplyClass.TransientNegative || code / 100 == (int)FtpReplyClass.PermanentNegative on the parsed code"),
        Suggestion(5, "is permanent negative (5yz) or protected (6yz)", "code / 100 == (int)FtpReplyClass.PermanentNegative || code / 100 == (int)FtpReplyClass.Protected on the parsed code"));

    [Fact]
    public Task A_chain_of_integer_checks_is_one_diagnostic() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => {|#0:replyCode / 100 == 4 || replyCode / 100 == 5|};
            bool B(int replyCode) => {|#1:replyCode / 100 != 2 && replyCode / 100 != 3|};
            bool C(int replyCode) => {|#2:replyCode >= 400 && replyCode < 500 || 5 == replyCode / 100 || replyCode is >= 600 and <= 699|};
            bool D(int replyCode) => {|#3:(replyCode / 100 == 1) || (replyCode / 100 == 2 || replyCode / 100 == 3)|};
            bool E(int replyCode) => {|#4:(replyCode < 400 || replyCode >= 500) && replyCode / 100 != 5|};
        }
        """,
        Diagnostic(0, "is negative (4yz or 5yz)", "replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative"),
        Diagnostic(1, "is neither positive completion (2yz) nor positive intermediate (3yz)", "replyCode / 100 != (int)FtpReplyClass.PositiveCompletion && replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate"),
        Diagnostic(2, "is negative (4yz or 5yz) or protected (6yz)", "replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative || replyCode / 100 == (int)FtpReplyClass.Protected"),
        Diagnostic(3, "is positive (1yz to 3yz)", "replyCode / 100 == (int)FtpReplyClass.PositivePreliminary || replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate"),
        Diagnostic(4, "is not negative (4yz or 5yz)", "replyCode / 100 != (int)FtpReplyClass.TransientNegative && replyCode / 100 != (int)FtpReplyClass.PermanentNegative"));

    [Fact]
    public Task Checks_of_different_values_stay_apart() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            using FluentFTP;

            class FtpSession
            {
                int ReadReplyCode() => 0;

                bool A(FtpReply reply, FtpReply last) => [|reply.Code[0] == '4'|] || [|last.Code[0] == '5'|];
                bool B(int replyCode, int lastCode) => [|replyCode / 100 == 4|] || [|lastCode / 100 == 5|];
                bool C() => [|ReadReplyCode() / 100 == 4|] || [|ReadReplyCode() / 100 == 5|];
            }
            """,
            StandIns.FluentFtp,
        ]);

    [Fact]
    public Task Links_are_merged_wherever_they_stand_next_to_each_other() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            // A negated check under || (a plain one under &&) is no link: it stays a check of its own.
            bool A(int replyCode) => [|replyCode / 100 != 4|] || [|replyCode / 100 == 5|];
            bool B(int replyCode) => [|replyCode / 100 == 4|] && [|replyCode / 100 != 5|];

            // Links before, between and after other conditions, with parentheses or without.
            bool C(int replyCode, bool closed) => [|replyCode / 100 == 4 || replyCode / 100 == 5|] || closed;
            bool D(int replyCode, bool closed) => closed || [|replyCode / 100 == 4 || replyCode / 100 == 5|];
            bool E(int replyCode, bool closed) => closed || ([|replyCode / 100 == 4 || replyCode / 100 == 5|]);
            bool F(int replyCode, bool closed) => closed && ([|replyCode / 100 == 4 || replyCode / 100 == 5|]);
            bool G(int replyCode, bool a, bool b) => a || [|replyCode / 100 == 1 || replyCode / 100 == 2|] || b || [|replyCode / 100 == 3|];
            bool H(int replyCode, bool a) => a && [|replyCode / 100 != 4 && replyCode / 100 != 5|] && a;

            // Not a run of links of their own: the first is the left operand of another ||, with a condition between.
            bool I(int replyCode, bool a) => ([|replyCode / 100 == 4|] || a) || [|replyCode / 100 == 5|];
            bool J(int replyCode, bool a) => [|replyCode / 100 == 4|] || (a || [|replyCode / 100 == 5|]);
        }
        """);

    internal const string Chains = """
        class FtpSession
        {
            private int lastReplyCode;

            bool A(int replyCode) => [|replyCode / 100 == 4 || replyCode / 100 == 5|];
            bool B(int replyCode) => [|replyCode / 100 == 1 || replyCode / 100 == 2 || replyCode / 100 == 3|];
            bool C() => [|lastReplyCode / 100 == 2 || lastReplyCode / 100 == 3|];
            bool D(short replyCode) => [|replyCode / 100 != 4 && replyCode / 100 != 5|];
            bool E(int replyCode) => [|replyCode / 100 != 2 && replyCode / 100 != 3|];
            bool F(int replyCode) => [|replyCode is >= 100 and < 200 || replyCode >= 300 && replyCode < 400 || replyCode / 100 == 6|];
            bool G(int replyCode, bool closed) => closed && ([|replyCode / 100 == 2 || replyCode / 100 == 3|]);
            bool H(int replyCode) => !([|replyCode / 100 == 2 || replyCode / 100 == 3|]);
        }
        """;

    [Fact]
    public Task The_fix_writes_the_one_helper_or_the_fewest_joined() => VerifyFtp0003.VerifyCodeFixAsync(
        Chains,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            private int lastReplyCode;

            bool A(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
            bool B(int replyCode) => replyCode / 100 == (int)FtpReplyClass.PositivePreliminary || replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate;
            bool C() => lastReplyCode / 100 == (int)FtpReplyClass.PositiveCompletion || lastReplyCode / 100 == (int)FtpReplyClass.PositiveIntermediate;
            bool D(short replyCode) => replyCode / 100 != (int)FtpReplyClass.TransientNegative && replyCode / 100 != (int)FtpReplyClass.PermanentNegative;
            bool E(int replyCode) => replyCode / 100 != (int)FtpReplyClass.PositiveCompletion && replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate;
            bool F(int replyCode) => replyCode / 100 == (int)FtpReplyClass.PositivePreliminary || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate || replyCode / 100 == (int)FtpReplyClass.Protected;
            bool G(int replyCode, bool closed) => closed && (replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate);
            bool H(int replyCode) => !(replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate);
        }
        """);

    [Fact]
    public Task Links_after_another_condition_are_fixed_and_the_condition_kept() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        class FtpSession
        {
            bool A(int replyCode, bool closed) => closed || [|replyCode / 100 == 4 || replyCode / 100 == 5|];
            bool B(int replyCode, bool a, bool b) => a || b || [|replyCode / 100 == 2 || replyCode / 100 == 3|] || a;
            bool C(int replyCode, bool closed) => !closed && [|replyCode / 100 != 2 && replyCode / 100 != 3|];
            bool D(int replyCode, bool closed)
            {
                return closed // the control connection is gone
                    || [|replyCode / 100 == 4 // retry later
                    || replyCode / 100 == 5|]; // give up
            }
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool A(int replyCode, bool closed) => closed || replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
            bool B(int replyCode, bool a, bool b) => a || b || replyCode / 100 == (int)FtpReplyClass.PositiveCompletion || replyCode / 100 == (int)FtpReplyClass.PositiveIntermediate || a;
            bool C(int replyCode, bool closed) => !closed && replyCode / 100 != (int)FtpReplyClass.PositiveCompletion && replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate;
            bool D(int replyCode, bool closed)
            {
                return closed // the control connection is gone
                    || replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative; // give up
            }
        }
        """);

    [Fact]
    public Task Fix_all_fixes_chains_and_single_checks_together() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        using System.Net;

        class FtpTransfer
        {
            bool Check(int replyCode, FtpWebResponse response)
            {
                var failed = [|replyCode / 100 == 4 || replyCode / 100 == 5|];
                var permanent = [|(int)response.StatusCode / 100 == 5|];
                var moving = [|(int)response.StatusCode / 100 == 1 || (int)response.StatusCode / 100 == 3|];
                var settled = [|replyCode / 100 != 1 && replyCode / 100 != 3|];
                return failed || permanent || moving || settled;
            }
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class FtpTransfer
        {
            bool Check(int replyCode, FtpWebResponse response)
            {
                var failed = replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
                var permanent = (int)response.StatusCode / 100 == (int)FtpReplyClass.PermanentNegative;
                var moving = (int)response.StatusCode / 100 == (int)FtpReplyClass.PositivePreliminary || (int)response.StatusCode / 100 == (int)FtpReplyClass.PositiveIntermediate;
                var settled = replyCode / 100 != (int)FtpReplyClass.PositivePreliminary && replyCode / 100 != (int)FtpReplyClass.PositiveIntermediate;
                return failed || permanent || moving || settled;
            }
        }
        """);

    [Fact]
    public Task Chains_of_string_codes_get_no_fix() => VerifyFtp0003.VerifyNoCodeFixAsync(
        [
            """
            using FluentFTP;

            class Uploader
            {
                bool A(FtpReply reply) => [|reply.Code[0] == '1' || reply.Code[0] == '2' || reply.Code[0] == '3'|];
                bool B(FtpReply reply) => [|reply.Code.StartsWith("4") || reply.Code.StartsWith("5")|];
            }
            """,
            StandIns.FluentFtp,
        ]);

    [Fact]
    public Task Chains_of_wide_values_compare_each_class() => VerifyFtp0003.VerifyCodeFixAsync(
        """
        class FtpUploader
        {
            bool C(long replyCode) => [|replyCode / 100 == 4 || replyCode / 100 == 5|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpUploader
        {
            bool C(long replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative || replyCode / 100 == (int)FtpReplyClass.PermanentNegative;
        }
        """);
}
