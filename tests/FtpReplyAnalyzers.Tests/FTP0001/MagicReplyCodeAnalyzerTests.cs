using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>FTP0001 reports every shape in which code tests or produces an FTP reply code.</summary>
public sealed class MagicReplyCodeAnalyzerTests
{
    [Fact]
    public Task Comparison_with_a_cast_FtpStatusCode_on_either_side() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Downloader
        {
            bool Check(FtpWebResponse response) =>
                (int)response.StatusCode == [|550|]
                || [|226|] == (int)response.StatusCode
                || (int)response.StatusCode != [|421|];
        }
        """);

    [Fact]
    public Task Cast_to_FtpStatusCode_and_to_the_bundled_enum() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;
        using FtpReplyAnalyzers;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => response.StatusCode == (FtpStatusCode)[|550|];
            FtpStatusCode Passive() => (FtpStatusCode)[|229|];
            FtpReplyCode Bundled() => (FtpReplyCode)[|421|];
        }
        """);

    [Fact]
    public Task Switch_statement_case_labels_switch_expression_arms_and_patterns() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Downloader
        {
            string Describe(FtpWebResponse response)
            {
                switch ((int)response.StatusCode)
                {
                    case [|226|]:
                    case [|250|]:
                        return "done";
                    case 0:
                        return "unknown";
                }

                return (int)response.StatusCode switch
                {
                    [|421|] or [|425|] => "retry",
                    [|530|] => "login",
                    _ => "other",
                };
            }

            bool Transient(FtpWebResponse response) => (int)response.StatusCode is [|421|] or [|425|] or [|426|];
            bool NotMissing(FtpWebResponse response) => (int)response.StatusCode is not [|550|];
            bool Both(FtpWebResponse response) => (int)response.StatusCode is not [|550|] and not [|553|];
        }
        """);

    [Fact]
    public Task Equals_calls() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Downloader
        {
            bool A(FtpWebResponse response) => ((int)response.StatusCode).Equals([|550|]);
            bool B(FtpWebResponse response) => Equals((int)response.StatusCode, [|550|]);
        }
        """);

    [Fact]
    public Task FluentFtp_string_codes() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """
        using FluentFTP;
        using FluentFTP.Exceptions;

        class Sync
        {
            void Run(FtpClient client)
            {
                var reply = client.Execute("CWD /in");
                if (reply.Code == [|"550"|]) { }
                if ([|"250"|] != reply.Code) { }
                if (reply.Code is [|"200"|]) { }
                if (reply.Code.Equals([|"550"|])) { }
                if (string.Equals(reply.Code, [|"553"|], System.StringComparison.Ordinal)) { }
                if (reply is { Code: [|"421"|] }) { }
                if (int.Parse(reply.Code) == [|226|]) { }
                if (int.Parse(reply.Code.Trim()) == [|226|]) { }

                switch (reply.Code)
                {
                    case [|"530"|]:
                        break;
                    case "hello":
                        break;
                }
            }

            bool Denied(FtpCommandException ex) => ex.CompletionCode == [|"530"|];
        }
        """, StandIns.FluentFtp });

    // The literal filter reads a plain literal's source text and every other spelling through its value: a code is
    // found however the string is written, and a string that only looks like one in the source is not.
    [Fact]
    public Task String_codes_in_every_spelling_of_a_string_literal() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """"
        using FluentFTP;

        class Sync
        {
            void Run(FtpClient client)
            {
                var reply = client.Execute("CWD /in");
                if (reply.Code == [|@"550"|]) { }
                if (reply.Code == [|"\x35\x35\x30"|]) { }
                if (reply.Code == [|"\u0034\u0032\u0031"|]) { }
                if (reply.Code == [|"5\u00350"|]) { }
                if (reply.Code == [|"""226"""|]) { }
                if (reply.Code == "5500") { }
                if (reply.Code == "55") { }
                if (reply.Code == "550\t") { }
                if (reply.Code == "55\t") { }
                if (reply.Code == @"550 ") { }
                if (reply.Code == "") { }
                if (reply.Code == "\"550\"") { }
            }
        }
        """", StandIns.FluentFtp });

    // Plain decimal numbers are read from their text (three digits a code, any other count none), real numbers are
    // turned away on it; every other spelling is read through its constant, so each of these is what it is to the compiler.
    [Fact]
    public Task Numeric_codes_in_every_spelling_of_a_number() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Downloader
        {
            void Check(FtpWebResponse response)
            {
                var status = (int)response.StatusCode;
                if (status == [|0550|]) { }
                if (status == [|000421|]) { }
                if (status == [|0x226|]) { }
                if (status == [|0X1a5|]) { }
                if (status == [|0b1000100110|]) { }
                if (status == [|5_50|]) { }
                if (status == [|0_550|]) { }
                if (status == [|550L|]) { }
                if (status == [|550u|]) { }
                if (status == [|0x1F5|]) { }
                if (status == [|0xDCL|]) { }
                if (status == [|0xe6|]) { }
                if (status == 5500) { }
                if (status == 55) { }
                if (status == 0) { }
                if (status == 00) { }
                if (status == 1_000) { }
                if (status == 0x0) { }
                if (status == 550.0) { }
                if (status == 550f) { }
                if (status == 550D) { }
                if (status == 550m) { }
                if (status == 5.5e2) { }
                if (status == 55E1) { }
            }
        }
        """);

    [Fact]
    public Task Locals_initialised_from_reply_values() => VerifyFtp0001.VerifyAnalyzerAsync(new[] { """
        using System.Net;
        using System.Threading.Tasks;
        using FluentFTP;

        class Sync
        {
            async Task Run(FtpClient client, FtpWebResponse response)
            {
                var reply = await client.ExecuteAsync("PWD");
                var code = reply.Code;
                if (code == [|"257"|]) { }

                var status = (int)response.StatusCode;
                if (status == [|550|]) { }

                if (int.TryParse(reply.Code, out var parsed) && parsed == [|226|]) { }
            }
        }
        """, StandIns.FluentFtp });

    [Fact]
    public Task Raw_socket_client_in_an_FTP_class() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.IO;

        class FtpControlConnection
        {
            private readonly StreamReader reader = StreamReader.Null;

            int ReadReplyCode()
            {
                var line = reader.ReadLine() ?? "";
                return int.Parse(line.Substring(0, 3));
            }

            void Login()
            {
                int code = ReadReplyCode();
                if (code != [|220|]) throw new IOException("no greeting");
                if (ReadReplyCode() == [|331|]) { }
                var reply = ReadReplyCode();
                switch (reply)
                {
                    case [|230|]: break;
                    case [|530|]: throw new IOException("denied");
                }
            }

            bool Greeting(string line) => line.Substring(0, 3) == [|"220"|];
        }
        """);

    [Fact]
    public Task Namespace_that_names_FTP_is_FTP_context() => VerifyFtp0001.VerifyAnalyzerAsync("""
        namespace MyServer.Ftp.Protocol
        {
            class ControlChannel
            {
                private int lastReplyCode;

                bool Failed() => lastReplyCode == [|451|];
            }
        }
        """);

    [Fact]
    public Task Server_side_reply_arguments_and_assignments() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;

        class FtpResponse
        {
            public FtpResponse(int code, string message) { Code = code; Message = message; }
            public int Code { get; set; }
            public string Message { get; }
        }

        class FtpSession
        {
            public Task ReplyAsync(int code, string text) => Task.CompletedTask;

            FtpResponse Dele(bool exists) => exists ? new FtpResponse([|250|], "Deleted") : new FtpResponse(code: [|550|], message: "No such file");

            async Task Quit()
            {
                await ReplyAsync([|221|], "Bye");
                var response = new FtpResponse([|200|], "OK") { Code = [|202|] };
                response.Code = [|421|];
            }
        }
        """);

    [Fact]
    public Task Local_function_that_names_FTP() => VerifyFtp0001.VerifyAnalyzerAsync("""
        class Worker
        {
            void Run(int code)
            {
                bool FtpLoginFailed(int replyCode) => replyCode == [|530|];
                FtpLoginFailed(code);
            }
        }
        """);

    [Fact]
    public Task Message_names_the_code_its_meaning_its_class_what_to_do_and_the_member() => VerifyFtp0001.VerifyAnalyzerAsync(
        """
        class FtpClientSession
        {
            bool Retry(int replyCode) => replyCode == {|#0:421|};
        }
        """,
        new DiagnosticResult(Descriptors.MagicReplyCode)
            .WithLocation(0)
            .WithMessage("FTP reply 421 means \"service not available, closing control connection\" (transient negative: retry later): use FtpReplyCode.ServiceNotAvailable"));

    [Theory]
    [InlineData(150, "file status okay, about to open the data connection", "positive preliminary: another reply follows", "OpeningDataConnection")]
    [InlineData(226, "closing data connection, requested file action succeeded", "positive completion: done", "ClosingDataConnection")]
    [InlineData(350, "file action pending further information", "positive intermediate: send the next command", "FileActionPending")]
    [InlineData(450, "file action not taken, file unavailable for now (e.g. busy)", "transient negative: retry later", "FileTemporarilyUnavailable")]
    [InlineData(530, "not logged in", "permanent negative: do not retry as is", "NotLoggedIn")]
    [InlineData(631, "integrity-protected reply", "protected: decode it first", "IntegrityProtectedReply")]

    // 430 is 4yz, yet repeating bad credentials is no retry: the code's own words, not its class's.
    [InlineData(430, "invalid user name or password", "transient negative: check the credentials, do not retry as is", "InvalidUserNameOrPassword")]
    public Task Message_says_what_to_do_with_a_reply_of_each_class(int code, string meaning, string replyClass, string member) => VerifyFtp0001.VerifyAnalyzerAsync(
        $$"""
        class FtpClientSession
        {
            bool Check(int replyCode) => replyCode == {|#0:{{code}}|};
        }
        """,
        new DiagnosticResult(Descriptors.MagicReplyCode)
            .WithLocation(0)
            .WithMessage($"FTP reply {code} means \"{meaning}\" ({replyClass}): use FtpReplyCode.{member}"));

    [Fact]
    public Task Message_names_the_BCL_member_where_the_value_is_an_FtpStatusCode() => VerifyFtp0001.VerifyAnalyzerAsync(
        """
        using System.Net;

        class Downloader
        {
            bool Missing(FtpWebResponse response) => (int)response.StatusCode == {|#0:550|};
            FtpStatusCode Passive() => (FtpStatusCode){|#1:229|};
        }
        """,
        Diagnostic(0, 550, "FtpStatusCode.ActionNotTakenFileUnavailable"),
        Diagnostic(1, 229, "FtpReplyCode.EnteringExtendedPassiveMode"));

    [Fact]
    public Task Every_code_of_the_catalog_is_reported_with_its_catalog_meaning()
    {
        // One cast per code: what the diagnostics say comes from the same catalog as the enum.
        var casts = string.Join("\n", ReplyCodeCatalog.All.Select((d, i) => $"        (FtpReplyCode){{|#{i}:{d.Code}|}},"));
        var source = "using FtpReplyAnalyzers;\n\nclass Table\n{\n    FtpReplyCode[] All =\n    {\n" + casts + "\n    };\n}\n";
        var expected = ReplyCodeCatalog.All.Select((d, i) => Diagnostic(i, d.Code, "FtpReplyCode." + d.Name)).ToArray();
        return VerifyFtp0001.VerifyAnalyzerAsync(source, expected);
    }

    [Fact]
    public Task Methods_named_after_the_command_they_send() => VerifyFtp0001.VerifyAnalyzerAsync("""
        class Client
        {
            int SendCommand(string verb, string? argument = null) => 0;
            int Cwd(string path) => SendCommand("CWD", path);
            int Mkd(string path) => SendCommand("MKD", path);
            int SendPasv() => SendCommand("PASV");
            System.Threading.Tasks.Task<int> DeleAsync(string path) => System.Threading.Tasks.Task.FromResult(0);

            async System.Threading.Tasks.Task Run()
            {
                if (Cwd("/in") != [|250|]) { }
                if (Mkd("/out") == [|257|]) { }
                if (SendPasv() == [|227|]) { }
                if (await DeleAsync("x") == [|250|]) { }
            }
        }
        """);

    [Fact]
    public Task Range_slices_helpers_and_conditional_values() => VerifyFtp0001.VerifyAnalyzerAsync("""
        static class modFtp
        {
            static string Left(string s, int n) => s.Substring(0, n);
            static int Val(string s) => int.Parse(s);

            static void Login(string line, string strResp, FtpReply reply, bool busy)
            {
                if (line[..3] == [|"220"|]) { }
                if (line[0..3] != [|"331"|]) { }
                switch (Val(Left(strResp, 3)))
                {
                    case [|230|]: break;
                }

                reply.Code = busy ? [|450|] : [|550|];
            }
        }

        class FtpReply { public int Code { get; set; } }
        """);

    [Fact]
    public Task A_type_that_works_with_FTP_types_is_FTP_context() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System;

        interface IFtpTransferEngine { int LastReplyCode { get; } }
        sealed class QueueItem { public int LastReplyCode { get; set; } }

        sealed class TransferQueue(Func<IFtpTransferEngine> engineFactory)
        {
            bool Done(QueueItem item) => item.LastReplyCode == [|226|];
            IFtpTransferEngine Create() => engineFactory();
        }
        """);

    // Found by the reliability harness (nonidempotent): the subject `(FtpStatusCode)229` was judged by its operand, and
    // once the fix had named the operand the second Fix All found a new site. A cast to a reply-code enum decides.
    [Fact]
    public Task A_value_cast_to_FtpStatusCode_is_a_reply_whatever_its_operand() => VerifyFtp0001.VerifyAnalyzerAsync("""
        using System.Net;

        class Channel
        {
            bool Missing(int x) => {|CS0019:(FtpStatusCode)x == [|550|]|};
            bool Typed(int x) => {|CS0019:(FtpStatusCode)[|229|] != [|"226"|]|};
        }
        """);

    /// <summary>An FTP0001 result at markup location <paramref name="markupKey"/> with the message for <paramref name="code"/>.</summary>
    private static DiagnosticResult Diagnostic(int markupKey, int code, string member)
    {
        var definition = ReplyCodeCatalog.All.Single(d => d.Code == code);
        return new DiagnosticResult(Descriptors.MagicReplyCode)
            .WithLocation(markupKey)
            .WithArguments(definition.CodeText, definition.Meaning, ReplyCodeCatalog.DescribeReply(definition), member);
    }
}
