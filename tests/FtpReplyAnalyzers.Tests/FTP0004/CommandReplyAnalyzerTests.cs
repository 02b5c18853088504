using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0004;

/// <summary>FTP0004 in each way a command is certain, client and server, and in each shape of site.</summary>
public sealed class CommandReplyAnalyzerTests
{
    private const string Client = """
        using System;
        using System.Threading.Tasks;

        class FtpReply
        {
            public string Code { get; set; } = "";
            public string Message { get; set; } = "";
        }

        class FtpConnection
        {
            public int Send(string command) => 0;
            public string SendLine(string command) => "";
            public FtpReply Execute(string command) => new FtpReply();
            public Task<FtpReply> ExecuteAsync(string command) => Task.FromResult(new FtpReply());
            public int SendCommand(string verb, string argument) => 0;
            public int Cwd(string directory) => 0;
            public int SendPasv() => 0;
            public static void Expect(int reply, params int[] expected) { }
            public void Require(string command, params int[] expected) { }
        }
        """;

    [Fact]
    public Task Client_replies_of_a_literal_verb_in_every_shape() => VerifyFtp0004.VerifyAnalyzerAsync(
        [
            Client,
            """
            using System;
            using System.Threading.Tasks;

            class FtpSession
            {
                FtpConnection ftp = new FtpConnection();

                bool Pwd() => ftp.Send("PWD") == [|250|];
                bool Mkd(string path) => ftp.Execute("MKD " + path).Code == [|"250"|];
                bool Size(string path) => ftp.Execute($"SIZE {path}").Code.Equals([|"250"|], StringComparison.Ordinal);
                bool Syst() => ftp.SendLine("SYST").StartsWith("[|200|]");
                bool Rnfr(string name) => ftp.Send(string.Format("RNFR {0}", name)) is 350 or [|200|];
                bool Xpwd() => ftp.Send("XPWD") != [|250|];
                void Cwd(string dir) => FtpConnection.Expect(ftp.SendCommand("CWD", dir), [|257|]);
                void Port(string argument) => ftp.Require("PORT " + argument, 200, [|227|]);

                async Task<int> Epsv() => (await ftp.ExecuteAsync("EPSV")).Code switch
                {
                    "229" => 1,
                    [|"227"|] => 2,
                    _ => 0,
                };

                string Login(string user)
                {
                    switch (ftp.Send("USER " + user))
                    {
                        case 331: return "password";
                        case [|257|]: return "?";
                        default: return "refused";
                    }
                }

                bool Stored(string path)
                {
                    var reply = ftp.Send("DELE " + path);
                    return reply == [|150|];
                }
            }
            """,
        ]);

    [Fact]
    public Task Client_methods_named_for_one_command() => VerifyFtp0004.VerifyAnalyzerAsync(
        [
            Client,
            """
            class FtpSession
            {
                FtpConnection ftp = new FtpConnection();

                bool Changed(string dir) => ftp.Cwd(dir) is 250 or [|257|];
                bool Passive() => ftp.SendPasv() == [|229|];
            }
            """,
        ]);

    [Fact]
    public Task Server_handlers_of_one_command_in_every_form() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;

        class FtpResponse
        {
            public FtpResponse(int code, string message) { }
        }

        abstract class FtpCommandHandler
        {
            public abstract int Code { get; }
            public abstract FtpResponse Process(string argument);
        }

        class PwdCommandHandler : FtpCommandHandler
        {
            public override int Code => [|250|];
            public override FtpResponse Process(string argument) => new FtpResponse([|250|], "\"/\" is the current directory.");
        }

        class FtpSession
        {
            readonly StreamWriter writer = StreamWriter.Null;

            Task ReplyAsync(int code, string message) => writer.WriteLineAsync(code + " " + message);

            async Task DispatchAsync(string verb, string argument)
            {
                switch (verb)
                {
                    case "EPSV":
                        await writer.WriteLineAsync($"[|227|] Entering Passive Mode ({argument})");
                        break;
                    case "DELE":
                        await ReplyAsync([|226|], "File deleted.");
                        break;
                    case "PWD":
                    case "XPWD":
                        await ReplyAsync([|250|], "\"/\"");
                        break;
                    case "SITE":
                        switch (argument)
                        {
                            case "CHMOD":
                                await ReplyAsync([|250|], "Mode changed.");
                                break;
                        }

                        break;
                }

                if (verb == "NOOP")
                {
                    await ReplyAsync([|250|], "OK");
                }
            }

            string Quit(string verb) => verb switch
            {
                "QUIT" => "[|200|] Goodbye.",
                _ => "502 Not implemented.",
            };

            public string HandleSyst() => "[|200|] UNIX Type: L8";

            public Task OnMkdAsync(string path) => ReplyAsync([|250|], path + " created.");

            static readonly Dictionary<string, Func<string, string>> Handlers = new Dictionary<string, Func<string, string>>
            {
                ["CWD"] = argument => "[|257|] \"" + argument + "\" is the new directory.",
                ["CDUP"] = argument => "200 OK.",
            };

            static readonly Dictionary<string, string> Canned = new Dictionary<string, string>
            {
                ["RNFR"] = "[|250|] Ready for destination name.",
                ["RNTO"] = "250 Renamed.",
            };
        }
        """);

    [Fact]
    public Task Message_says_what_the_command_allows_and_what_it_may_have_meant() => VerifyFtp0004.VerifyAnalyzerAsync(
        [
            Client,
            """
            class FtpSession
            {
                FtpConnection ftp = new FtpConnection();

                bool Pwd() => ftp.Send("PWD") == {|#0:250|};
                bool Retr(string path) => ftp.Send("RETR " + path) == {|#1:200|};
                bool Rest(long offset) => ftp.Send("REST " + offset) == {|#2:200|};
            }
            """,
        ],
        new DiagnosticResult(Descriptors.CommandNeverReplies).WithLocation(0)
            .WithMessage("PWD never replies 250 (RFC 959 §5.4 allows 257; 421, 500, 501, 502, 550): did you mean 257?"),
        new DiagnosticResult(Descriptors.CommandNeverReplies).WithLocation(1)
            .WithMessage("RETR never replies 200 (RFC 959 §5.4 allows 110, 125, 150, 226, 250; 425, 426, 451, 450, 421, 550, 500, 501, 530, 534, 535, 521, 522)"),
        new DiagnosticResult(Descriptors.CommandNeverReplies).WithLocation(2)
            .WithMessage("REST never replies 200 (RFC 959 §5.4 allows 350; 421, 500, 501, 502, 530)"));
}
