using System.Text;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Scope;

/// <summary>The scan of a type's source text for the command lines it sends.</summary>
public sealed class CommandScanTests
{
    [Theory]
    [InlineData("\"CWD \" + dir", ScopeProtocol.Ftp)]
    [InlineData("\"PASV\"", ScopeProtocol.Ftp)]
    [InlineData("\"PASV\\r\\n\"", ScopeProtocol.Ftp)]
    [InlineData("$\"SIZE {dir}\"", ScopeProtocol.Ftp)]
    [InlineData("\"AUTH TLS\"", ScopeProtocol.Ftp)]
    [InlineData("\"EHLO \" + dir", ScopeProtocol.Other)]
    [InlineData("\"AUTH LOGIN\"", ScopeProtocol.Other)]
    [InlineData("\"CONNECT \" + dir + \" HTTP/1.1\"", ScopeProtocol.Other)]
    [InlineData("\"HTTP/1.1 200 OK\"", ScopeProtocol.Other)]
    [InlineData("\"QUIT\"", ScopeProtocol.None)]
    [InlineData("\"EUR\"", ScopeProtocol.None)]
    [InlineData("\"INFO \" + dir", ScopeProtocol.None)]
    [InlineData("\"cwd \" + dir", ScopeProtocol.None)]
    public async Task A_type_speaks_what_its_command_lines_start_with(string sent, object expected)
    {
        var snippet = await CompiledSnippet.CompileAsync($$"""
            public class Channel
            {
                public void Write(string line) { }
                public void Run(string dir) => Write({{sent}});
            }
            """);
        Assert.Equal((ScopeProtocol)expected, CommandScan.Scan(snippet.Type("Channel")));
    }

    [Fact]
    public async Task Commands_of_two_protocols_make_a_mixed_type()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Relay
            {
                public void Write(string line) { }
                public void Run() { Write("USER anonymous"); Write("HELO example.org"); }
            }
            """);
        Assert.Equal(ScopeProtocol.Mixed, CommandScan.Scan(snippet.Type("Relay")));
    }

    [Fact]
    public async Task Every_part_of_a_partial_type_is_read()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public partial class Client { public void Write(string line) { } }
            public partial class Client { public void Login() => Write("PASS secret"); }
            """);
        Assert.Equal(ScopeProtocol.Ftp, CommandScan.Scan(snippet.Type("Client")));
    }

    [Fact]
    public async Task Text_outside_string_literals_is_not_a_command()
    {
        // A comment and an identifier spell verbs, and a character literal holds a quote: none is a command line.
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Notes
            {
                // "CWD " is what the server expects
                public char Quote = '"';
                public string RETR = "x";
            }
            """);
        Assert.Equal(ScopeProtocol.None, CommandScan.Scan(snippet.Type("Notes")));
    }

    [Theory]
    [InlineData("Write(\"USER a\"); /* \"RETR\" */ Write(\"HELO x\");")]
    [InlineData("Write(\"USER a\"); Write(\"\\u0048ELO x\");")]
    [InlineData("Write(\"USER a\"); Write(\"AUTH LOGIN\");")]
    [InlineData("/* \"CWD\" */ Write(\"HELO x\"); Write(\"USER a\");")]
    [InlineData("Write(\"USER a\"); Write(@\"RETR \"\"x\"\" \"); Write(\"GET / HTTP/1.1\");")]
    public async Task Candidates_skipped_once_the_answer_holds_them_never_hide_a_later_protocol(string body)
    {
        // After the first FTP verb, further FTP verbs are not looked up (their tokens cannot change the answer); a comment
        // that spells one, an escape and AUTH's mechanism are read from their tokens, and another protocol still mixes.
        var snippet = await CompiledSnippet.CompileAsync($$"""
            public class Relay
            {
                public void Write(string line) { }
                public void Run() { {{body}} }
            }
            """);
        Assert.Equal(ScopeProtocol.Mixed, CommandScan.Scan(snippet.Type("Relay")));
    }

    [Fact]
    public async Task A_type_of_many_ftp_commands_stays_ftp()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Client
            {
                public void Write(string line) { }
                // "HELO" in a comment is no command line.
                public void Run(string d) { Write("USER a"); Write("PASS b"); Write($"CWD {d}"); Write("PASV"); Write(@"RETR x"); Write("QUIT"); }
            }
            """);
        Assert.Equal(ScopeProtocol.Ftp, CommandScan.Scan(snippet.Type("Client")));
    }

    [Theory]
    [InlineData("x = \"CWD /in\";", new[] { 4 })]
    [InlineData("x = \"PASV\";", new[] { 4 })]
    [InlineData("x = \"EUR\"; y = \"HTTP/1.0\";", new[] { 15 })]
    [InlineData("x = \"\\u0043WD \";", new[] { 4 })]
    [InlineData("x = \"hello\";", new int[0])]
    public void Only_quotes_before_a_known_verb_are_candidates(string text, int[] expected)
    {
        // Found from the text alone, before any syntax node is made; an escape could spell a verb, so it is a candidate.
        var candidates = new List<CommandCandidate>();
        CommandScan.CommandCandidates(SourceText.From(text), new TextSpan(0, text.Length), candidates);
        Assert.Equal(expected, candidates.Select(c => c.Quote));
    }

    [Theory]
    [InlineData("\"CWD /in\"", ScopeProtocol.Ftp)]
    [InlineData("\"HELO x\"", ScopeProtocol.Other)]
    [InlineData("\"HTTP/1.0\"", ScopeProtocol.Other)]
    [InlineData("\"QUIT\"", ScopeProtocol.None)]
    [InlineData("\"AUTH TLS\"", null)]
    [InlineData("\"\\u0043WD \"", null)]
    public void A_candidate_says_what_its_verb_says_where_the_text_alone_tells(string text, object? expected)
    {
        var candidates = new List<CommandCandidate>();
        CommandScan.CommandCandidates(SourceText.From(text), new TextSpan(0, text.Length), candidates);
        Assert.Equal((ScopeProtocol?)expected, Assert.Single(candidates).Text);
    }

    // The text is read in chunks of 4,096 characters: a long text has the candidates of its pieces read one at a time,
    // also where a quote and its verb straddle two chunks.
    [Fact]
    public void A_text_read_in_chunks_has_the_candidates_of_its_pieces()
    {
        var text = new StringBuilder();
        var expected = new List<(int Quote, ScopeProtocol? Text)>();
        for (var i = 0; text.Length < 20_000; i++)
        {
            var piece = new string(' ', i % 61)
                + "Write(\"CWD x\"); y = \"EUR\"; z = \"PASV\"; w = \"\\u0043WD \"; h = \"HTTP/1.1\"; s = \"HELO"
                + (i % 2 == 0 ? "\";\n" : " a\";\n");
            var alone = new List<CommandCandidate>();
            CommandScan.CommandCandidates(SourceText.From(piece), new TextSpan(0, piece.Length), alone);
            expected.AddRange(alone.Select(c => (c.Quote + text.Length, c.Text)));
            text.Append(piece);
        }

        var whole = new List<CommandCandidate>();
        CommandScan.CommandCandidates(SourceText.From(text.ToString()), new TextSpan(0, text.Length), whole);

        Assert.Equal(expected, whole.Select(c => (c.Quote, c.Text)));
        Assert.Contains(expected, c => c.Quote % 4096 > 4090);
        Assert.Contains(expected, c => c.Text == ScopeProtocol.Ftp);
        Assert.Contains(expected, c => c.Text == ScopeProtocol.Other);
        Assert.Contains(expected, c => c.Text is null);
    }
}
