using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// FTP0001 never reports what is not an FTP reply: the same shapes in HTTP and SMTP code, numbers that live beside
/// reply codes in FTP classes, named constants, undefined codes and generated code.
/// Each source also holds a positive control: a site the rule does report, in a type (or file) of its own so that it
/// adds no FTP evidence to the code that must stay silent. A rule that reported nothing would pass a test without one.
/// </summary>
public sealed class MagicReplyCodeNegativeTests
{
    [Fact]
    public Task Http_status_codes_in_every_shape() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """
        using System.Net;
        using System.Net.Http;
        using System.Threading.Tasks;

        class Downloader
        {
            async Task<bool> Fetch(HttpClient client)
            {
                var response = await client.GetAsync("https://example.org");
                if ((int)response.StatusCode == 200) return true;
                if (response.StatusCode == (HttpStatusCode)500) return false;
                var status = (int)response.StatusCode;
                switch (status)
                {
                    case 226: return true;
                    case 421: return false;
                }

                return (int)response.StatusCode is 502 or 503;
            }

            bool Legacy(HttpWebResponse response) => (int)response.StatusCode == 550 || response.StatusCode.Equals((HttpStatusCode)451);
        }

        class MiddlewareLike
        {
            void Fail(Microsoft.AspNetCore.Http.HttpContext context) => context.Response.StatusCode = 500;
        }

        class FilesController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            Microsoft.AspNetCore.Mvc.IActionResult Missing() => StatusCode(550);
        }

        // Positive control: the same comparison with an FTP response's status is reported.
        class FtpDownloader
        {
            bool Missing(FtpWebResponse response) => (int)response.StatusCode == [|550|];
        }
        """, StandIns.AspNetCore });

    [Fact]
    public Task Smtp_replies_from_System_Net_Mail_and_a_hand_written_client() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;
        using System.Net.Mail;

        class Notifier
        {
            bool Rejected(SmtpException ex) => ex.StatusCode == (SmtpStatusCode)550 || (int)ex.StatusCode == 553;
        }

        class SmtpConnection
        {
            private readonly StreamReader reader = StreamReader.Null;

            int ReadReply() => int.Parse((reader.ReadLine() ?? "000").Substring(0, 3));

            void Send()
            {
                int code = ReadReply();
                if (code != 220) throw new IOException();
                switch (ReadReply())
                {
                    case 250: break;
                    case 421: case 450: throw new IOException("try later");
                    case 550: throw new IOException("mailbox unavailable");
                }
            }
        }

        class Mailer
        {
            private readonly StreamWriter writer = StreamWriter.Null;
            private readonly StreamReader reader = StreamReader.Null;

            int Command(string line) { writer.WriteLine(line); return int.Parse((reader.ReadLine() ?? "000").Substring(0, 3)); }

            bool Deliver() => Command("HELO me") == 250 && Command("MAIL FROM:<a@b.c>") == 250 && Command("DATA") == 354;
        }

        // Positive control: the same check of an FTP connection's reply is reported.
        class FtpConnection
        {
            bool Ready(int code) => code == [|220|];
        }
        """);

    [Fact]
    public Task A_class_that_does_both_HTTP_and_FTP_reports_only_the_FTP_side() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;
        using System.Net.Http;
        using System.Threading.Tasks;

        class TransferService
        {
            async Task<bool> DownloadViaHttp(HttpClient client)
            {
                var response = await client.GetAsync("https://example.org/file");
                int statusCode = (int)response.StatusCode;
                return statusCode == 200 || statusCode == 226;
            }

            bool DownloadViaFtp(FtpWebResponse response)
            {
                int statusCode = (int)response.StatusCode;
                return statusCode == [|226|] || statusCode == [|250|];
            }

            bool Check(int code) => code == 200;
        }
        """);

    [Fact]
    public Task Numbers_beside_reply_codes_in_an_FTP_class() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        class FtpClientSession
        {
            public int Port { get; set; } = 21;
            public int TimeoutMs { get; set; } = 500;
            private int retries;

            async Task Copy(Stream source, Stream target)
            {
                var buffer = new byte[8192];
                int bytesRead;
                while ((bytesRead = await source.ReadAsync(buffer, 0, buffer.Length)) > 0)
                {
                    if (bytesRead == 200) { }
                    await target.WriteAsync(buffer, 0, bytesRead);
                }

                if (buffer.Length == 250) { }
                if (TimeoutMs == 500) { }
                if (retries == 421) { }
                if (Port == 990) { }
                await Task.Delay(250);
                Thread.Sleep(500);
                for (int i = 0; i < 200; i++) { if (i == 150) break; }
                var lineLength = 512;
                if (lineLength == 550) { }
                Environment.Exit(421);
            }

            bool Neutral(int value) => value == 226;
        }

        // Positive control: a value named as a reply, in another FTP type, is reported.
        class FtpTransfer
        {
            bool Done(int replyCode) => replyCode == [|226|];
        }
        """);

    [Fact]
    public Task Named_constants_undefined_codes_and_non_reply_strings() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class FtpClientSession
        {
            const int FileUnavailable = 550;
            const string Ok = "200";

            bool Missing(int replyCode) => replyCode == FileUnavailable;
            bool Fine(string replyCode) => replyCode == Ok;
            bool Typo(int replyCode) => replyCode == 299 || replyCode == 100 || replyCode == 10054;
            FtpStatusCode Unknown() => (FtpStatusCode)299;
            bool Chmod(string mode) => mode == "550";
        }

        // Positive control: a defined code as a literal, in another FTP type, is reported.
        class FtpTransfer
        {
            bool Busy(int replyCode) => replyCode == [|421|];
        }
        """);

    [Fact]
    public Task Other_protocols_named_by_type_or_namespace() => VerifyFtp0001.VerifyAnalyzerAsync("""
        namespace MyApp.Sftp
        {
            class Transfer { bool Failed(int statusCode) => statusCode == 550; }
        }

        namespace MyApp.Nntp
        {
            class NewsReader { bool NoSuchArticle(int replyCode) => replyCode == 430; }
        }

        namespace MyApp
        {
            class Pop3Client { bool Ok(int responseCode) => responseCode == 200; }
            class HttpFtpGateway { bool Done(int replyCode) => replyCode == 226; }
            class SipUserAgent { bool Busy(int statusCode) => statusCode == 486 || statusCode == 200; }
        }

        // Positive control: the same check in a namespace that names FTP is reported.
        namespace MyApp.Ftp
        {
            class Transfer { bool Failed(int statusCode) => statusCode == [|550|]; }
        }
        """);

    [Fact]
    public Task Generated_code_is_not_analysed() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """
        // <auto-generated/>
        class FtpClientSession
        {
            bool Retry(int replyCode) => replyCode == 421;
        }
        """, """
        // Positive control, in an ordinary file of the same compilation: the same check is reported.
        class FtpTransfer
        {
            bool Retry(int replyCode) => replyCode == [|421|];
        }
        """ });

    [Fact]
    public Task Library_methods_outside_FTP_types_are_not_reply_producers() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;
        using System.Threading.Tasks;

        class FtpServerHost
        {
            async Task Run()
            {
                await Task.Delay(421);
                Console.WriteLine(226);
                var span = TimeSpan.FromMilliseconds(550);
                var exception = new System.ComponentModel.Win32Exception(530);
            }
        }

        // Positive control: a code passed to the reply method of the user's FTP type is reported.
        class FtpServerSession
        {
            Task ReplyAsync(int code, string text) => Task.CompletedTask;
            Task Quit() => ReplyAsync([|221|], "Bye");
        }
        """);

    [Fact]
    public Task Without_the_bundled_library_the_analyzer_still_reports() => VerifyFtp0001.VerifyAnalyzerWithoutLibraryAsync(
        """
        class FtpClientSession
        {
            bool Retry(int replyCode) => replyCode == [|421|];
        }
        """);

    [Fact]
    public Task A_type_that_writes_another_protocol_vetoes_its_FTP_name() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;

        sealed class FtpProxyTunnel
        {
            private readonly StreamWriter writer = StreamWriter.Null;
            private readonly StreamReader reader = StreamReader.Null;

            void OpenFtpControl(string host)
            {
                writer.Write("CONNECT " + host + ":21 HTTP/1.1\r\n\r\n");
                var statusLine = reader.ReadLine() ?? "";
                int status = int.Parse(statusLine.Substring(9, 3));
                if (status == 200 || status == 502) { }
            }
        }

        // Positive control: an FTP type that writes FTP commands is FTP code.
        sealed class FtpLogin
        {
            private readonly StreamWriter writer = StreamWriter.Null;

            bool Accepted(string user, int status)
            {
                writer.Write("USER " + user + "\r\n");
                return status == [|331|];
            }
        }
        """);

    // A type whose names say nothing is FTP code when it sends FTP commands: only a string that starts with the verb
    // counts, not a comment, a doc comment, text in the middle of a string or after an escaped quote.
    [Fact]
    public Task Only_command_strings_make_a_neutral_type_FTP_code() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;

        /// <summary>Talks to the gateway, which answers "USER anonymous" and "CWD /in" requests.</summary>
        sealed class Gateway
        {
            private readonly StreamWriter writer = StreamWriter.Null;

            // Before: writer.WriteLine("CWD " + dir);
            void Change(string dir)
            {
                /* "RETR report.csv" */
                writer.WriteLine("please CWD " + dir);
                writer.WriteLine("say \"PASV\" " + dir);
            }

            bool Done(int code) => code == 250;
        }

        sealed class Relay
        {
            private readonly StreamWriter writer = StreamWriter.Null;

            void Change(string dir) => writer.WriteLine("CWD " + dir);

            bool Done(int code) => code == [|250|];
        }
        """);

    [Fact]
    public Task Members_of_types_that_work_with_HTTP_and_FTP_trust_no_weak_evidence() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net.Http;

        interface IFtpClient { }
        sealed class Mirror(HttpClient http, IFtpClient ftp)
        {
            bool Done(int code) => code == 226;
        }

        // Positive control: a type that works with FTP alone is FTP code.
        sealed class Uploader(IFtpClient ftp)
        {
            bool Done(int code) => code == [|226|];
        }
        """);

    // Found by the reliability harness (mutants): `(FtpStatusCode)"550"` was taken for a reply-code cast and "fixed"
    // into a valid member, which turned the cast error into an unreachable switch arm (CS8510).
    [Fact]
    public Task String_cast_to_FtpStatusCode_does_not_compile_and_is_not_reported() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Downloader
        {
            FtpStatusCode Missing() => {|CS0030:(FtpStatusCode)"550"|};
        }

        // Positive control: a number cast to FtpStatusCode is reported.
        class Uploader
        {
            FtpStatusCode Missing() => (FtpStatusCode)[|550|];
        }
        """);

    [Fact]
    public Task A_code_inside_nameof_is_never_a_reply() => VerifyFtp0001.VerifyAnalyzerAsync(
        """
        class FtpReply
        {
            public string Code { get; set; } = "";
        }

        class FtpSession
        {
            string Typed(FtpReply reply) => nameof({|CS8081:reply.Code is "552" or "421"|});
            bool Real(FtpReply reply) => reply.Code is [|"552"|];
        }
        """);
}
