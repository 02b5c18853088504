using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>
    /// Codes given to a call or a constructor: whether the parameter and the method they go to produce an FTP reply
    /// (<c>new FtpResponse(550, ...)</c>, <c>ReplyAsync(421, ...)</c>, <c>Expect(reply, 125, 150)</c>).
    /// </summary>
    internal sealed class ReplyArguments
    {
        private readonly EvidenceCollector evidence;
        private readonly ScopeResolver scope;

        public ReplyArguments(EvidenceCollector evidence, ScopeResolver scope)
        {
            this.evidence = evidence;
            this.scope = scope;
        }

        // new FtpResponse(550, "..."), session.ReplyAsync(421, "..."): a reply-like parameter of an FTP member, or of
        // the user's own member called from FTP code. Library members outside FTP types (ControllerBase.StatusCode) never count.
        // For a list of codes (Expect(reply, 125, 150), SendCommand("RETR " + path, expected: new[] { 125, 150 })), the
        // parameter may also be named for expected replies, and a call that sends an FTP-only command is enough.
        public bool IsReplyArgument(IArgumentOperation argument, ISymbol containingSymbol, bool listOfCodes)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            var parameterNames = ProtocolVocabulary.Classify(parameter.Name);
            if ((parameterNames & (NameSignals.OtherProtocol | NameSignals.NotReply)) != 0
                || ((parameterNames & NameSignals.ReplyLike) == 0 && !(listOfCodes && NamesExpectedCodes(parameter.Name))))
            {
                return false;
            }

            IMethodSymbol? method;
            IOperation? receiver = null;
            switch (argument.Parent)
            {
                case IInvocationOperation invocation:
                    method = invocation.TargetMethod;
                    receiver = invocation.Instance;
                    if (listOfCodes)
                    {
                        var command = FtpCommandVocabulary.ClassifyCall(invocation);
                        if ((command & NameSignals.OtherProtocol) != 0)
                        {
                            return false;
                        }

                        if ((command & NameSignals.Ftp) != 0)
                        {
                            return true;
                        }
                    }

                    break;
                case IObjectCreationOperation creation:
                    method = creation.Constructor;
                    break;
                default:
                    return false;
            }

            return method is not null && IsFtpTarget(method, receiver, argument, containingSymbol);
        }

        // The method an argument goes to speaks FTP: by its name or its type's, or it is the user's own, called from FTP
        // code on a receiver that is not another protocol's. Library members outside FTP types never count.
        public bool IsFtpTarget(IMethodSymbol method, IOperation? receiver, IArgumentOperation argument, ISymbol containingSymbol)
        {
            var fromMethod = method.MethodKind == MethodKind.Constructor ? ScopeProtocol.None : scope.Names.FromName(method.Name);
            if (fromMethod == ScopeProtocol.None)
            {
                fromMethod = scope.Names.ProtocolOfType(method.ContainingType);
            }

            if (fromMethod == ScopeProtocol.Ftp)
            {
                return true;
            }

            if (fromMethod != ScopeProtocol.None || !SymbolFacts.IsInSource(method))
            {
                return false;
            }

            if (receiver is not null && !receiver.IsImplicit && (evidence.Evaluate(receiver, 1) & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0)
            {
                return false;
            }

            return scope.IsFtp(argument, containingSymbol);
        }

        // "expected", "expectedReplies", "ExpectCodes", "accepted", "acceptedCodes": the words of a list of replies a call
        // waits for.
        public static bool NamesExpectedCodes(string name) =>
            name.IndexOf("expect", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("accept", System.StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
