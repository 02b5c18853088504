using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0004;

/// <summary>
/// FTP0004 stays silent where the command is not certain, where the code is one the command may send, and in other
/// protocols' code with the same verbs and numbers. Each source holds a positive control (a site the rule reports) in a
/// type of its own, so a rule that reported nothing would fail.
/// </summary>
public sealed class CommandReplyNegativeTests
{
    private const string Control = """

        class ControlSession
        {
            int Send(string command) => 0;
            bool Pwd() => Send("PWD") == [|250|];
        }
        """;

    [Fact]
    public Task Uncertain_commands_in_a_client() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System;

        class FtpReply
        {
            public int Code { get; set; }
        }

        class FtpClient
        {
            int Send(string command) => 0;
            FtpReply Execute(string command) => new FtpReply();
            FtpReply LastReply { get; set; } = new FtpReply();
            int ReadReply() => 0;

            bool Passive(bool extended) => Send(extended ? "EPSV" : "PASV") == 229;
            bool Generic(string line) => Send(line) == 257;
            bool Built(string verb, string path) => Execute(verb + " " + path).Code == 257;
            bool Last() => LastReply.Code == 257;
            bool Completion(string path) => Send("RETR " + path) == 150 && ReadReply() == 257;
            bool Both() => Send("PWD" + "CWD") == 250;

            bool Reassigned(string dir)
            {
                var reply = Send("PWD");
                reply = Send("CWD " + dir);
                return reply == 250;
            }

            bool Chosen(bool upload, string path)
            {
                var reply = upload ? Send("STOR " + path) : Send("RETR " + path);
                return reply == 200;
            }
        }
        """ + Control);

    [Theory]
    [InlineData("reply = Send(\"CWD x\");")]
    [InlineData("reply++;")]
    [InlineData("--reply;")]
    [InlineData("Touch(ref reply);")]
    [InlineData("Read(out reply);")]
    [InlineData("@reply = 0;")]
    [InlineData("\\u0072eply = 0;")]
    [InlineData("(reply, _) = (1, 2);")]
    [InlineData("System.Action later = () => reply = 0;")]
    public Task A_reply_local_written_again_in_any_way_holds_no_certain_reply(string write) => VerifyFtp0004.VerifyAnalyzerAsync($$"""
        class FtpClient
        {
            int Send(string command) => 0;
            void Touch(ref int value) { }
            void Read(out int value) => value = 0;

            bool Pwd()
            {
                var reply = Send("PWD");
                {{write}}
                return reply == 250;
            }
        }
        """ + Control);

    [Fact]
    public Task Uncertain_commands_in_a_server() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System.IO;
        using System.Threading.Tasks;

        class FtpSession
        {
            readonly StreamWriter writer = StreamWriter.Null;
            string lastCommand = "";

            Task ReplyAsync(int code, string message) => writer.WriteLineAsync(code + " " + message);

            async Task DispatchAsync(string verb, string argument)
            {
                if (verb != "USER" && verb != "PASS")
                {
                    await ReplyAsync(530, "Please log in.");
                }

                switch (verb)
                {
                    case "PASV":
                    case "EPSV":
                        await ReplyAsync(verb == "EPSV" ? 229 : 227, "Entering passive mode.");
                        break;
                    case "RNTO":
                        switch (lastCommand)
                        {
                            case "RNFR":
                                await ReplyAsync(250, "Renamed.");
                                break;
                        }

                        break;
                    case "SITE":
                        switch (argument)
                        {
                            case "HELP":
                                await ReplyAsync(200, "CHMOD UMASK");
                                break;
                        }

                        break;
                    default:
                        await ReplyAsync(502, "Not implemented.");
                        break;
                }

                if (lastCommand == "REST")
                {
                    await ReplyAsync(150, "Opening data connection.");
                }
            }
        }

        class PasvCommandHandler
        {
            public string Handle(string name) => name == "EPSV" ? "229 Entering Extended Passive Mode (|||6446|)" : "227 Entering Passive Mode (127,0,0,1,25,46).";
        }

        class FileActionCommandHandler
        {
            public string Done() => "250 Done.";
        }
        """ + Control);

    [Fact]
    public Task Names_that_do_not_make_a_command_certain() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System.IO;
        using System.Threading.Tasks;

        static class Verbs
        {
            public const string EPSV = "EPSV";
        }

        class FtpServerSession
        {
            readonly StreamWriter writer = StreamWriter.Null;

            Task ReplyAsync(int code, string message) => writer.WriteLineAsync(code + " " + message);
            Task ExpectAsync(int code) => Task.CompletedTask;
            Task SendAsync(string line) => Task.CompletedTask;

            // Login, not the AUTH command; a user's connection, not the USER command.
            Task HandleAuthAsync(bool ok) => ok ? ReplyAsync(230, "Logged in.") : ReplyAsync(530, "Login incorrect.");
            void HandleUser() => writer.WriteLine("220 Ready.");

            // An option of OPTS, not the MLST command.
            Task HandleOptsAsync(string subCommand) => subCommand == "MLST" ? ReplyAsync(200, "MLST OPTS type;size;") : ReplyAsync(501, "?");
        }

        class RetrCommand
        {
            // A proxy's client side inside a handler: what it expects from the next server is no reply RETR makes.
            async Task RunAsync(FtpServerSessionProxy next, long offset)
            {
                await next.SendAsync("TYPE I");
                await next.ExpectAsync(200);
                await next.SendAsync("REST " + offset);
                await next.ExpectAsync(350);
            }
        }

        class FtpServerSessionProxy
        {
            public Task SendAsync(string line) => Task.CompletedTask;
            public Task ExpectAsync(int code) => Task.CompletedTask;
        }

        class PasvCommandHandler
        {
            public string Handle(string name) => name == Verbs.EPSV ? "229 Entering Extended Passive Mode (|||6446|)" : "227 Entering Passive Mode (127,0,0,1,25,46).";
        }
        """ + Control);

    [Fact]
    public Task Replies_every_command_may_get_and_the_tolerated_ones() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        class FtpClient
        {
            int Send(string command) => 0;

            bool Checks(string path) =>
                Send("PWD") == 421
                || Send("SYST") == 500
                || Send("EPSV") == 502
                || Send("NOOP") == 530
                || Send("CWD " + path) == 200
                || Send("CDUP") == 250
                || Send("MKD " + path) == 521
                || Send("RMD " + path) == 450
                || Send("LIST") == 550
                || Send("EPSV ALL") == 200
                || Send("ABOR") == 426
                || Send("OPTS UTF8 ON") == 202
                || Send("DELE " + path) == 532
                || Send("MDTM " + path) == 450;
        }
        """ + Control);

    [Fact]
    public Task Other_protocols_with_the_same_verbs_and_numbers() => VerifyFtp0004.VerifyAnalyzerAsync(
        """
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;

        class SmtpClientSession
        {
            int Send(string command) => 0;

            void Handshake()
            {
                Send("HELO example.org");
                Send("MAIL FROM:<a@example.org>");
            }

            bool Alive() => Send("NOOP") == 250;
            bool Help() => Send("HELP") == 250;
            bool Quit() => Send("QUIT") == 221;
        }

        class SmtpServerSession
        {
            readonly StreamWriter writer = StreamWriter.Null;

            async Task DispatchAsync(string verb)
            {
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-mail.example.org");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "HELP":
                        await writer.WriteLineAsync("250 See RFC 5321");
                        break;
                }
            }
        }

        class WebDavClient
        {
            async Task<bool> Delete(HttpClient http, string path)
            {
                var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod("DELE"), path));
                return (int)response.StatusCode == 200;
            }
        }
        """ + Control);
}
