using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Scope;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>What the evidence about a value decides on its own.</summary>
    internal enum Verdict
    {
        /// <summary>Not an FTP reply: negative evidence, or nothing that says reply.</summary>
        NotFtp,

        /// <summary>An FTP reply: a reply-code type, an FTP type's reply member, an FTP command's answer, or a reply named for FTP.</summary>
        Ftp,

        /// <summary>Named like a reply and nothing more: the code around decides (<see cref="ScopeProtocol.Ftp"/> only).</summary>
        ScopeDecides,
    }

    /// <summary>
    /// The decision, evidence first and strongest first: a reply-code type wins; then negative evidence (another
    /// protocol, a name that is never a reply) wins over any weaker positive evidence; then an FTP member or an FTP
    /// command's answer; a value only named like a reply counts where it is also named for FTP, or where the code around
    /// names FTP. A variable name alone never decides. docs/rules/FTP0001.md says the same for users.
    /// </summary>
    internal static class ReplyVerdict
    {
        /// <summary>What <paramref name="evidence"/> decides before the scope is read (reading it is the costly part).</summary>
        public static Verdict Weigh(ValueEvidence evidence)
        {
            if ((evidence & ValueEvidence.FtpType) != 0)
            {
                return Verdict.Ftp;
            }

            if ((evidence & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0)
            {
                return Verdict.NotFtp;
            }

            if ((evidence & (ValueEvidence.FtpMember | ValueEvidence.FtpCommandReply)) != 0)
            {
                return Verdict.Ftp;
            }

            if ((evidence & ValueEvidence.ReplyLike) == 0)
            {
                return Verdict.NotFtp;
            }

            return (evidence & ValueEvidence.FtpName) != 0 ? Verdict.Ftp : Verdict.ScopeDecides;
        }

        /// <summary>
        /// The whole decision for evidence about a value at <paramref name="at"/>: the scope is read only where the evidence
        /// leaves it open (reading it is the costly part).
        /// </summary>
        public static bool Decide(ValueEvidence evidence, ScopeResolver scope, IOperation at, ISymbol containingSymbol)
        {
            var verdict = Weigh(evidence);
            return verdict == Verdict.ScopeDecides
                ? scope.IsFtp(at, containingSymbol)
                : verdict == Verdict.Ftp;
        }

        /// <summary>The whole decision, for evidence found in code whose scope is <paramref name="scope"/>.</summary>
        public static bool IsFtpReply(ValueEvidence evidence, ScopeProtocol scope)
        {
            switch (Weigh(evidence))
            {
                case Verdict.Ftp:
                    return true;
                case Verdict.ScopeDecides:
                    return scope == ScopeProtocol.Ftp;
                default:
                    return false;
            }
        }
    }
}
