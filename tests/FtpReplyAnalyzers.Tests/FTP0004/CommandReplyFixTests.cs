using FtpReplyAnalyzers.FTP0001;
using FtpReplyAnalyzers.FTP0004;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0004;

/// <summary>
/// FTP0004's fix: the one reply of the written code's class that the command sends, written in the same form, one site
/// at a time; none where the class holds several or none; never through Fix All or dotnet format.
/// </summary>
public sealed class CommandReplyFixTests
{
    [Fact]
    public Task Number_string_prefix_and_reply_text_keep_their_form() => VerifyFtp0004.VerifySingleSiteCodeFixAsync(
        """
        using System.IO;

        class FtpSession
        {
            int Send(string command) => 0;
            string SendLine(string command) => "";
            string Code(string command) => "";
            readonly StreamWriter writer = StreamWriter.Null;

            bool Pwd() => Send("PWD") == [|250|];
            bool Long() => Send("PWD") == [|250L|];
            bool Mkd(string path) => Code("MKD " + path) == [|"250"|];
            bool Syst() => SendLine("SYST").StartsWith("[|200|]");

            void Dispatch(string verb)
            {
                switch (verb)
                {
                    case "SYST":
                        writer.WriteLine("[|200|] UNIX Type: L8");
                        break;
                }
            }
        }
        """,
        """
        using System.IO;

        class FtpSession
        {
            int Send(string command) => 0;
            string SendLine(string command) => "";
            string Code(string command) => "";
            readonly StreamWriter writer = StreamWriter.Null;

            bool Pwd() => Send("PWD") == 257;
            bool Long() => Send("PWD") == 257L;
            bool Mkd(string path) => Code("MKD " + path) == "257";
            bool Syst() => SendLine("SYST").StartsWith("215");

            void Dispatch(string verb)
            {
                switch (verb)
                {
                    case "SYST":
                        writer.WriteLine("215 UNIX Type: L8");
                        break;
                }
            }
        }
        """,
        iterations: 5);

    [Fact]
    public Task No_fix_where_the_class_holds_several_replies_or_none() => VerifyFtp0004.VerifyNoCodeFixAsync(
        """
        class FtpSession
        {
            int Send(string command) => 0;

            bool Retr(string path) => Send("RETR " + path) == [|200|];
            bool Rest(long offset) => Send("REST " + offset) == [|200|];
            bool Hex() => Send("PWD") == [|0xFA|];

            // Reply text whose code has a form of its own (229's address): changing the digits alone would not do.
            string Epsv(string verb) => verb switch
            {
                "EPSV" => "[|227|] Entering Passive Mode (127,0,0,1,25,46)",
                _ => "502 Not implemented.",
            };

            // The code the fix would write is already a label beside it: CS0152 if it wrote it again.
            string Describe() => Send("PWD") switch
            {
                257 => "here",
                [|250|] => "there",
                _ => "?",
            };
        }
        """);

    [Fact]
    public async Task Title_says_it_changes_behaviour()
    {
        using var workspace = new AdhocWorkspace();
        var project = await FixWorkspace.CreateProjectAsync(workspace, "Title");
        var document = project.AddDocument("Session.cs", """
            class FtpSession
            {
                int Send(string command) => 0;
                bool Pwd() => Send("PWD") == 250;
            }
            """);
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new MagicReplyCodeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var action = await FixWorkspace.FirstActionAsync(new CommandReplyFixProvider(), document, Assert.Single(diagnostics, d => d.Id == "FTP0004"));
        Assert.Equal("Change 250 to 257 (pathname created or reported (MKD, PWD)), the reply PWD sends (changes behaviour)", action?.Title);
    }

    [Fact]
    public void Never_part_of_fix_all_or_dotnet_format() => Assert.Null(new CommandReplyFixProvider().GetFixAllProvider());
}
