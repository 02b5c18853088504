using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Scope;

/// <summary>
/// Where text alone says a site's scope cannot be FTP's, and every way the code around a quiet file can still make it
/// FTP's: each is turned away by the quiet test, and the scope it guards against is shown to be FTP's indeed.
/// </summary>
public sealed class QuietScopeTests
{
    // The file every case below analyses: no FTP name, no command line; its scope comes from elsewhere or not at all.
    private const string Site = """
        public partial class Session
        {
            public bool Ok(int code) => code == [|226|];
        }
        """;

    [Fact]
    public async Task A_site_whose_files_say_nothing_has_a_quiet_scope()
    {
        var (quiet, scope) = await AskAsync(Site, "public class Other { }");
        Assert.True(quiet);
        Assert.Equal(ScopeProtocol.None, scope);
    }

    // Another part of the type sends an FTP command.
    [Fact]
    public async Task Another_part_of_the_type_is_read()
    {
        var (quiet, scope) = await AskAsync(Site, "public partial class Session { void Login() => Write(\"USER x\"); void Write(string line) { } }");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    // A global alias names an FTP type that a field of the quiet file is written with.
    [Fact]
    public async Task A_global_alias_can_name_a_member_s_type()
    {
        var (quiet, scope) = await AskAsync(
            """
            public class Session
            {
                private Engine engine = default!;
                public bool Ok(int code) => code == [|226|];
            }
            """,
            "global using Engine = Contoso.Net.IFtpEngine;\nnamespace Contoso.Net { public interface IFtpEngine { } }");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    // The explicit implementation's own name says FTP through the global using: a site in it has an FTP scope though its
    // file never writes the word (turned away twice: for the global using, and for the explicit implementation).
    [Fact]
    public async Task An_explicit_implementation_is_named_with_its_interface_s_namespace()
    {
        var (quiet, scope) = await AskAsync(
            """
            public class Check : IReplyCheck
            {
                bool IReplyCheck.Accepted(int code) => [|code|] == 226;
            }
            """,
            "global using Contoso.Ftp;\nnamespace Contoso.Ftp { public interface IReplyCheck { bool Accepted(int code); } }");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    // Without any global using: the interface is nested in an FTP type and reached through a base class declared
    // elsewhere, so the file writes only IReplyCheck, and the implementation's name is FtpApi.IReplyCheck.Accepted.
    [Fact]
    public async Task An_explicit_implementation_is_never_quiet()
    {
        var (quiet, scope) = await AskAsync(
            """
            public class Outer : Base
            {
                public class Check : IReplyCheck
                {
                    bool IReplyCheck.Accepted(int code) => [|code|] == 226;
                }
            }
            """,
            "public class FtpApi { public interface IReplyCheck { bool Accepted(int code); } }\npublic class Base : FtpApi { }");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    [Fact]
    public async Task A_nested_type_is_quiet_only_where_its_container_is()
    {
        var (quiet, scope) = await AskAsync(
            """
            public partial class Client
            {
                public class Parser
                {
                    public bool Ok(int code) => [|code|] == 230;
                }
            }
            """,
            "public partial class Client { void Login() => Write(\"PASS x\"); void Write(string line) { } }");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    [Fact]
    public async Task The_user_s_own_FTP_names_turn_the_quiet_test_off()
    {
        var (quiet, scope) = await AskAsync(Site.Replace("Session", "XferSession"), "public class Other { }", "Xfer");
        Assert.False(quiet);
        Assert.Equal(ScopeProtocol.Ftp, scope);
    }

    // Compiles the site's file (first) with the other, and asks about the marked operation.
    private static async Task<(bool Quiet, ScopeProtocol Scope)> AskAsync(string site, string other, string? userFtpNames = null)
    {
        var snippet = await CompiledSnippet.CompileAsync(site, other);
        var at = snippet.MarkedOperation();
        var containingSymbol = snippet.ContainingSymbol(at);
        var names = new NamedScope(userFtpNames is null ? null : UserProtocolNames.Read(snippet.Compilation, new AnalyzerOptions([], new NamesOptions(userFtpNames))));
        var resolver = new ScopeResolver(names);
        return (new QuietScope(snippet.Compilation, names).IsQuiet(at, containingSymbol), resolver.ScopeOf(at, containingSymbol));
    }

    private sealed class NamesOptions(string ftpNames) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ftpNames);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options(string ftpNames) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = ftpNames;
                return key == UserProtocolNames.FtpNamesKey;
            }
        }
    }
}
