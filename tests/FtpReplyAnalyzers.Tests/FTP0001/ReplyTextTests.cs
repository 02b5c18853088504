using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Server-side reply text that starts with a code (<c>"550 File not found"</c>), written to an FTP connection or
/// returned from an FTP command handler: reported at the three digits, fixed to the same string built from the enum.
/// The same text in SMTP servers, HTTP code, logs and the console is not reported.
/// </summary>
public sealed class ReplyTextTests
{
    [Fact]
    public Task Reply_text_written_to_the_control_connection_or_returned_from_a_handler() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;

        class FtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);
            private readonly Stream control = Stream.Null;

            async Task Greet(int users, string reason, long bytes)
            {
                if (users > 10)
                {
                    writer.WriteLine("[|421|] Too many users, try later");
                    return;
                }

                await writer.WriteLineAsync($"[|220|] Service ready for {users} users");
                writer.Write("[|550|] " + reason + "\r\n");
                writer.WriteLine(string.Format("[|226|] Transfer complete, {0} bytes", bytes));
                control.Write(Encoding.ASCII.GetBytes("[|221|] Goodbye\r\n"));
                control.Write("[|200|] Command okay\r\n"u8);
                writer.WriteLine(@"[|211|]-Features:");
            }

            string HandleCwd(string path) => Directory.Exists(path) ? "[|250|] Directory changed" : "[|550|] No such directory";
        }
        """);

    // The first line's start is read from the token where no escape stands among its first four characters, and through
    // the string's value where one does: each of these is the text the compiler makes of it.
    [Fact]
    public Task Reply_text_spelled_with_escapes_is_read_as_its_value() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;

        class FtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            void Reply()
            {
                writer.WriteLine([|"55\u0030 File not found"|]);
                writer.WriteLine([|"421\x20Too many users"|]);
                writer.WriteLine("[|226|] Done\u0021");
                writer.WriteLine("22\u0036Done");
                writer.WriteLine("\u0032\u0032\u0036");
            }
        }
        """);

    [Fact]
    public Task Reply_methods_and_reply_types_of_FTP_code() => VerifyFtp0001.VerifyAnalyzerAsync("""
        class FtpReply
        {
            public FtpReply(string line) { }
        }

        class FtpSession
        {
            void SendReply(string line) { }
            public FtpReply Quit() => new FtpReply("[|221|] Bye");
            void Noop() => SendReply("[|200|] NOOP ok");
        }

        class Handlers
        {
            // A reply type of FTP's decides, wherever it is created.
            public FtpReply Pwd(string path) => new FtpReply("[|257|] \"" + path + "\" is current directory");
        }
        """);

    [Fact]
    public Task The_same_text_in_SMTP_HTTP_logs_and_the_console_is_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.Diagnostics;
        using System.IO;

        class SmtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);
            void Hello() => writer.WriteLine("250 OK");
            string HandleRcpt() => "550 Mailbox unavailable";
        }

        class FtpServer
        {
            private readonly StreamWriter smtpWriter = new StreamWriter(Stream.Null);

            void Log(string reason)
            {
                Console.WriteLine("550 " + reason);
                Console.Out.WriteLine("421 shutting down");
                Debug.WriteLine("226 done");
                smtpWriter.WriteLine("250 relayed");
                var message = "550 kept for later";
            }

            string Describe() => "Code 550 means not found";
        }

        class Report
        {
            string Row(int n) => "200 rows";
            void Print(TextWriter output) => output.WriteLine("500 items processed");
        }

        // Positive control: the SMTP session's shapes in an FTP session of its own are reported.
        class FtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);
            void Hello() => writer.WriteLine("[|220|] Service ready");
            string HandleDele() => "[|550|] File unavailable";
        }
        """);

    [Fact]
    public Task Fix_builds_the_same_text_from_the_enum() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System.IO;

        class FtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            void Reply(int users, string reason)
            {
                writer.WriteLine("[|421|] Too many users");
                writer.WriteLine($"[|220|] Ready for {users} users");
                writer.Write("[|550|] " + reason + "\r\n");
                writer.WriteLine(@"[|211|]-Features:");
                writer.WriteLine("226 \"done\"".Length);
            }

            string HandleCwd(bool ok) => ok ? "[|250|] Directory changed" : "[|550|] No such directory";
        }
        """,
        """
        using System.IO;
        using FtpReplyAnalyzers;

        class FtpServerSession
        {
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            void Reply(int users, string reason)
            {
                writer.WriteLine(FtpReplyCodeStrings.ServiceNotAvailable + " Too many users");
                writer.WriteLine($"{FtpReplyCodeStrings.ServiceReady} Ready for {users} users");
                writer.Write(FtpReplyCodeStrings.FileUnavailable + " " + reason + "\r\n");
                writer.WriteLine(FtpReplyCodeStrings.SystemStatus + @"-Features:");
                writer.WriteLine("226 \"done\"".Length);
            }

            string HandleCwd(bool ok) => ok ? FtpReplyCodeStrings.FileActionOk + " Directory changed" : FtpReplyCodeStrings.FileUnavailable + " No such directory";
        }
        """);

    [Fact]
    public Task No_fix_for_u8_literals_constants_and_formattable_strings() => VerifyFtp0001.VerifyNoCodeFixAsync("""
        using System;
        using System.IO;

        class FtpServerSession
        {
            private readonly Stream control = Stream.Null;
            private readonly StreamWriter writer = new StreamWriter(Stream.Null);

            void Reply(int n)
            {
                control.Write("[|221|] Goodbye\r\n"u8);
                writer.WriteLine((FormattableString)$"[|226|] Sent {n} bytes");
            }
        }
        """);
}
