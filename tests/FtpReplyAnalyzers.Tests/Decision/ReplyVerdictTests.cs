using FtpReplyAnalyzers.Decision;
using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Scope;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Decision;

/// <summary>
/// The decision as a truth table: what the evidence about a value decides, and, where it leaves the answer open, what
/// the scope of the code around adds. Read top to bottom, this is the model's order of strength.
/// </summary>
public sealed class ReplyVerdictTests
{
    private const ValueEvidence FtpType = ValueEvidence.FtpType;
    private const ValueEvidence FtpMember = ValueEvidence.FtpMember;
    private const ValueEvidence FtpCommandReply = ValueEvidence.FtpCommandReply;
    private const ValueEvidence FtpName = ValueEvidence.FtpName;
    private const ValueEvidence ReplyLike = ValueEvidence.ReplyLike;
    private const ValueEvidence OtherProtocol = ValueEvidence.OtherProtocol;
    private const ValueEvidence NotReply = ValueEvidence.NotReply;

    [Theory]
    // A reply-code type decides alone, whatever else was found: (FtpStatusCode)status in an HTTP helper is FTP's.
    [InlineData(FtpType, Verdict.Ftp)]
    [InlineData(FtpType | OtherProtocol, Verdict.Ftp)]
    [InlineData(FtpType | NotReply, Verdict.Ftp)]
    // Negative evidence wins over every weaker positive one.
    [InlineData(OtherProtocol, Verdict.NotFtp)]
    [InlineData(NotReply, Verdict.NotFtp)]
    [InlineData(FtpMember | OtherProtocol, Verdict.NotFtp)]
    [InlineData(FtpCommandReply | NotReply, Verdict.NotFtp)]
    [InlineData(ReplyLike | FtpName | OtherProtocol, Verdict.NotFtp)]
    // An FTP type's reply member, or the answer to an FTP-only command, is strong.
    [InlineData(FtpMember, Verdict.Ftp)]
    [InlineData(FtpCommandReply, Verdict.Ftp)]
    [InlineData(FtpMember | ReplyLike, Verdict.Ftp)]
    // Nothing that says "reply": no verdict for FTP, whatever the name says.
    [InlineData(ValueEvidence.None, Verdict.NotFtp)]
    [InlineData(FtpName, Verdict.NotFtp)]
    // Named like a reply: FTP when also named for FTP (ftpReply), else the scope decides (code, status).
    [InlineData(ReplyLike | FtpName, Verdict.Ftp)]
    [InlineData(ReplyLike, Verdict.ScopeDecides)]
    public void Evidence_decides_in_order_of_strength(object evidence, object expected) =>
        Assert.Equal((Verdict)expected, ReplyVerdict.Weigh((ValueEvidence)evidence));

    [Theory]
    [InlineData(ScopeProtocol.Ftp, true)]
    [InlineData(ScopeProtocol.None, false)]
    [InlineData(ScopeProtocol.Other, false)]
    [InlineData(ScopeProtocol.Mixed, false)]
    public void A_value_only_named_like_a_reply_is_FTP_only_in_FTP_scope(object scope, bool expected) =>
        Assert.Equal(expected, ReplyVerdict.IsFtpReply(ReplyLike, (ScopeProtocol)scope));

    [Theory]
    [InlineData(FtpType)]
    [InlineData(FtpMember)]
    [InlineData(FtpCommandReply)]
    [InlineData(ReplyLike | FtpName)]
    public void Strong_evidence_needs_no_scope(object evidence)
    {
        foreach (var scope in Enum.GetValues<ScopeProtocol>())
        {
            Assert.True(ReplyVerdict.IsFtpReply((ValueEvidence)evidence, scope), $"{evidence} in {scope} scope");
        }
    }

    [Theory]
    [InlineData(OtherProtocol)]
    [InlineData(NotReply)]
    [InlineData(ReplyLike | OtherProtocol)]
    [InlineData(ReplyLike | NotReply)]
    [InlineData(ValueEvidence.None)]
    public void Negative_or_no_evidence_is_never_saved_by_an_FTP_scope(object evidence) =>
        Assert.False(ReplyVerdict.IsFtpReply((ValueEvidence)evidence, ScopeProtocol.Ftp));
}
