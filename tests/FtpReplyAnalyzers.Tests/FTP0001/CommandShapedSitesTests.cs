using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>
/// Sites FTP0001 learnt from the sets written for FTP0004 (Corpus/Commands, Corpus/Commands2): canned replies filed under
/// the command they answer, a list of codes in a parameter named for the accepted ones, and the assertion shapes of
/// FluentAssertions and NUnit; each beside the same shape in other protocols' code, which stays silent.
/// </summary>
public sealed class CommandShapedSitesTests
{
    [Fact]
    public Task Canned_replies_keyed_by_an_ftp_verb() => VerifyFtp0001.VerifyAnalyzerAsync(
        """
        using System.Collections.Generic;

        class CannedFtpServer
        {
            public Dictionary<string, string> Replies { get; } = new Dictionary<string, string>
            {
                ["EPSV"] = "{|FTP0001:229|} Entering Extended Passive Mode (|||6446|)",
                ["SYST"] = "{|FTP0001:215|} UNIX Type: L8",
            };

            public void More() => Replies.Add("MKD", "{|FTP0001:257|} \"/new\" created.");
        }

        class CannedSmtpServer
        {
            public Dictionary<string, string> Replies { get; } = new Dictionary<string, string>
            {
                ["HELO"] = "250 mail.example.org",
                ["DATA"] = "354 End data with <CR><LF>.<CR><LF>",
            };
        }
        """);

    [Fact]
    public Task Codes_in_a_parameter_named_for_the_accepted_ones() => VerifyFtp0001.VerifyAnalyzerAsync(
        """
        using System;

        sealed record ReplyLine(int Code, string Text);

        sealed class ControlConnection
        {
            public ReplyLine SendCommand(string verb, string argument) => new ReplyLine(0, "");
            public static ReplyLine Expect(ReplyLine reply, params int[] accepted) => reply;
        }

        sealed class Session
        {
            readonly ControlConnection c = new ControlConnection();

            public void Cwd(string dir) => ControlConnection.Expect(c.SendCommand("CWD", dir), [|250|]);
            public void Type() => ControlConnection.Expect(c.SendCommand("TYPE", "I"), [|200|]);
        }

        sealed class Inventory
        {
            static int Pick(int size, params int[] accepted) => size;
            public int Boxes() => Pick(12, 200, 250);
        }
        """);

    [Fact]
    public Task Assertions_of_fluent_and_constraint_style() => VerifyFtp0001.VerifyAnalyzerAsync(
        [
            StandIns.AssertionLibraries,
            """
            class FtpClientTests
            {
                int Send(string command) => 0;
                int Count(string what) => 0;

                void Tests()
                {
                    Send("AUTH TLS").Should().Be([|234|]);
                    Assert.That(Send("PWD"), Is.EqualTo([|257|]));
                    Count("files").Should().Be(200);
                    Assert.That(Count("bytes"), Is.EqualTo(550));
                }
            }
            """,
        ]);
}
