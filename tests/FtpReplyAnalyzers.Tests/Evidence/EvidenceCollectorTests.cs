using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Evidence;

/// <summary>What the model learns about the value a reply code is compared with, one kind of value at a time.</summary>
public sealed class EvidenceCollectorTests
{
    private const string Declarations = """
        using System.Net;
        namespace Acme.Transfer
        {
            public class FtpReply { public int Code; public int Port; }
            public class SmtpReply { public int Code; }
            public class Ledger { public int Code; }
            public class Channel
            {
                public int Send(string line) => 0;
                public int Cwd(string path) => 0;
                public FtpReply Last = new();
            }
        }
        """;

    [Theory]
    // The type decides: reply-code enums are FTP replies by definition, another protocol's types never are.
    [InlineData("FtpStatusCode status", "status", ValueEvidence.FtpType)]
    [InlineData("FtpStatusCode status", "(int)status", ValueEvidence.FtpType)]
    [InlineData("int status", "(int)(FtpStatusCode)status", ValueEvidence.FtpType)]
    [InlineData("HttpStatusCode status", "(int)status", ValueEvidence.OtherProtocol | ValueEvidence.ReplyLike)]
    // A reply-like member of an FTP-named type; the same member of another protocol's type; a member that is no reply.
    [InlineData("FtpReply reply", "reply.Code", ValueEvidence.ReplyLike | ValueEvidence.FtpMember)]
    [InlineData("SmtpReply reply", "reply.Code", ValueEvidence.ReplyLike | ValueEvidence.OtherProtocol)]
    [InlineData("FtpReply reply", "reply.Port", ValueEvidence.NotReply)]
    [InlineData("Ledger ledger", "ledger.Code", ValueEvidence.ReplyLike)]
    // The answer to an FTP-only command, sent or named.
    [InlineData("Channel channel", "channel.Send(\"CWD /in\")", ValueEvidence.FtpCommandReply)]
    [InlineData("Channel channel", "channel.Send(\"EHLO x\")", ValueEvidence.OtherProtocol)]
    [InlineData("Channel channel", "channel.Cwd(\"/in\")", ValueEvidence.FtpCommandReply)]
    // Names alone: weak (reply-like), FTP-named, or never a reply.
    [InlineData("int code", "code", ValueEvidence.ReplyLike)]
    [InlineData("int ftpCode", "ftpCode", ValueEvidence.ReplyLike | ValueEvidence.FtpName)]
    [InlineData("int httpStatus", "httpStatus", ValueEvidence.ReplyLike | ValueEvidence.OtherProtocol)]
    [InlineData("int timeout", "timeout", ValueEvidence.NotReply)]
    [InlineData("int value", "value", ValueEvidence.None)]
    public async Task A_value_s_type_member_command_and_name(string parameter, string expression, object expected) =>
        Assert.Equal((ValueEvidence)expected, await EvidenceAbout(parameter, expression));

    [Fact]
    public async Task A_local_carries_what_it_was_initialised_from()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            using System.Net;
            public class Probe
            {
                public bool Test(FtpWebResponse response)
                {
                    var value = response.StatusCode;
                    var copy = value;
                    return [|copy|] == FtpStatusCode.FileActionOK;
                }
            }
            """);
        Assert.Equal(ValueEvidence.FtpType, Collect(snippet));
    }

    [Fact]
    public async Task A_local_function_s_parameter_carries_what_its_callers_pass()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Probe
            {
                public bool Test(int ftpReply, int port)
                {
                    return IsTransient(ftpReply);
                    static bool IsTransient(int c) => [|c|] == 421;
                }
            }
            """);
        Assert.Equal(ValueEvidence.ReplyLike | ValueEvidence.FtpName, Collect(snippet));
    }

    [Fact]
    public async Task A_helper_passes_on_only_the_reply_likeness_of_its_arguments()
    {
        // Val(Left(line, 3)) in ported VB: the helper could compute anything, so strong evidence becomes weak.
        var snippet = await CompiledSnippet.CompileAsync("""
            using System.Net;
            public class Probe
            {
                private static int Val(object text) => 0;
                public bool Test(FtpStatusCode status) => [|Val(status)|] == 250;
            }
            """);
        Assert.Equal(ValueEvidence.ReplyLike, Collect(snippet));
    }

    // One collector asked about two bodies in turn (it keeps each body's index of locals and callers, and the last local's
    // answer): each answer is a fresh collector's, though both bodies hold a local function of the same name with a
    // parameter of the same name.
    [Fact]
    public async Task Each_body_s_callers_answer_for_its_own_local_function()
    {
        var snippet = await CompiledSnippet.CompileAsync("""
            public class Probe
            {
                public bool Ftp(int ftpReply)
                {
                    return IsTransient(ftpReply);
                    static bool IsTransient(int c) => c == 421;
                }

                public bool Smtp(int smtpReply)
                {
                    return IsTransient(smtpReply);
                    static bool IsTransient(int c) => c == 450;
                }
            }
            """);
        var inFtp = ComparedWith(snippet, "421");
        var inSmtp = ComparedWith(snippet, "450");
        const ValueEvidence FromFtp = ValueEvidence.ReplyLike | ValueEvidence.FtpName;
        const ValueEvidence FromSmtp = ValueEvidence.ReplyLike | ValueEvidence.OtherProtocol;
        var asked = new[] { (inFtp, FromFtp), (inSmtp, FromSmtp), (inFtp, FromFtp), (inSmtp, FromSmtp) };

        var collector = new EvidenceCollector(KnownTypes.Resolve(snippet.Compilation), new NamedScope());
        foreach (var (value, expected) in asked)
        {
            Assert.Equal(expected, new EvidenceCollector(KnownTypes.Resolve(snippet.Compilation), new NamedScope()).Evaluate(value, 0));
            Assert.Equal(expected, collector.Evaluate(value, 0));
        }
    }

    // The left side of the comparison with the literal written as text.
    private static IOperation ComparedWith(CompiledSnippet snippet, string literal) =>
        snippet.OperationOf(snippet.Tree.GetRoot().DescendantNodes().OfType<BinaryExpressionSyntax>().Single(b => b.Right.ToString() == literal).Left);

    private static async Task<ValueEvidence> EvidenceAbout(string parameter, string expression)
    {
        var snippet = await CompiledSnippet.CompileAsync(Declarations + $$"""

            namespace Acme.Probes
            {
                using Acme.Transfer;
                public class Probe
                {
                    public object Test({{parameter}}) => [|{{expression}}|];
                }
            }
            """);
        return Collect(snippet);
    }

    private static ValueEvidence Collect(CompiledSnippet snippet)
    {
        return new EvidenceCollector(KnownTypes.Resolve(snippet.Compilation), new NamedScope()).Evaluate(snippet.MarkedValue(), 0);
    }
}
