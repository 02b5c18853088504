using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Codes that real FTP code keeps in members and sets, or hands to tests and its own parsers: a code property or
/// initialiser of an FTP reply or exception type, a named set of codes used only to look a reply up, an assertion on a
/// reply's code, reply text given to a reply parser or a fake's reply parameter, an FTP exception's code, and expected
/// codes passed to a base class an SMTP client shares. The same shapes in HTTP and SMTP code are not reported.
/// </summary>
public sealed class CodeMemberAndSetTests
{
    [Fact]
    public Task Code_members_of_FTP_reply_exception_and_handler_types() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;

        abstract class FtpReplyError : Exception
        {
            public abstract int Code { get; }
        }

        sealed class FtpNotLoggedInError : FtpReplyError
        {
            public override int Code => [|530|];
        }

        sealed class FtpFileUnavailableException : Exception
        {
            public int FtpErrorCode { get; } = [|550|];
            public int ReplyCode = [|550|];
        }

        abstract class FtpCommandHandler
        {
            protected virtual int SuccessCode => [|250|];
        }

        sealed class StorHandler : FtpCommandHandler
        {
            protected override int SuccessCode
            {
                get { return [|226|]; }
            }
        }

        sealed class FtpException : Exception
        {
            public FtpException(int code, string message) : base(message) { }
        }

        class FtpDownloader
        {
            void Fail() => throw new FtpException([|550|], "No such file");
        }
        """);

    [Fact]
    public Task Named_sets_of_codes_used_only_to_look_up_FTP_replies() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;

        record struct FtpResponse(int Code, string Text);

        class FtpRetryPolicy
        {
            private static readonly HashSet<int> Retryable = new HashSet<int> { [|421|], [|425|] };
            private static readonly int[] Fatal = { [|530|], [|550|] };
            private static readonly ImmutableHashSet<int> Transient = ImmutableHashSet.Create([|450|], [|451|]);
            private static readonly HashSet<int> NeedsReconnect = [[|421|], [|426|]];

            bool ShouldRetry(FtpResponse response) => !Fatal.Contains(response.Code) && Retryable.Contains(response.Code);
            bool IsTransient(FtpResponse response) => Transient.Contains(response.Code);
            bool MustReconnect(FtpResponse response) => NeedsReconnect.Contains(response.Code);
        }
        """);

    [Fact]
    public Task Assertions_parsers_and_fakes_of_FTP_tests() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;

        class FtpReply
        {
            public int Code { get; init; }
            public static FtpReply Parse(string text) => new FtpReply();
        }

        static class Expect
        {
            public static void Equal<T>(T expected, T actual) { }
        }

        class ScriptedFtpControl
        {
            public void Enqueue(string replyLine) { }
        }

        class FtpReplyParserTests
        {
            void Passive()
            {
                var reply = FtpReply.Parse("[|227|] Entering Passive Mode (192,168,1,20,19,137)");
                Expect.Equal([|227|], reply.Code);
                new ScriptedFtpControl().Enqueue("[|550|] nothing.txt: No such file");
            }
        }
        """);

    [Fact]
    public Task Expected_codes_through_a_base_class_an_SMTP_client_shares_are_decided_by_the_command() => VerifyFtp0001.VerifyAnalyzerAsync("""
        abstract class LineProtocolClient
        {
            protected string SendAndWaitForResponse(string command, params int[] expectedCodes) => "";
        }

        sealed class FtpControlClient : LineProtocolClient
        {
            void Login() => SendAndWaitForResponse("USER anonymous", [|331|], [|230|]);
        }

        sealed class SmtpRelayClient : LineProtocolClient
        {
            void Hello() => SendAndWaitForResponse("EHLO relay.example.com", 250);
            void Mail() => SendAndWaitForResponse("MAIL FROM:<a@example.com>", 250);
        }
        """);

    [Fact]
    public Task The_same_members_and_sets_in_HTTP_and_SMTP_code_and_named_constants_are_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;

        sealed class HttpServiceUnavailableException : Exception
        {
            public int StatusCode => 503;
        }

        sealed class SmtpMailboxException : Exception
        {
            public int SmtpCode { get; } = 550;
        }

        sealed class SmtpException : Exception
        {
            public SmtpException(int code, string message) : base(message) { }
        }

        class SmtpReply
        {
            public int Code { get; init; }
            public static SmtpReply Parse(string text) => new SmtpReply();
        }

        class ScriptedSmtpServer
        {
            public void Enqueue(string replyLine) { }
        }

        class SmtpClientTests
        {
            void Rejected()
            {
                var reply = SmtpReply.Parse("550 Mailbox unavailable");
                new ScriptedSmtpServer().Enqueue("421 Service not available");
                throw new SmtpException(550, "Mailbox unavailable");
            }
        }

        class SmtpRetryPolicy
        {
            private static readonly HashSet<int> Retryable = new HashSet<int> { 421, 450, 451 };
            bool ShouldRetry(int replyCode) => Retryable.Contains(replyCode);
        }

        class FtpSettings
        {
            // A static member named for the code is a name for it, not an object's code; a set looked up with a port is no set of replies.
            public static readonly int FileUnavailable = 550;
            public static int ServiceReady => 220;
            public static int DefaultReplyCode => 200;
            public int Count { get; } = 200;
            private static readonly HashSet<int> KnownPorts = new HashSet<int> { 421, 450 };
            bool IsKnown(int port) => KnownPorts.Contains(port);

            // Positive control: the object's own code in the same FTP type.
            public int ReplyCode { get; } = [|421|];
        }
        """);

    [Fact]
    public Task Fix_names_code_members_set_elements_and_assertions() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System;
        using System.Collections.Generic;

        abstract class FtpReplyError : Exception
        {
            public abstract int Code { get; }
        }

        sealed class FtpNotLoggedInError : FtpReplyError
        {
            public override int Code => [|530|];
            public long FtpErrorCode { get; } = [|530|];
        }

        class FtpRetryPolicy
        {
            private static readonly HashSet<int> Retryable = new HashSet<int> { [|421|], [|425|] };
            bool ShouldRetry(FtpReplyError error) => Retryable.Contains(error.Code);
        }
        """,
        """
        using System;
        using System.Collections.Generic;
        using FtpReplyAnalyzers;

        abstract class FtpReplyError : Exception
        {
            public abstract int Code { get; }
        }

        sealed class FtpNotLoggedInError : FtpReplyError
        {
            public override int Code => (int)FtpReplyCode.NotLoggedIn;
            public long FtpErrorCode { get; } = (int)FtpReplyCode.NotLoggedIn;
        }

        class FtpRetryPolicy
        {
            private static readonly HashSet<int> Retryable = new HashSet<int> { (int)FtpReplyCode.ServiceNotAvailable, (int)FtpReplyCode.CannotOpenDataConnection };
            bool ShouldRetry(FtpReplyError error) => Retryable.Contains(error.Code);
        }
        """);
}
