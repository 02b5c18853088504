using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// A reply line or a code tested by its first digits: <c>response.StartsWith("220")</c>, <c>line.StartsWith("211-")</c>.
/// Reported at the three digits; fixed to the same prefix built from the enum, keeping the overload the call had. The
/// same calls in SMTP and HTTP code, and on names, paths and hosts, are not reported.
/// </summary>
public sealed class ReplyPrefixTests
{
    [Fact]
    public Task Prefixes_of_reply_lines_and_codes_in_FTP_code() => VerifyFtp0001.VerifyAnalyzerAsync(["""
        using System;
        using System.IO;
        using System.Net;
        using FluentFTP;
        using FluentFTP.Exceptions;

        class RawFtpClient
        {
            private readonly StreamReader control = new StreamReader(Stream.Null);

            string Read() => control.ReadLine() ?? "";

            void Login(FtpClient fluent)
            {
                var response = Read();
                if (!response.StartsWith("[|220|]")) throw new IOException(response);

                string first = Read();
                bool multi = first.StartsWith("[|211|]-", StringComparison.Ordinal) || first.StartsWith("[|213|] ");
                if (first.StartsWith("[|500|]") && !first.StartsWith("[|502|]", StringComparison.Ordinal)) { }

                var reply = fluent.Execute("NOOP");
                if (reply.Code.StartsWith("[|200|]")) { }

                try { }
                catch (FtpCommandException ex) when (ex.CompletionCode.StartsWith("[|550|]")) { }
            }

            void Web(FtpWebResponse web)
            {
                bool done = web.StatusDescription?.StartsWith("[|226|]") == true;
                if (web.ExitMessage != null && !web.ExitMessage.StartsWith("[|221|]")) { }
            }
        }
        """, StandIns.FluentFtp]);

    [Fact]
    public Task The_same_prefixes_in_SMTP_HTTP_and_on_names_are_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;

        class SmtpSubmissionClient
        {
            private readonly StreamReader reader = new StreamReader(Stream.Null);

            void Send()
            {
                var response = reader.ReadLine() ?? "";
                if (!response.StartsWith("220")) { }
                if (response.StartsWith("250-") || response.StartsWith("421")) { }
            }
        }

        class RawHttpProbe
        {
            bool Healthy(string statusLine, string line) =>
                statusLine.StartsWith("HTTP/1.1 200") || line.StartsWith("200") || line.StartsWith("503 ");
        }

        class FtpMirror
        {
            private readonly StreamReader control = new StreamReader(Stream.Null);

            void Pick(string fileName, string remotePath, string host)
            {
                // File names, paths and hosts may start with digits; they are never reply lines.
                if (fileName.StartsWith("226") || remotePath.StartsWith("550") || host.StartsWith("200")) { }

                // Positive control: a reply line read in the same FTP class.
                var reply = control.ReadLine() ?? "";
                if (reply.StartsWith("[|226|]")) { }
            }
        }
        """);

    [Fact]
    public Task Fix_writes_the_same_prefix_from_the_enum_and_keeps_the_overload() => VerifyFtp0001.VerifyCodeFixAsync(
        """
        using System;
        using System.IO;

        class RawFtpClient
        {
            private readonly StreamReader control = new StreamReader(Stream.Null);

            bool Check()
            {
                var reply = control.ReadLine() ?? "";
                return reply.StartsWith("[|230|]")
                    || reply.StartsWith("[|202|]", StringComparison.Ordinal)
                    || reply.StartsWith(@"[|211|]-")
                    || reply?.StartsWith("[|213|] ", StringComparison.Ordinal) == true;
            }
        }
        """,
        """
        using System;
        using System.IO;
        using FtpReplyAnalyzers;

        class RawFtpClient
        {
            private readonly StreamReader control = new StreamReader(Stream.Null);

            bool Check()
            {
                var reply = control.ReadLine() ?? "";
                return reply.StartsWith(FtpReplyCodeStrings.UserLoggedIn)
                    || reply.StartsWith(FtpReplyCodeStrings.CommandSuperfluous, StringComparison.Ordinal)
                    || reply.StartsWith(FtpReplyCodeStrings.SystemStatus + @"-")
                    || reply?.StartsWith(FtpReplyCodeStrings.FileStatus + " ", StringComparison.Ordinal) == true;
            }
        }
        """);
}
