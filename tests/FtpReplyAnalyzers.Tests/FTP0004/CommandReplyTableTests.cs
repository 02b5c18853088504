using System.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0004;

/// <summary>
/// For a sample of commands, every code the catalog defines, tested on the command's reply: the rule reports exactly the
/// codes the command's row never allows, and is silent on every code it may send (the RFC's, the ones every command may
/// get, and the accepted ones).
/// </summary>
public sealed class CommandReplyTableTests
{
    public static TheoryData<string> Commands() =>
        new(["USER", "PASS", "CWD", "CDUP", "PASV", "EPSV", "RETR", "STOR", "REST", "RNFR", "RNTO", "DELE", "MKD", "PWD", "SYST", "NOOP", "QUIT", "FEAT", "SIZE", "MLSD", "AUTH", "XPWD"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public Task Every_defined_code_on_a_commands_reply(string verb)
    {
        var command = CommandReplyCatalog.Find(verb)!;
        var source = new StringBuilder("class FtpClient\n{\n    int Send(string command) => 0;\n\n");
        foreach (var code in ReplyCodeCatalog.All.Select(d => d.Code))
        {
            var literal = command.Allows(code) ? code.ToString() : "[|" + code + "|]";
            source.Append($"    bool Is{code}() => Send(\"{verb} x\") == {literal};\n");
        }

        return VerifyFtp0004.VerifyAnalyzerAsync(source.Append("}\n").ToString());
    }

    [Fact]
    public void The_sample_holds_codes_on_both_sides()
    {
        var allowed = ReplyCodeCatalog.All.Count(d => CommandReplyCatalog.Find("PWD")!.Allows(d.Code));
        Assert.InRange(allowed, 5, ReplyCodeCatalog.All.Length - 20);
    }
}
