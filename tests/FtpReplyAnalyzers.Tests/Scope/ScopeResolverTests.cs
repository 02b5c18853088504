using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Scope;

/// <summary>The protocol of the code around a site: names first, then what the types send, then what they hold.</summary>
public sealed class ScopeResolverTests
{
    [Theory]
    // A name that says a protocol decides; what the type sends is not read.
    [InlineData("FtpSession", "\"NOOP\"", "int", ScopeProtocol.Ftp)]
    [InlineData("SmtpSession", "\"USER x\"", "int", ScopeProtocol.Other)]
    // What a type sends vetoes an FTP name: an FTP proxy tunnel that speaks HTTP CONNECT compares HTTP statuses.
    [InlineData("FtpProxyTunnel", "\"CONNECT \" + host + \" HTTP/1.1\"", "int", ScopeProtocol.Mixed)]
    // No name: the commands the type sends.
    [InlineData("Session", "\"USER \" + host", "int", ScopeProtocol.Ftp)]
    [InlineData("Session", "\"EHLO \" + host", "int", ScopeProtocol.Other)]
    // No name and no command: the types its members use.
    [InlineData("Session", "host", "IFtpEngine", ScopeProtocol.Ftp)]
    [InlineData("Session", "host", "System.Func<IFtpEngine>", ScopeProtocol.Ftp)]
    [InlineData("Session", "host", "int", ScopeProtocol.None)]
    public async Task Names_then_commands_then_member_types(string type, string sent, string fieldType, object expected)
    {
        var snippet = await CompiledSnippet.CompileAsync($$"""
            public interface IFtpEngine { }
            public class {{type}}
            {
                private {{fieldType}} engine = default!;
                public void Write(string line) { }
                public bool Check(string host, int code)
                {
                    Write({{sent}});
                    return [|code|] == 250;
                }
            }
            """);
        var at = snippet.MarkedOperation();
        Assert.Equal((ScopeProtocol)expected, new ScopeResolver(new NamedScope()).ScopeOf(at, snippet.ContainingSymbol(at)));

        // What the decisions ask: the same answer, with or without the quiet test in front (the snippets that send
        // "EHLO" or nothing, with an int field, are quiet files, and have no FTP scope to miss).
        var names = new NamedScope();
        var expectFtp = (ScopeProtocol)expected == ScopeProtocol.Ftp;
        Assert.Equal(expectFtp, new ScopeResolver(names).IsFtp(at, snippet.ContainingSymbol(at)));
        Assert.Equal(expectFtp, new ScopeResolver(names, new QuietScope(snippet.Compilation, names)).IsFtp(at, snippet.ContainingSymbol(at)));
    }

    [Fact]
    public async Task A_nested_type_without_signals_takes_its_container_s()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Client
            {
                public void Write(string line) { }
                public void Login() => Write("PASS x");

                public class Parser
                {
                    public bool Ok(int code) => [|code|] == 230;
                }
            }
            """);
        var at = snippet.MarkedOperation();
        Assert.Equal(ScopeProtocol.Ftp, new ScopeResolver(new NamedScope()).ScopeOf(at, snippet.ContainingSymbol(at)));
    }

    // One resolver (it keeps each type's scans) asked in turn about a site in a local function named for another protocol,
    // the member's other sites and another member's: each gets its own answer, as a fresh resolver gives it.
    [Fact]
    public async Task Each_site_gets_its_own_answer_whatever_was_asked_before()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Session
            {
                public void Write(string line) { }
                public bool Check(int code)
                {
                    Write("USER x");
                    bool SmtpAccepted(int reply) => reply == 421;
                    return code == 425 || SmtpAccepted(code);
                }

                public bool HttpRetry(int status) => status == 426;
            }
            """);
        var session = snippet.Type("Session");
        var check = session.GetMembers("Check")[0];
        var retry = session.GetMembers("HttpRetry")[0];
        var inLocalFunction = Literal(snippet, "421");
        var inCheck = Literal(snippet, "425");
        var inRetry = Literal(snippet, "426");
        var asked = new (IOperation At, ISymbol Member, ScopeProtocol Expected)[]
        {
            (inCheck, check, ScopeProtocol.Ftp),
            (inLocalFunction, check, ScopeProtocol.Other),
            (inCheck, check, ScopeProtocol.Ftp),
            (inRetry, retry, ScopeProtocol.Other),
            (inCheck, check, ScopeProtocol.Ftp),
            (inLocalFunction, check, ScopeProtocol.Other),
        };

        var resolver = new ScopeResolver(new NamedScope());
        foreach (var (at, member, expected) in asked)
        {
            Assert.Equal(expected, new ScopeResolver(new NamedScope()).ScopeOf(at, member));
            Assert.Equal(expected, resolver.ScopeOf(at, member));
        }
    }

    private static IOperation Literal(CompiledSnippet snippet, string text) =>
        snippet.OperationOf(snippet.Tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single(n => n.Token.Text == text));
}
