using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Sites;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>
    /// Where reply text goes: a command handler's return, an FTP reply's constructor or parser, a write to a connection,
    /// a reply line it is compared with or a prefix of, and through a local, field, parameter or StringBuilder that keeps it.
    /// </summary>
    internal sealed class ReplyTextSinks
    {
        // Text kept in a local, then passed to the code base's own helper, which keeps it in its parameter: two holders.
        private const int MaxHolders = 2;

        private readonly EvidenceCollector evidence;
        private readonly ScopeResolver scope;
        private readonly ReplyArguments arguments;
        private readonly HolderReads holderReads;

        public ReplyTextSinks(EvidenceCollector evidence, ScopeResolver scope, ReplyArguments arguments, HolderReads holderReads)
        {
            this.evidence = evidence;
            this.scope = scope;
            this.arguments = arguments;
            this.holderReads = holderReads;
        }

        /// <summary>
        /// True when reply text (<c>"550 File not found"</c>) goes to an FTP client or is read as an FTP reply: returned
        /// where the code around says FTP (a command handler), written by an FTP member (or the user's own member called
        /// from FTP code), written to a connection by a library writer where the code around says FTP and the writer is
        /// not another protocol's, given to an FTP reply's parser or to a parameter named for replies in FTP code, or
        /// compared with a value that may be an FTP reply line. Text kept in a local, field, parameter or builder goes
        /// where that is read. Console, debug and trace output is never a reply.
        /// </summary>
        public bool IsFtpReplyText(in ReplyTextSite site, ISymbol containingSymbol) =>
            GoesToFtp(site.Text, site.Text, site.Sink, containingSymbol, MaxHolders);

        // origin: the text itself (its scope decides); from: the operation that reached the sink (the text, or a read of its holder).
        private bool GoesToFtp(IOperation origin, IOperation from, IOperation sink, ISymbol containingSymbol, int holdersLeft)
        {
            // ["EPSV"] = "229 ...": filed under an FTP-only verb, FTP's; under QUIT or NOOP, FTP's in FTP code; under HELO, not.
            if (ReplyTextFlow.CommandKeyOf(sink) is { } verb)
            {
                var command = FtpCommandVocabulary.ClassifyCommandText(verb);
                return (command & NameSignals.OtherProtocol) == 0
                    && ((command & NameSignals.Ftp) != 0 || scope.IsFtp(origin, containingSymbol));
            }

            switch (sink)
            {
                case IReturnOperation _:
                    return scope.IsFtp(origin, containingSymbol);

                case IBinaryOperation comparison:
                    // reply == "426 Connection closed": the other operand is the value that may be a reply line.
                    var other = comparison.LeftOperand.Syntax.Span.Contains(from.Syntax.Span) ? comparison.RightOperand : comparison.LeftOperand;
                    return other.Type?.SpecialType == SpecialType.System_String && IsWholeLine(origin) && IsComparedReply(other, origin, containingSymbol);

                case IArgumentOperation { Parent: IObjectCreationOperation creation } argument:
                    // new FtpReply("550 File not found"): a reply type of FTP's.
                    return (creation.Type is { } created
                            && scope.Names.ProtocolOfType(created) == ScopeProtocol.Ftp
                            && (ProtocolVocabulary.Classify(created.Name) & NameSignals.ReplyLike) != 0)
                        || IsReplyParameter(argument, origin, containingSymbol)
                        || FollowsParameter(origin, argument, creation.Constructor, containingSymbol, holdersLeft);

                case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                    return GoesToCall(origin, from, invocation, argument, containingSymbol, holdersLeft);

                default:
                    return ReplyTextFlow.HolderOf(sink) is { } holder && holdersLeft > 0 && IsReadAsReply(origin, holder, containingSymbol, holdersLeft - 1);
            }
        }

        private bool GoesToCall(IOperation origin, IOperation from, IInvocationOperation invocation, IArgumentOperation argument, ISymbol containingSymbol, int holdersLeft)
        {
            var method = invocation.TargetMethod;

            // line.StartsWith("211-"): the string tested by its first line's start may be a reply line.
            if (ReplyPrefix.TryGetSubject(argument, out var tested))
            {
                return tested.Type?.SpecialType == SpecialType.System_String && IsTestedReply(tested, origin, containingSymbol);
            }

            // Assert.Equal("230 Logged in", reply.Text), string.Equals(line, "221 Bye"): compared as == compares.
            if (method.IsStatic
                && argument.Parameter is { Ordinal: 0 or 1 }
                && ReplySiteLocator.IsEqualityCall(method)
                && ReplySiteLocator.EqualsSubject(invocation, argument) is { } compared)
            {
                return compared.Type?.SpecialType == SpecialType.System_String && IsWholeLine(origin) && IsComparedReply(compared, origin, containingSymbol);
            }

            // FtpReply.Parse("227 Entering Passive Mode (...)"), ParseReply("550 No such file") in FTP code.
            if (IsParser(method.Name))
            {
                var type = scope.Names.ProtocolOfType(method.ContainingType);
                return type == ScopeProtocol.Ftp
                    || (type == ScopeProtocol.None
                        && ((ProtocolVocabulary.Classify(method.Name) | ProtocolVocabulary.Classify(method.ContainingType.Name)) & NameSignals.ReplyLike) != 0
                        && scope.IsFtp(origin, containingSymbol));
            }

            if (IsWriteLike(method.Name))
            {
                return !IsDiagnosticOutput(method, invocation.Instance) && IsWrittenToFtp(origin, invocation, argument, containingSymbol);
            }

            return IsReplyParameter(argument, origin, containingSymbol)
                || FollowsParameter(origin, argument, method, containingSymbol, holdersLeft);
        }

        private bool IsWrittenToFtp(IOperation origin, IInvocationOperation invocation, IArgumentOperation argument, ISymbol containingSymbol)
        {
            var method = invocation.TargetMethod;
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
                || (!SymbolFacts.IsInSource(method) && scope.IsFtp(origin, containingSymbol));
        }

        // A reply line has text after its code and separator: "550 " alone, compared with a code, is a code spelt wrongly
        // (reply.Code == "550 " is never true), not a line.
        private static bool IsWholeLine(IOperation text) =>
            text is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } } || value.Trim().Length > 4;

        // A whole reply line compared with a value: the value must say reply, as for a code compared with one; a name like
        // `text` does not (a log line "550 files copied" compared with a summary is no reply).
        private bool IsComparedReply(IOperation other, IOperation origin, ISymbol containingSymbol) =>
            ReplyVerdict.Decide(evidence.Evaluate(other, 0), scope, origin, containingSymbol);

        /// <summary>
        /// True for a string that reply text or a code is compared with or a prefix of (<c>line.StartsWith("220")</c>):
        /// FTP's by its evidence, or where nothing says otherwise and the code around <paramref name="origin"/> says FTP.
        /// The text, digits first, already looks like a reply line; a name like <c>line</c> or <c>banner</c> says no more.
        /// </summary>
        public bool IsTestedReply(IOperation tested, IOperation origin, ISymbol containingSymbol)
        {
            var found = evidence.Evaluate(tested, 0);
            switch (ReplyVerdict.Weigh(found))
            {
                case Verdict.Ftp:
                    return true;
                case Verdict.NotFtp when (found & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0:
                    return false;
                default:
                    return scope.IsFtp(origin, containingSymbol);
            }
        }

        // control.Enqueue(replyLine: "550 No such file"), new ScriptedStream(params string[] replyLines): a parameter named
        // for replies, in FTP code.
        private bool IsReplyParameter(IArgumentOperation argument, IOperation origin, ISymbol containingSymbol)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            var names = ProtocolVocabulary.Classify(parameter.Name);
            return (names & NameSignals.ReplyLike) != 0
                && (names & (NameSignals.OtherProtocol | NameSignals.NotReply)) == 0
                && scope.IsFtp(origin, containingSymbol);
        }

        // CloseConnection(conn, "221 Goodbye"): the code base's own helper, which writes what its parameter holds.
        private bool FollowsParameter(IOperation origin, IArgumentOperation argument, IMethodSymbol? method, ISymbol containingSymbol, int holdersLeft) =>
            holdersLeft > 0
            && method is not null
            && SymbolFacts.IsInSource(method)
            && argument.Parameter is { } parameter
            && !parameter.IsParams
            && IsReadAsReply(origin, parameter.OriginalDefinition, containingSymbol, holdersLeft - 1);

        // The holder's reads, each followed to where it goes.
        private bool IsReadAsReply(IOperation origin, ISymbol holder, ISymbol containingSymbol, int holdersLeft)
        {
            foreach (var read in holderReads.ReadsOf(holder, origin))
            {
                if (ReplyTextFlow.FindSink(read) is { } next && GoesToFtp(origin, read, next, containingSymbol, holdersLeft))
                {
                    return true;
                }
            }

            return false;
        }

        // Parse, TryParse, ParseReply, ParseResponse, ParseLine...
        private static bool IsParser(string name) =>
            name.StartsWith("Parse", System.StringComparison.Ordinal) || name.StartsWith("TryParse", System.StringComparison.Ordinal);

        /// <summary>Write, WriteLine, WriteAsync, SendAsync, SendLine, Reply, ReplyAsync, Respond, SendResponse...</summary>
        internal static bool IsWriteLike(string name) =>
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
