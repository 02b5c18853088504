using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// FTP0003 never reports what is not an FTP reply-class check: the same shapes in HTTP, SMTP and plain code, ranges
/// that no helper tests, one-sided bounds, and values that are not replies.
/// Each source also holds a positive control: a site the rule does report, in a type (or file) of its own so that it
/// adds no FTP evidence to the code that must stay silent. A rule that reported nothing would pass a test without one.
/// </summary>
public sealed class ReplyClassCheckNegativeTests
{
    [Fact]
    public Task Http_status_classes_in_every_shape() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Downloader
            {
                async Task<bool> ClientError(HttpClient client)
                {
                    var response = await client.GetAsync("https://example.org");
                    var status = (int)response.StatusCode;
                    return status >= 400 && status < 500
                        || (int)response.StatusCode / 100 == 5
                        || status is >= 200 and <= 299
                        || status < 400 || status >= 500;
                }

                bool Legacy(HttpWebResponse response) => (int)response.StatusCode >= 400 && (int)response.StatusCode < 500;
                bool First(HttpResponseMessage response) => ((int)response.StatusCode).ToString()[0] == '4';
                bool Text(HttpResponseMessage response) => ((int)response.StatusCode).ToString().StartsWith("5");
            }

            class HttpStatusHelper
            {
                static bool IsClientError(int status) => status >= 400 && status < 500;
                static bool IsServerError(int statusCode) => statusCode / 100 == 5;
                static bool IsSuccess(int code) => code is >= 200 and <= 299;
            }

            class MiddlewareLike
            {
                bool Failed(Microsoft.AspNetCore.Http.HttpContext context) =>
                    context.Response.StatusCode >= 500 && context.Response.StatusCode < 600;
            }

            // Positive control: the same range check on an FTP response's status is reported.
            class FtpDownloader
            {
                bool ClientError(FtpWebResponse response) => [|(int)response.StatusCode >= 400 && (int)response.StatusCode < 500|];
            }
            """,
            StandIns.AspNetCore,
        ]);

    [Fact]
    public Task Smtp_reply_classes() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        using System.Net.Mail;

        class Notifier
        {
            bool Transient(SmtpException ex) => (int)ex.StatusCode >= 400 && (int)ex.StatusCode < 500 || (int)ex.StatusCode / 100 == 4;
        }

        class SmtpConnection
        {
            bool Transient(int code) => code >= 400 && code < 500;
            bool Permanent(int reply) => reply / 100 == 5;
            bool Rejected(string response) => response[0] == '5' || response.StartsWith("4");

            void Send(System.IO.TextWriter writer) => writer.Write("EHLO client\r\n");
        }

        // Positive control: the same check of an FTP connection's reply is reported.
        class FtpConnection
        {
            bool Transient(int code) => [|code >= 400 && code < 500|];
        }
        """);

    [Fact]
    public Task Plain_code_without_protocol_context() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class Grades
        {
            bool Pass(int score) => score >= 400 && score < 500;
            bool Bucket(int value) => value / 100 == 4;
            bool Range(int code) => code is >= 200 and <= 299;
            bool Version(string version) => version.StartsWith("4") || version[0] == '5';
        }

        // Positive control: the same check in a type that names FTP is reported.
        class FtpReplies
        {
            bool Range(int code) => [|code is >= 200 and <= 299|];
        }
        """);

    [Fact]
    public Task Values_named_as_something_else_in_FTP_code() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool Slow(int timeoutMs) => timeoutMs >= 400 && timeoutMs < 500;
            bool Middle(int bytesRead) => bytesRead / 100 == 4;
            bool Port(int port) => port is >= 100 and <= 199;
            bool Line(string line) => line[0] == '4';
        }

        // Positive control: the same check of a value named as a reply, in another FTP type, is reported.
        class FtpClientSession
        {
            bool Slow(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
        }
        """);

    [Fact]
    public Task Ranges_no_helper_tests_and_one_sided_bounds() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            bool A(int replyCode) => replyCode < 300;
            bool B(int replyCode) => replyCode >= 400;
            bool C(int replyCode) => replyCode > 400 && replyCode < 500;
            bool D(int replyCode) => replyCode >= 400 && replyCode < 450;
            bool E(int replyCode) => replyCode >= 100 && replyCode < 600;
            bool F(int replyCode) => replyCode / 100 == 0 || replyCode / 100 == 7 || replyCode / 10 == 42;
            bool G(int replyCode) => replyCode < 400 && replyCode >= 500;
            bool H(int replyCode) => replyCode >= 400 || replyCode < 500;
            bool I(string replyCode) => replyCode[1] == '4' || replyCode[0] == '0' || replyCode.StartsWith("45") || replyCode.EndsWith("4");
            bool J(int replyCode) => replyCode is >= 400 or < 500;
        }

        // Positive control: a range a helper tests, in another FTP type, is reported.
        class FtpClientSession
        {
            bool Transient(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
        }
        """);

    [Fact]
    public Task Two_values_nullable_floating_and_constant_operands() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        class FtpSession
        {
            const int LastReplyCode = 450;
            const bool Transient = LastReplyCode >= 400 && LastReplyCode < 500;

            bool A(int replyCode, int otherCode) => replyCode >= 400 && otherCode < 500;
            bool B(int? replyCode) => replyCode >= 400 && replyCode < 500;
            bool C(double replyCode) => replyCode >= 400 && replyCode < 500;
            bool D(object replyCode) => replyCode is >= 400 and < 500;
            bool E(int? replyCode) => replyCode is >= 400 and < 500;
            bool F(int[] replyCodes) => replyCodes[0] >= 400 && replyCodes[1] < 500;
        }

        // Positive control: one int value checked against a reply class, in another FTP type, is reported.
        class FtpClientSession
        {
            bool Transient(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
        }
        """);

    // What the fix writes names the class already: its digit is a constant, not a number written by hand.
    [Fact]
    public Task Hundreds_compared_with_a_named_digit() => VerifyFtp0003.VerifyAnalyzerAsync(
        """
        using FtpReplyAnalyzers;

        class FtpSession
        {
            const int Transient = 4;

            bool A(int replyCode) => replyCode / 100 == (int)FtpReplyClass.TransientNegative;
            bool B(int replyCode) => replyCode / 100 != Transient && replyCode / 100 != (int)FtpReplyClass.PermanentNegative;

            // Positive control: the same comparison with the digit written as a number is reported.
            bool C(int replyCode) => [|replyCode / 100 == 4|];
        }
        """);

    [Fact]
    public Task Generated_code_is_not_analysed() => VerifyFtp0003.VerifyAnalyzerAsync(
        [
            """
            // <auto-generated/>
            class FtpSession
            {
                bool Transient(int replyCode) => replyCode >= 400 && replyCode < 500;
            }
            """,
            """
            // Positive control, in an ordinary file of the same compilation: the same check is reported.
            class FtpClientSession
            {
                bool Transient(int replyCode) => [|replyCode >= 400 && replyCode < 500|];
            }
            """,
        ]);
}
