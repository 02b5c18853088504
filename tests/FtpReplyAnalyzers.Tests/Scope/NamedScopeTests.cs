using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Scope;

/// <summary>The protocol named by a type, the types around it and its namespace; and by the member around a site.</summary>
public sealed class NamedScopeTests
{
    private const string Types = """
        namespace Acme.Ftp.Server { public class Session { public class Commands { } } }
        namespace Acme.Mail { public class Poller { } }
        namespace Acme { public class FtpSession { } public class SmtpRelay { } public class HttpFtpGateway { } public class Ledger { } }
        namespace Acme.Http { public class FtpBridge { } }
        public enum FtpResult { Ok }
        """;

    [Theory]
    [InlineData("Acme.FtpSession", ScopeProtocol.Ftp)]
    [InlineData("Acme.SmtpRelay", ScopeProtocol.Other)]
    [InlineData("Acme.HttpFtpGateway", ScopeProtocol.Mixed)]
    [InlineData("Acme.Ledger", ScopeProtocol.None)]
    [InlineData("Acme.Ftp.Server.Session", ScopeProtocol.Ftp)]
    [InlineData("Acme.Ftp.Server.Session+Commands", ScopeProtocol.Ftp)]
    [InlineData("Acme.Mail.Poller", ScopeProtocol.Other)]
    [InlineData("FtpResult", ScopeProtocol.Ftp)]
    public async Task A_type_names_its_protocol_by_its_name_then_its_containers(string metadataName, object expected)
    {
        var snippet = await CompiledSnippet.CompileAsync(Types);
        Assert.Equal((ScopeProtocol)expected, new NamedScope().ProtocolOfType(snippet.Type(metadataName)));
    }

    [Fact]
    public async Task The_type_s_own_name_comes_before_its_namespace()
    {
        // FtpBridge in Acme.Http: the nearest name says FTP, and the namespace is not read.
        var snippet = await CompiledSnippet.CompileAsync(Types);
        Assert.Equal(ScopeProtocol.Ftp, new NamedScope().ProtocolOfType(snippet.Type("Acme.Http.FtpBridge")));
    }

    [Fact]
    public async Task Built_in_types_and_type_parameters_name_nothing()
    {
        var snippet = await CompiledSnippet.CompileAsync("public class Box<TFtp> { public TFtp Value = default!; }");
        var names = new NamedScope();
        Assert.Equal(ScopeProtocol.None, names.ProtocolOfType(snippet.Compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Int32)));
        Assert.Equal(ScopeProtocol.None, names.ProtocolOfType(snippet.Type("Box`1").TypeParameters[0]));
        Assert.Equal(ScopeProtocol.None, names.ProtocolOfType(null));
    }

    [Fact]
    public async Task A_nullable_value_type_names_what_its_underlying_type_names()
    {
        var snippet = await CompiledSnippet.CompileAsync("public enum FtpResult { Ok } public class C { public FtpResult? Last; }");
        var field = (Microsoft.CodeAnalysis.IFieldSymbol)snippet.Type("C").GetMembers("Last")[0];
        Assert.Equal(ScopeProtocol.Ftp, new NamedScope().ProtocolOfType(field.Type));
    }

    [Theory]
    [InlineData("FtpSync", ScopeProtocol.Ftp)]
    [InlineData("SmtpSync", ScopeProtocol.Other)]
    [InlineData("Sync", ScopeProtocol.None)]
    public async Task Around_a_site_the_member_name_comes_before_the_type(string method, object expected)
    {
        var snippet = await CompiledSnippet.CompileAsync($$"""
            public class Worker
            {
                public bool {{method}}(int code) => [|code|] == 250;
            }
            """);
        var at = snippet.MarkedOperation();
        Assert.Equal((ScopeProtocol)expected, new NamedScope().NamedScopeOf(at, snippet.ContainingSymbol(at)));
    }

    [Fact]
    public async Task Around_a_site_a_local_function_s_name_comes_first()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class SmtpWorker
            {
                public bool Run(int status)
                {
                    return FtpCheck(status);
                    static bool FtpCheck(int code) => [|code|] == 250;
                }
            }
            """);
        var at = snippet.MarkedOperation();
        Assert.Equal(ScopeProtocol.Ftp, new NamedScope().NamedScopeOf(at, snippet.ContainingSymbol(at)));
    }

    [Theory]
    [InlineData(ScopeProtocol.None, ScopeProtocol.Ftp, ScopeProtocol.Ftp)]
    [InlineData(ScopeProtocol.Ftp, ScopeProtocol.None, ScopeProtocol.Ftp)]
    [InlineData(ScopeProtocol.Ftp, ScopeProtocol.Ftp, ScopeProtocol.Ftp)]
    [InlineData(ScopeProtocol.Ftp, ScopeProtocol.Other, ScopeProtocol.Mixed)]
    [InlineData(ScopeProtocol.Other, ScopeProtocol.Mixed, ScopeProtocol.Mixed)]
    [InlineData(ScopeProtocol.None, ScopeProtocol.None, ScopeProtocol.None)]
    public void Findings_combine_to_mixed_where_they_disagree(object a, object b, object expected) =>
        Assert.Equal((ScopeProtocol)expected, NamedScope.Combine((ScopeProtocol)a, (ScopeProtocol)b));
}
