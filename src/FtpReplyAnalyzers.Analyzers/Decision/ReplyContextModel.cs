using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Sites;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>
    /// Decides whether a reply code at a site, a value tested as a reply, or reply text is FTP's: the entry point the
    /// rules call. The evidence about the value (<see cref="EvidenceCollector"/>) and, only where that leaves it open,
    /// the protocol of the code around it (<see cref="ScopeResolver"/>) go into <see cref="ReplyVerdict"/>; arguments,
    /// lists and reply text have parts of their own. One per compilation, built by <c>ReplyAnalysis</c>.
    /// </summary>
    internal sealed class ReplyContextModel
    {
        private readonly EvidenceCollector evidence;
        private readonly ScopeResolver scope;
        private readonly ReplyArguments arguments;
        private readonly ReplyTextSinks textSinks;
        private readonly ReplyLists lists;

        // The last answer for a subject shared by several labels (see DecideShared). Replaced whole, so threads that
        // race on it see either answer, each right for its own subject.
        private volatile SharedDecision? lastSharedDecision;

        public ReplyContextModel(EvidenceCollector evidence, ScopeResolver scope, ReplyArguments arguments, ReplyTextSinks textSinks, ReplyLists lists)
        {
            this.evidence = evidence;
            this.scope = scope;
            this.arguments = arguments;
            this.textSinks = textSinks;
            this.lists = lists;
        }

        /// <summary>True when the literal at <paramref name="site"/> is an FTP reply code.</summary>
        public bool IsFtpReply(in ReplySite site, ISymbol containingSymbol)
        {
            switch (site.Kind)
            {
                case ReplySiteKind.EnumCast:
                    return true;
                case ReplySiteKind.Argument:
                    return site.Argument is not null && arguments.IsReplyArgument(site.Argument, containingSymbol, listOfCodes: false);
                case ReplySiteKind.ListElement:
                    return IsReplyList(site, containingSymbol);
                case ReplySiteKind.MemberValue:
                    return IsCodeMemberValue(site, containingSymbol);
                case ReplySiteKind.Prefix:
                    return site.Subject is not null && textSinks.IsTestedReply(site.Subject, site.Literal, containingSymbol);
                case ReplySiteKind.Pattern:
                case ReplySiteKind.CaseLabel:
                    return site.Subject is not null && DecideShared(site.Subject, site.Literal, containingSymbol);
                default:
                    return site.Subject is not null && Decide(evidence.Evaluate(site.Subject, 0), site.Literal, containingSymbol);
            }
        }

        /// <summary>
        /// True when <paramref name="value"/>, tested at <paramref name="at"/> by something other than a literal at a
        /// <see cref="ReplySite"/> (a range check, <c>code / 100 == 4</c>), is an FTP reply code: the same evidence and
        /// the same decision as for a literal compared with it.
        /// </summary>
        public bool IsFtpReplyValue(IOperation value, IOperation at, ISymbol containingSymbol) =>
            Decide(evidence.Evaluate(value, 0), at, containingSymbol);

        // `switch (reply) { case 421: case 425: ... }`, `code is 421 or 425 or 426`: the labels of one switch or pattern
        // share their subject, and nothing between them and it can change the answer (no local function stands between a
        // case label and its switch), so the answer for the first label is the answer for the others.
        private bool DecideShared(IOperation subject, IOperation literal, ISymbol containingSymbol)
        {
            var last = lastSharedDecision;
            if (last is not null && last.Subject == subject && SymbolEqualityComparer.Default.Equals(last.ContainingSymbol, containingSymbol))
            {
                return last.IsFtpReply;
            }

            var isFtpReply = Decide(evidence.Evaluate(subject, 0), literal, containingSymbol);
            lastSharedDecision = new SharedDecision(subject, containingSymbol, isFtpReply);
            return isFtpReply;
        }

        /// <summary>
        /// True when reply text (<c>"550 File not found"</c>) goes to an FTP client (see <see cref="ReplyTextSinks"/>).
        /// </summary>
        public bool IsFtpReplyText(in ReplyTextSite site, ISymbol containingSymbol) => textSinks.IsFtpReplyText(site, containingSymbol);

        // The verdict of the evidence; the scope is read only where the evidence leaves it open.
        private bool Decide(ValueEvidence found, IOperation literal, ISymbol containingSymbol) =>
            ReplyVerdict.Decide(found, scope, literal, containingSymbol);

        // A list of codes is FTP's when what it is searched for, passed to or kept in says so, and when its numbers are
        // FTP's: { 404, 408, 429, 503 } holds two numbers FTP never replies, so it is another protocol's list.
        private bool IsReplyList(in ReplySite site, ISymbol containingSymbol)
        {
            if (site.List is null || !lists.HoldsReplyNumbers(site.List))
            {
                return false;
            }

            if (site.Subject is not null)
            {
                return DecideShared(site.Subject, site.Literal, containingSymbol);
            }

            if (site.Argument is not null)
            {
                return arguments.IsReplyArgument(site.Argument, containingSymbol, listOfCodes: true);
            }

            if (site.Holder is null)
            {
                return false;
            }

            // static readonly int[] TransientReplies = { 421, 425 } in an FTP type; var expectedCodes = new[] { 125, 150 }.
            var found = ReplyLists.HolderEvidence(site.Holder, evidence);
            if (Decide(found, site.Literal, containingSymbol))
            {
                return true;
            }

            // static readonly HashSet<int> Retryable = { 421, 425 }, named for what the codes mean: FTP's when every read of
            // it looks up an FTP reply (Retryable.Contains(reply.Code)).
            return (found & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) == 0
                && lists.IsSearchedOnlyForReplies(site.Holder, site.Literal, subject => Decide(evidence.Evaluate(subject, 0), subject, containingSymbol));
        }

        // The code of the object itself: a getter's return or an initialiser of a member named for a reply's code
        // (Code, FtpErrorCode, SuccessCode), decided on what the member says (an FTP type's, or named for FTP) and the scope.
        private bool IsCodeMemberValue(in ReplySite site, ISymbol containingSymbol)
        {
            var holder = site.Holder
                ?? (containingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property } ? property : null);
            // A static member named for a code (public static int FileNotFound => 550) is a name for it, as a constant is.
            if (holder is null || holder.IsStatic || (ProtocolVocabulary.Classify(holder.Name) & NameSignals.ReplyGroup) != 0)
            {
                return false;
            }

            // protected override int SuccessCode => 226 in StorHandler : FtpCommandHandler: the member it overrides says FTP.
            var found = evidence.MemberEvidence(holder, instance: null, depth: 0);
            var overridden = (holder as IPropertySymbol)?.OverriddenProperty;
            for (var step = 0; overridden is not null && step < EvidenceCollector.MaxDepth; step++, overridden = overridden.OverriddenProperty)
            {
                found |= evidence.MemberEvidence(overridden, instance: null, depth: 0);
            }

            return Decide(found, site.Literal, containingSymbol);
        }

        private sealed record SharedDecision(IOperation Subject, ISymbol ContainingSymbol, bool IsFtpReply);
    }
}
