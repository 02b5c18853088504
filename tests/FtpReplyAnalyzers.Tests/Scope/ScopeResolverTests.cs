using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
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
}
