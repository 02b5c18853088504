using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// The FTP0001 fix writes a named member and keeps the program identical: same value, same type, constant where
/// a constant is needed. Each test also runs Fix All in document, project and solution (the testing library does).
/// </summary>
public sealed class MagicReplyCodeFixTests
{
    [Fact]
    public Task Int_comparison_gets_a_cast_bundled_member_and_a_using() => Verify.FixAsync(
        """
        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == [|421|] || [|425|] == replyCode;
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) => replyCode == (int)FtpReplyCode.ServiceNotAvailable || (int)FtpReplyCode.CannotOpenDataConnection == replyCode;
        }
        """);

    [Fact]
    public Task Cast_FtpStatusCode_comparison_compares_the_enum_instead() => Verify.FixAsync(
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => (int)response.StatusCode == [|550|];
            bool Done(FtpWebResponse response) => [|226|] != (int)response.StatusCode;
        }
        """,
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => response.StatusCode == FtpStatusCode.ActionNotTakenFileUnavailable;
            bool Done(FtpWebResponse response) => FtpStatusCode.ClosingData != response.StatusCode;
        }
        """);

    [Fact]
    public Task Cast_to_FtpStatusCode_becomes_the_BCL_member_or_the_bundled_one_where_the_BCL_lacks_it() => Verify.FixAsync(
        """
        using System.Net;

        class Downloader
        {
            FtpStatusCode Missing() => (FtpStatusCode)[|550|];
            FtpStatusCode Passive() => (FtpStatusCode)[|229|];
        }
        """,
        """
        using System.Net;
        using FtpReplyAnalyzers;

        class Downloader
        {
            FtpStatusCode Missing() => FtpStatusCode.ActionNotTakenFileUnavailable;
            FtpStatusCode Passive() => (FtpStatusCode)FtpReplyCode.EnteringExtendedPassiveMode;
        }
        """);

    [Fact]
    public Task Cast_to_the_bundled_enum_becomes_its_member() => Verify.FixAsync(
        """
        using FtpReplyAnalyzers;

        class Table
        {
            FtpReplyCode Code() => (FtpReplyCode)[|421|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class Table
        {
            FtpReplyCode Code() => FtpReplyCode.ServiceNotAvailable;
        }
        """);

    [Fact]
    public Task Case_labels_arms_and_patterns_stay_constant() => Verify.FixAsync(
        """
        class FtpClientSession
        {
            string Describe(int replyCode)
            {
                switch (replyCode)
                {
                    case [|226|]:
                        return "done";
                }

                return replyCode switch
                {
                    [|421|] or [|425|] => "retry",
                    not [|530|] => "other",
                    _ => "login",
                };
            }

            bool Transient(int replyCode) => replyCode is [|421|] or [|426|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            string Describe(int replyCode)
            {
                switch (replyCode)
                {
                    case (int)FtpReplyCode.ClosingDataConnection:
                        return "done";
                }

                return replyCode switch
                {
                    (int)FtpReplyCode.ServiceNotAvailable or (int)FtpReplyCode.CannotOpenDataConnection => "retry",
                    not (int)FtpReplyCode.NotLoggedIn => "other",
                    _ => "login",
                };
            }

            bool Transient(int replyCode) => replyCode is (int)FtpReplyCode.ServiceNotAvailable or (int)FtpReplyCode.ConnectionClosedTransferAborted;
        }
        """);

    [Fact]
    public Task Long_literal_keeps_its_type() => Verify.FixAsync(
        """
        class FtpClientSession
        {
            bool Done(long replyCode) => replyCode == [|226L|];
            bool Equal(object replyCode) => replyCode.Equals([|226|]);
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            bool Done(long replyCode) => replyCode == (long)FtpReplyCode.ClosingDataConnection;
            bool Equal(object replyCode) => replyCode.Equals((int)FtpReplyCode.ClosingDataConnection);
        }
        """);

    [Fact]
    public Task Server_arguments_and_assignments() => Verify.FixAsync(
        """
        class FtpResponse
        {
            public FtpResponse(int code, string message) { Code = code; }
            public int Code { get; set; }
        }

        class FtpSession
        {
            FtpResponse Dele() => new FtpResponse([|550|], "No such file") { Code = [|553|] };
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpResponse
        {
            public FtpResponse(int code, string message) { Code = code; }
            public int Code { get; set; }
        }

        class FtpSession
        {
            FtpResponse Dele() => new FtpResponse((int)FtpReplyCode.FileUnavailable, "No such file") { Code = (int)FtpReplyCode.FileNameNotAllowed };
        }
        """);

    [Fact]
    public Task String_comparison_uses_the_code_string_of_the_member() => Verify.FixAsync(
        """
        class FtpClientSession
        {
            bool Missing(string replyCode) => replyCode == [|"550"|] || replyCode.Equals([|"553"|]);
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpClientSession
        {
            bool Missing(string replyCode) => replyCode == FtpReplyCode.FileUnavailable.ToCodeString() || replyCode.Equals(FtpReplyCode.FileNameNotAllowed.ToCodeString());
        }
        """);

    [Fact]
    public Task Trivia_and_comments_are_kept() => Verify.FixAsync(
        """
        class FtpSession
        {
            bool Retry(int replyCode) =>
                replyCode == /* busy */ [|421|] // too many users
                || replyCode == [|425|];
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            bool Retry(int replyCode) =>
                replyCode == /* busy */ (int)FtpReplyCode.ServiceNotAvailable // too many users
                || replyCode == (int)FtpReplyCode.CannotOpenDataConnection;
        }
        """);

    [Fact]
    public Task Existing_using_inside_a_namespace_is_reused() => Verify.FixAsync(
        """
        namespace App.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                FtpReplyCode Last;
                bool Done(int replyCode) => replyCode == [|226|];
            }
        }
        """,
        """
        namespace App.Ftp
        {
            using FtpReplyAnalyzers;

            class Session
            {
                FtpReplyCode Last;
                bool Done(int replyCode) => replyCode == (int)FtpReplyCode.ClosingDataConnection;
            }
        }
        """);

    [Fact]
    public Task String_case_labels_and_patterns_are_reported_without_a_fix() => Verify.NoFixAsync(
        """
        class FtpClientSession
        {
            string Describe(string replyCode)
            {
                switch (replyCode)
                {
                    case [|"226"|]:
                        return "done";
                }

                return replyCode is [|"550"|] ? "missing" : "other";
            }
        }
        """);

    [Fact]
    public Task Expression_trees_get_no_string_fix() => Verify.NoFixAsync(
        """
        using System;
        using System.Linq.Expressions;

        class FtpReplyRow { public string Code { get; set; } = ""; }

        class FtpReplyQueries
        {
            Expression<Func<FtpReplyRow, bool>> Missing = row => row.Code == [|"550"|];
        }
        """);

    [Fact]
    public Task Both_branches_of_a_produced_conditional() => Verify.FixAsync(
        """
        class FtpReply { public int Code { get; set; } public string Text { get; set; } = ""; }

        class FtpSession
        {
            void Dele(FtpReply reply, bool busy)
            {
                reply.Code = busy ? [|450|] : [|550|];
            }
        }
        """,
        """
        using FtpReplyAnalyzers;

        class FtpReply { public int Code { get; set; } public string Text { get; set; } = ""; }

        class FtpSession
        {
            void Dele(FtpReply reply, bool busy)
            {
                reply.Code = busy ? (int)FtpReplyCode.FileTemporarilyUnavailable : (int)FtpReplyCode.FileUnavailable;
            }
        }
        """);
}
