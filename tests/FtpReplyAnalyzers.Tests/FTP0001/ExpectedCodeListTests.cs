using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Lists of reply codes: expected codes passed to a call (one by one through <c>params</c>, or as an array or
/// collection), searched for a reply (<c>new[] { 421, 425 }.Contains(code)</c>), or kept in a field, property or
/// local named for replies; the same shapes in HTTP, SMTP and plain code stay silent; the fix and Fix All.
/// </summary>
public sealed class ExpectedCodeListTests
{
    [Fact]
    public Task Params_and_array_arguments_of_FTP_calls() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Collections.Generic;

        class FtpControlConnection
        {
            int Send(string command) => 0;
            bool Expect(int reply, params int[] expected) => System.Array.IndexOf(expected, reply) >= 0;
            void SendAndWaitForResponse(string command, params int[] expectedCodes) { }
            void Require(string command, IEnumerable<int> codes) { }

            void Login(string user)
            {
                var reply = Send("USER " + user);
                Expect(reply, [|331|], [|230|]);
                SendAndWaitForResponse("PASS x", [|230|], [|202|]);
                Expect(reply, new[] { [|125|], [|150|] });
                Require("PWD", new List<int> { [|257|] });
            }
        }
        """);

    [Fact]
    public Task A_call_that_sends_an_FTP_only_command_needs_no_FTP_name_around_it() => VerifyFtp0001.VerifyAnalyzerAsync("""
        class Connection
        {
            void Command(string line, params int[] expectedReplies) { }

            void Download(string path)
            {
                Command("TYPE I", [|200|]);
                Command("RETR " + path, [|125|], [|150|]);
            }
        }
        """);

    [Fact]
    public Task Lists_searched_for_a_reply() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using System.Linq;
        using FluentFTP;

        class Mirror
        {
            bool Transient(FtpReply reply) => new[] { [|"421"|], [|"425"|], [|"426"|] }.Contains(reply.Code);
            bool Missing(FtpReply reply) => new List<string> { [|"550"|], [|"450"|] }.Contains(reply.Code);
        }

        class FtpSession
        {
            bool Retry(int replyCode) => new[] { [|421|], [|425|] }.Contains(replyCode);
            bool RetryToo(int replyCode) => Enumerable.Contains(new[] { [|421|] }, replyCode);
        }
        """, StandIns.FluentFtp });

    [Fact]
    public Task Lists_kept_in_fields_properties_and_locals_named_for_replies() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Collections.Generic;

        class FtpSession
        {
            static readonly HashSet<int> TransientReplies = new() { [|421|], [|425|], [|426|] };
            static readonly int[] RetryableCodes = [[|421|], [|450|]];
            public IReadOnlyList<string> ExpectedReplies { get; set; } = new[] { [|"226"|], [|"250"|] };

            void Store(int reply)
            {
                var expectedCodes = new List<int> { [|125|], [|150|] };
                int[] okCodes;
                okCodes = new[] { [|226|] };
            }
        }
        """);

    [Fact]
    public Task The_same_shapes_in_HTTP_SMTP_and_plain_code_are_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Linq;

        class HttpRetryPolicy
        {
            static readonly HashSet<int> RetryableCodes = new() { 500, 502, 503, 504 };
            bool Retry(int statusCode) => new[] { 502, 503 }.Contains(statusCode);
        }

        class RetryPolicy
        {
            // Two numbers FTP never replies (408, 429): another protocol's list, whatever the names say.
            static readonly int[] RetryableCodes = { 408, 429, 500, 502, 503 };
        }

        class SmtpConnection
        {
            int Send(string command) => 0;
            void Expect(int reply, params int[] expected) { }
            void Hello() => Expect(Send("EHLO me"), 250, 251);
        }

        class Report
        {
            int[] sizes = { 200, 250, 500 };
            byte[] header = { 200, 221, 150 };
            string Line(int a) => string.Format("{0} {1}", 550, 421);
            List<int> Ports() => new List<int> { 221, 550 };
            bool Known(int value) => new[] { 200, 250 }.Contains(value);
        }

        // Positive control: the first list's shape in an FTP type of its own is reported.
        class FtpControlConnection
        {
            static readonly HashSet<int> TransientReplies = new() { [|421|], [|425|] };
        }
        """);

    [Fact]
    public Task FTP0002_reports_a_typo_in_a_list_and_not_a_foreign_list() => VerifyFtp0002.VerifyAnalyzerAsync("""
        using System.Collections.Generic;

        class FtpSession
        {
            static readonly HashSet<int> TransientReplies = new() { 421, 425, [|427|] };
            static readonly int[] OtherCodes = { 421, 408, 429 };
        }
        """);

    [Fact]
    public Task Fix_writes_named_members_in_every_list_shape() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.Collections.Generic;
        using System.Linq;

        class FtpControlConnection
        {
            static readonly HashSet<int> TransientReplies = new() { [|421|], [|425|] };
            static readonly long[] RetryableCodes = [[|450|], [|451L|]];

            bool Expect(int reply, params int[] expected) => expected.Contains(reply);

            bool Login(int reply, string code) =>
                Expect(reply, [|331|], [|230|])
                && Expect(reply, new[] { [|125|], [|150|] })
                && new[] { [|"226"|], [|"250"|] }.Contains(code);
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using FtpReplyAnalyzers;

        class FtpControlConnection
        {
            static readonly HashSet<int> TransientReplies = new() { (int)FtpReplyCode.ServiceNotAvailable, (int)FtpReplyCode.CannotOpenDataConnection };
            static readonly long[] RetryableCodes = [(int)FtpReplyCode.FileTemporarilyUnavailable, (long)FtpReplyCode.LocalProcessingError];

            bool Expect(int reply, params int[] expected) => expected.Contains(reply);

            bool Login(int reply, string code) =>
                Expect(reply, (int)FtpReplyCode.UserNameOkNeedPassword, (int)FtpReplyCode.UserLoggedIn)
                && Expect(reply, new[] { (int)FtpReplyCode.DataConnectionAlreadyOpen, (int)FtpReplyCode.OpeningDataConnection })
                && new[] { FtpReplyCodeStrings.ClosingDataConnection, FtpReplyCodeStrings.FileActionOk }.Contains(code);
        }
        """);
}
