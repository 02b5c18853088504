using FtpReplyAnalyzers.Scope;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Scope;

/// <summary>What a file's text alone says: quiet where no name in it can say FTP and no command line it sends can.</summary>
public sealed class QuietFilesTests
{
    [Theory]
    // Nothing that says FTP: no name, and command lines of other protocols or of the verbs FTP shares.
    [InlineData("class Session { bool Ok(int code) => code == 250; }", true)]
    [InlineData("class Mailer { void Hello() => Write(\"HELO host\"); void Write(string line) { } }", true)]
    [InlineData("class Web { string Line() => \"GET / HTTP/1.1\"; }", true)]
    [InlineData("class Session { string Bye() => \"QUIT\"; }", true)]
    // A name that says FTP, in any case, anywhere (a comment too: the test reads text, not names).
    [InlineData("namespace Contoso.Ftp { class Session { } }", false)]
    [InlineData("class FTPSession { }", false)]
    [InlineData("// talks to the sftp gateway\nclass Session { }", false)]
    // A command line that says FTP, or may: an FTP verb, AUTH (its mechanism decides), an escape (it could spell one).
    [InlineData("class Session { string Cd() => \"CWD /in\"; }", false)]
    [InlineData("class Session { string Tls() => \"AUTH TLS\"; }", false)]
    [InlineData("class Session { string End() => \"\\r\\n\"; }", false)]
    // An identifier can spell FTP without the letters: a Unicode escape, or a formatting character between them that the
    // compiler drops from the name. So no escape, and nothing outside ASCII.
    [InlineData("class \\u0046tpSession { }", false)]
    [InlineData("class F\u200Btp { }", false)]
    [InlineData("// caf\u00E9\nclass Session { }", false)]
    public void A_file_is_quiet_where_its_text_cannot_say_FTP(string source, bool quiet)
    {
        Assert.Equal(quiet, QuietFiles.IsQuietText(SourceText.From(source)));
        Assert.Equal(quiet, QuietFiles.IsQuiet(CSharpSyntaxTree.ParseText(source)));
    }

    [Theory]
    [InlineData("global using System.Text;", true)]
    [InlineData("using Contoso.Ftp;", true)]
    [InlineData("global using Contoso.Ftp;", false)]
    [InlineData("global using Engine = Contoso.Net.IFtpEngine;", false)]
    [InlineData("global using static Contoso.FtpCodes;", false)]
    [InlineData("global using System.Text;\nglobal using X = Contoso.\\u0046tp;", false)]
    public void Only_global_usings_reach_other_files(string source, bool quiet) =>
        Assert.Equal(quiet, QuietFiles.HasOnlyQuietGlobalUsings(CSharpSyntaxTree.ParseText(source)));
}
