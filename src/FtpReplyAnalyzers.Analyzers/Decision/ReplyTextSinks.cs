using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Sites;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>Where reply text goes: a command handler's return, an FTP reply's constructor, a write to a connection.</summary>
    internal sealed class ReplyTextSinks
    {
        private readonly EvidenceCollector evidence;
        private readonly ScopeResolver scope;
        private readonly ReplyArguments arguments;

        public ReplyTextSinks(EvidenceCollector evidence, ScopeResolver scope, ReplyArguments arguments)
        {
            this.evidence = evidence;
            this.scope = scope;
            this.arguments = arguments;
        }

        /// <summary>
        /// True when reply text (<c>"550 File not found"</c>) goes to an FTP client: returned where the code around says
        /// FTP (a command handler), written by an FTP member (or the user's own member called from FTP code), or written
        /// to a connection by a library writer where the code around says FTP and the writer is not another protocol's.
        /// Console, debug and trace output is never a reply.
        /// </summary>
        public bool IsFtpReplyText(in ReplyTextSite site, ISymbol containingSymbol)
        {
            switch (site.Sink)
            {
                case IReturnOperation _:
                    return scope.ScopeOf(site.Text, containingSymbol) == ScopeProtocol.Ftp;

                case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                    // new FtpReply("550 File not found"): a reply type of FTP's.
                    return creation.Type is { } created
                        && scope.Names.ProtocolOfType(created) == ScopeProtocol.Ftp
                        && (ProtocolVocabulary.Classify(created.Name) & NameSignals.ReplyLike) != 0;

                case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                    var method = invocation.TargetMethod;
                    if (!IsWriteLike(method.Name) || IsDiagnosticOutput(method, invocation.Instance))
                    {
                        return false;
                    }

                    var receiver = invocation.Instance;
                    if (receiver is not null && !receiver.IsImplicit)
                    {
                        var found = evidence.Evaluate(receiver, 1) | evidence.TypeEvidence(receiver.Type);
                        if ((found & ValueEvidence.OtherProtocol) != 0 || scope.Names.ProtocolOfType(receiver.Type) == ScopeProtocol.Other)
                        {
                            return false;
                        }

                        if ((found & (ValueEvidence.FtpType | ValueEvidence.FtpMember | ValueEvidence.FtpName)) != 0)
                        {
                            return true;
                        }
                    }

                    return arguments.IsFtpTarget(method, receiver, argument, containingSymbol)
                        || (!SymbolFacts.IsInSource(method) && scope.ScopeOf(site.Text, containingSymbol) == ScopeProtocol.Ftp);

                default:
                    return false;
            }
        }

        // Write, WriteLine, WriteAsync, SendAsync, SendLine, Reply, ReplyAsync, Respond, SendResponse...
        private static bool IsWriteLike(string name) =>
            name.StartsWith("Write", System.StringComparison.Ordinal)
            || name.StartsWith("Send", System.StringComparison.Ordinal)
            || name.StartsWith("Reply", System.StringComparison.Ordinal)
            || name.StartsWith("Respond", System.StringComparison.Ordinal)
            || name.StartsWith("Answer", System.StringComparison.Ordinal);

        // Console.WriteLine, Console.Out.WriteLine, Debug.WriteLine, Trace.WriteLine: output for a person, not a reply.
        private static bool IsDiagnosticOutput(IMethodSymbol method, IOperation? receiver)
        {
            if (IsDiagnosticType(method.ContainingType))
            {
                return true;
            }

            return receiver is IPropertyReferenceOperation { Property.ContainingType: var owner } && IsDiagnosticType(owner);
        }

        private static bool IsDiagnosticType(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            var ns = type.ContainingNamespace?.ToDisplayString();
            return (ns == "System" && type.Name == "Console")
                || (ns == "System.Diagnostics" && (type.Name == "Debug" || type.Name == "Trace" || type.Name == "TraceSource"));
        }
    }
}
