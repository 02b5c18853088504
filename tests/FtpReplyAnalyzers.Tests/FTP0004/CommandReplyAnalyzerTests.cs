using FtpReplyAnalyzers.Tests.Verifiers;
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
                                await ReplyAsync([|331|], "Mode changed.");
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
    public Task Client_replies_through_tuples_tasks_long_commands_and_assertions() => VerifyFtp0004.VerifyAnalyzerAsync(
        [
            StandIns.AssertionLibraries,
            """
            using System.Threading.Tasks;

            class FtpClient
            {
                Task<(int Code, string Text)> SendAsync(string command) => Task.FromResult((0, ""));
                Task<int> LpsvAsync() => Task.FromResult(0);
                int Send(string command) => 0;

                async Task<bool> Features()
                {
                    var (code, text) = await SendAsync("FEAT");
                    return code == [|214|];
                }

                async Task<bool> LongPassive()
                {
                    var reply = await LpsvAsync().ConfigureAwait(false);
                    return reply != [|227|];
                }

                bool Touch(string path, string stamp) => Send("SITE UTIME " + path + " " + stamp + " " + stamp + " " + stamp + " UTC") == [|331|];

                void Tests()
                {
                    Send("PBSZ 0").Should().Be([|234|]);
                    Assert.That(Send("RMD old"), Is.EqualTo([|257|]));
                }
            }
            """,
        ]);

    [Fact]
    public Task Server_handler_named_by_its_attribute_and_subcommands_inside_a_handler() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System;

        [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
        sealed class FtpVerbAttribute : Attribute
        {
            public FtpVerbAttribute(string verb) { }
        }

        sealed class Reply
        {
            public Reply(int code, string text) { }
        }

        [FtpVerb("MLST")]
        sealed class MachineListingEntry
        {
            public Reply Run(string argument) => new Reply([|226|], "End of listing.");
        }

        [FtpVerb("RMD")]
        [FtpVerb("XRMD")]
        sealed class DirectoryRemoval
        {
            public Reply Run(string argument) => new Reply([|257|], "Removed.");
        }

        [FtpVerb("PASV")]
        [FtpVerb("EPSV")]
        sealed class PassiveEntry
        {
            public Reply Run(bool extended) => new Reply(extended ? 229 : 227, "Entering passive mode.");
        }

        sealed class SiteHandler
        {
            public Reply Run(string argument)
            {
                string[] words = argument.Split(' ');
                return words[0].ToUpperInvariant() switch
                {
                    // SITE HELP, not HELP: the type names SITE, so the arm dispatches a subcommand. And the type, which
                    // mentions the verb HELP, is no certain SITE handler either: its 250 (SITE answers 200) is not reported.
                    "HELP" => new Reply(202, "No SITE help here."),
                    _ => new Reply(250, "Done."),
                };
            }
        }
        """);

    [Fact]
    public Task A_reply_made_up_for_one_command_by_assignment() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        class FtpReply
        {
            public string Code { get; set; } = "";
            public string Message { get; set; } = "";
        }

        class FtpClient
        {
            bool connected;

            FtpReply Execute(string command)
            {
                if (!connected && command == "QUIT")
                {
                    return new FtpReply { Code = [|"200"|], Message = "Connection already closed." };
                }

                var reply = new FtpReply();
                if (command == "NOOP")
                {
                    reply.Code = [|"250"|];
                }

                return reply;
            }
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

    [Theory]
    [InlineData("// reply = Send(\"CWD x\");")]
    [InlineData("var text = \"reply = 1\";")]
    [InlineData("var replyCount = 0; replyCount++;")]
    [InlineData("var copy = reply; copy++;")]
    [InlineData("Touch(ref other);")]
    [InlineData("var (code, reply2) = Pair(\"CWD x\"); code++;")]
    public Task A_reply_local_only_read_keeps_its_command(string statement) => VerifyFtp0004.VerifyAnalyzerAsync($$"""
        class FtpClient
        {
            int Send(string command) => 0;
            (int, int) Pair(string command) => (0, 0);
            void Touch(ref int value) { }

            bool Pwd()
            {
                var reply = Send("PWD");
                var other = 0;
                {{statement}}
                return reply == [|250|];
            }

            bool Deconstructed()
            {
                var (reply, text) = Pair("PWD");
                return reply == [|250|];
            }
        }
        """);
}
