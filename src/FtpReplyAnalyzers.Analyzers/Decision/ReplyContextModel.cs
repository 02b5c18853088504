using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Sites;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>
    /// Decides whether a literal at a <see cref="ReplySite"/> is an FTP reply code. Strongest evidence first:
    /// <list type="number">
    /// <item>the type of the value it is tested against (FtpStatusCode, the bundled enum, FluentFTP's reply code members),
    /// also through casts, int.Parse, await and locals initialised from them;</item>
    /// <item>negative evidence: a value, type or namespace of another protocol (HTTP, SMTP, SFTP...), or a value named
    /// as something that is never a reply (port, length, timeout...), wins over any weaker positive evidence;</item>
    /// <item>a reply-like member of a type that names FTP (a user's <c>FtpResponse.Code</c>), a value named for FTP
    /// (<c>ftpCode</c>), or what a call returned for an FTP command it sent (<c>Send("CWD " + dir)</c>);</item>
    /// <item>otherwise a reply-like value (named code, reply, response or status, or sliced as Substring(0, 3)) counts
    /// only where the nearest enclosing local function, member, type or namespace that names a protocol names FTP,
    /// or, where no name says, where the enclosing type sends FTP commands and no other protocol's.</item>
    /// </list>
    /// docs/rules/FTP0001.md describes the same model for users.
    /// </summary>
    internal sealed class ReplyContextModel
    {
        // Locals initialised from locals initialised from... a few steps cover real code and bound the work.
        private const int MaxDepth = 4;

        private readonly KnownTypes knownTypes;

        // Per compilation (the model is created in a compilation-start action): which protocol a type's command strings speak.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> commandScopes =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // Per compilation: which protocol the types of a type's fields, properties and parameters name.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> memberTypeScopes =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // One per thread: the text of a declaration is read in chunks into it, not copied whole.
        [ThreadStatic]
        private static char[]? commandScanBuffer;

        // Per compilation: the protocol a type's names say (its own, its containing types', its namespace's), by the type's
        // definition. Sites ask about the same members' and receivers' types again and again; the names were read each time.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> typeProtocols =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // Whether a list's numbers are FTP's, per list (array, collection, collection expression).
        private readonly ConditionalWeakTable<IOperation, StrongBox<bool>> listVerdicts = new ConditionalWeakTable<IOperation, StrongBox<bool>>();

        // Per compilation: locals' sources and local functions' callers, per method body.
        private readonly ConditionalWeakTable<IOperation, OperationTreeIndex> treeIndexes = new ConditionalWeakTable<IOperation, OperationTreeIndex>();

        // The last answer for a subject shared by several labels (see DecideShared). Replaced whole, so threads that
        // race on it see either answer, each right for its own subject.
        private volatile SharedDecision? lastSharedDecision;

        // The user's own FTP and non-FTP names (ftp_reply_analyzers.ftp_names / non_ftp_names).
        private readonly UserProtocolNames userNames;

        // The scans and the name reading, as delegates made once (the caches call them per type).
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> scanCommands;
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> scanMemberTypes;
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> protocolOfNamedType;

        public ReplyContextModel(KnownTypes knownTypes, UserProtocolNames? userNames = null)
        {
            this.knownTypes = knownTypes;
            this.userNames = userNames ?? UserProtocolNames.None;
            scanCommands = ScanCommands;
            scanMemberTypes = ScanMemberTypes;
            protocolOfNamedType = ProtocolOfNamedType;
        }

        /// <summary>True when the literal at <paramref name="site"/> is an FTP reply code.</summary>
        public bool IsFtpReply(in ReplySite site, ISymbol containingSymbol)
        {
            switch (site.Kind)
            {
                case ReplySiteKind.EnumCast:
                    return true;
                case ReplySiteKind.Argument:
                    return site.Argument is not null && IsReplyArgument(site.Argument, containingSymbol, listOfCodes: false);
                case ReplySiteKind.ListElement:
                    return IsReplyList(site, containingSymbol);
                case ReplySiteKind.Pattern:
                case ReplySiteKind.CaseLabel:
                    return site.Subject is not null && DecideShared(site.Subject, site.Literal, containingSymbol);
                default:
                    return site.Subject is not null && Decide(Evaluate(site.Subject, 0), site.Literal, containingSymbol);
            }
        }

        /// <summary>
        /// True when <paramref name="value"/>, tested at <paramref name="at"/> by something other than a literal at a
        /// <see cref="ReplySite"/> (a range check, <c>code / 100 == 4</c>), is an FTP reply code: the same evidence and
        /// the same decision as for a literal compared with it.
        /// </summary>
        public bool IsFtpReplyValue(IOperation value, IOperation at, ISymbol containingSymbol) =>
            Decide(Evaluate(value, 0), at, containingSymbol);

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

            var isFtpReply = Decide(Evaluate(subject, 0), literal, containingSymbol);
            lastSharedDecision = new SharedDecision(subject, containingSymbol, isFtpReply);
            return isFtpReply;
        }

        /// <summary>The evidence about a value; public for tests that pin the model down piece by piece.</summary>
        public ValueEvidence Evaluate(IOperation value, int depth)
        {
            // (FtpStatusCode)550 is an FTP reply whatever its operand: the type it is cast to says so, and says the same
            // before and after the fix names the operand (found by the reliability harness: a second Fix All changed code).
            // So is (int)(FtpStatusCode)550, which the fix turns into (int)FtpStatusCode.ActionNotTakenFileUnavailable
            // (found the same way: `(int)(FtpStatusCode)550 == 421` got its 421 fixed only by a second Fix All).
            for (var cast = value as IConversionOperation; cast is not null; cast = cast.Operand as IConversionOperation)
            {
                if (cast.Type is { TypeKind: TypeKind.Enum } castType && knownTypes.IsReplyCodeEnum(castType))
                {
                    return ValueEvidence.FtpType;
                }
            }

            var sliced = false;
            value = Unwrap(value, ref sliced);
            var evidence = TypeEvidence(value.Type);
            if ((evidence & ValueEvidence.FtpType) != 0)
            {
                return evidence;
            }

            switch (value)
            {
                case IPropertyReferenceOperation property:
                    evidence |= MemberEvidence(property.Property, property.Instance, depth);
                    break;
                case IFieldReferenceOperation field:
                    evidence |= MemberEvidence(field.Field, field.Instance, depth);
                    break;
                case IInvocationOperation invocation:
                    evidence |= MemberEvidence(invocation.TargetMethod, invocation.Instance, depth);
                    evidence |= CommandEvidence(FtpCommandVocabulary.ClassifyCall(invocation));
                    evidence |= CommandEvidence(FtpCommandVocabulary.ClassifyMethodName(invocation.TargetMethod.Name));
                    if (evidence == ValueEvidence.None && depth < MaxDepth)
                    {
                        evidence = ArgumentEvidence(invocation, depth);
                    }

                    break;
                case ILocalReferenceOperation local:
                    evidence |= LocalEvidence(local, depth);
                    break;
                case IParameterReferenceOperation parameter:
                    evidence |= ParameterEvidence(parameter, depth);
                    break;
                case IConditionalOperation conditional when depth < MaxDepth:
                    // greeting.Length >= 3 ? int.Parse(greeting.Substring(0, 3)) : 0
                    evidence |= Evaluate(conditional.WhenTrue, depth + 1);
                    if (conditional.WhenFalse is not null)
                    {
                        evidence |= Evaluate(conditional.WhenFalse, depth + 1);
                    }

                    break;
            }

            if (sliced && evidence == ValueEvidence.None)
            {
                evidence = ValueEvidence.ReplyLike;
            }

            return evidence;
        }

        /// <summary>
        /// The protocol of the code around <paramref name="at"/>: the names of the local function, member, types and
        /// namespace, innermost first; where none names a protocol, the commands the enclosing types send.
        /// </summary>
        public ScopeProtocol ScopeOf(IOperation at, ISymbol containingSymbol)
        {
            var named = NamedScopeOf(at, containingSymbol);
            if (named == ScopeProtocol.Other || named == ScopeProtocol.Mixed)
            {
                // A name that says another protocol decides; what the type sends is not read.
                return named;
            }

            var wire = InnermostTypeScope(containingSymbol, commandScopes, scanCommands);

            // What a type sends on the wire can veto a name: FtpProxyTunnel that writes "CONNECT host HTTP/1.1"
            // compares the proxy's HTTP status, not FTP replies.
            if (named == ScopeProtocol.Ftp)
            {
                return wire == ScopeProtocol.Other || wire == ScopeProtocol.Mixed ? ScopeProtocol.Mixed : ScopeProtocol.Ftp;
            }

            return wire != ScopeProtocol.None ? wire : InnermostTypeScope(containingSymbol, memberTypeScopes, scanMemberTypes);
        }

        private static ScopeProtocol InnermostTypeScope(
            ISymbol containingSymbol,
            ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> cache,
            System.Func<INamedTypeSymbol, ScopeProtocol> scan)
        {
            for (var type = containingSymbol.ContainingType; type is not null; type = type.ContainingType)
            {
                var spoken = cache.GetOrAdd(type, scan);
                if (spoken != ScopeProtocol.None)
                {
                    return spoken;
                }
            }

            return ScopeProtocol.None;
        }

        /// <summary>The protocol named by the code around <paramref name="at"/>: local function, member, types, namespace.</summary>
        public ScopeProtocol NamedScopeOf(IOperation at, ISymbol containingSymbol)
        {
            for (var parent = at.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILocalFunctionOperation localFunction)
                {
                    var named = FromName(localFunction.Symbol.Name);
                    if (named != ScopeProtocol.None)
                    {
                        return named;
                    }
                }
            }

            var member = containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;
            var fromMember = FromName(member.Name);
            return fromMember != ScopeProtocol.None ? fromMember : ProtocolOfType(member.ContainingType);
        }

        /// <summary>The protocol a type names: its own name, then the types that contain it, then its namespace.</summary>
        public ScopeProtocol ProtocolOfType(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.TypeParameter)
            {
                return ScopeProtocol.None;
            }

            return type is INamedTypeSymbol named
                ? typeProtocols.GetOrAdd(named.OriginalDefinition, protocolOfNamedType)
                : ProtocolOfNamespace(type.ContainingNamespace);
        }

        private ScopeProtocol ProtocolOfNamedType(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                var named = FromName(current.Name);
                if (named != ScopeProtocol.None)
                {
                    return named;
                }
            }

            return ProtocolOfNamespace(type.ContainingNamespace);
        }

        private bool Decide(ValueEvidence evidence, IOperation literal, ISymbol containingSymbol)
        {
            if ((evidence & ValueEvidence.FtpType) != 0)
            {
                return true;
            }

            if ((evidence & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0)
            {
                return false;
            }

            if ((evidence & (ValueEvidence.FtpMember | ValueEvidence.FtpCommandReply)) != 0)
            {
                return true;
            }

            if ((evidence & ValueEvidence.ReplyLike) == 0)
            {
                return false;
            }

            return (evidence & ValueEvidence.FtpName) != 0 || ScopeOf(literal, containingSymbol) == ScopeProtocol.Ftp;
        }

        // new FtpResponse(550, "..."), session.ReplyAsync(421, "..."): a reply-like parameter of an FTP member, or of
        // the user's own member called from FTP code. Library members outside FTP types (ControllerBase.StatusCode) never count.
        // For a list of codes (Expect(reply, 125, 150), SendCommand("RETR " + path, expected: new[] { 125, 150 })), the
        // parameter may also be named for expected replies, and a call that sends an FTP-only command is enough.
        private bool IsReplyArgument(IArgumentOperation argument, ISymbol containingSymbol, bool listOfCodes)
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
        private bool IsFtpTarget(IMethodSymbol method, IOperation? receiver, IArgumentOperation argument, ISymbol containingSymbol)
        {
            var fromMethod = method.MethodKind == MethodKind.Constructor ? ScopeProtocol.None : FromName(method.Name);
            if (fromMethod == ScopeProtocol.None)
            {
                fromMethod = ProtocolOfType(method.ContainingType);
            }

            if (fromMethod == ScopeProtocol.Ftp)
            {
                return true;
            }

            if (fromMethod != ScopeProtocol.None || !IsInSource(method))
            {
                return false;
            }

            if (receiver is not null && !receiver.IsImplicit && (Evaluate(receiver, 1) & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0)
            {
                return false;
            }

            return ScopeOf(argument, containingSymbol) == ScopeProtocol.Ftp;
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
                    return ScopeOf(site.Text, containingSymbol) == ScopeProtocol.Ftp;

                case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                    // new FtpReply("550 File not found"): a reply type of FTP's.
                    return creation.Type is { } created
                        && ProtocolOfType(created) == ScopeProtocol.Ftp
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
                        var evidence = Evaluate(receiver, 1) | TypeEvidence(receiver.Type);
                        if ((evidence & ValueEvidence.OtherProtocol) != 0 || ProtocolOfType(receiver.Type) == ScopeProtocol.Other)
                        {
                            return false;
                        }

                        if ((evidence & (ValueEvidence.FtpType | ValueEvidence.FtpMember | ValueEvidence.FtpName)) != 0)
                        {
                            return true;
                        }
                    }

                    return IsFtpTarget(method, receiver, argument, containingSymbol)
                        || (!IsInSource(method) && ScopeOf(site.Text, containingSymbol) == ScopeProtocol.Ftp);

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

        // A list of codes is FTP's when what it is searched for, passed to or kept in says so, and when its numbers are
        // FTP's: { 404, 408, 429, 503 } holds two numbers FTP never replies, so it is another protocol's list.
        private bool IsReplyList(in ReplySite site, ISymbol containingSymbol)
        {
            if (site.List is null || !HoldsReplyNumbers(site.List))
            {
                return false;
            }

            if (site.Subject is not null)
            {
                return DecideShared(site.Subject, site.Literal, containingSymbol);
            }

            if (site.Argument is not null)
            {
                return IsReplyArgument(site.Argument, containingSymbol, listOfCodes: true);
            }

            if (site.Holder is null)
            {
                return false;
            }

            // static readonly int[] TransientReplies = { 421, 425 } in an FTP type; var expectedCodes = new[] { 125, 150 }.
            var evidence = site.Holder is ILocalSymbol ? NameEvidence(site.Holder.Name) : MemberEvidence(site.Holder, instance: null, depth: 0);
            if ((evidence & ValueEvidence.ReplyLike) == 0 && (evidence & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) == 0 && NamesExpectedCodes(site.Holder.Name))
            {
                evidence |= ValueEvidence.ReplyLike;
            }

            return Decide(evidence, site.Literal, containingSymbol);
        }

        // "expected", "expectedReplies", "ExpectCodes": the words of a list of replies a call waits for.
        private static bool NamesExpectedCodes(string name) =>
            name.IndexOf("expect", System.StringComparison.OrdinalIgnoreCase) >= 0;

        // The numbers of a list, read once per list: two or more from 100 to 699 that FTP never replies (and that are not
        // round hundreds) say another protocol's list.
        private bool HoldsReplyNumbers(IOperation list)
        {
            if (listVerdicts.TryGetValue(list, out var known))
            {
                return known.Value;
            }

            var foreign = 0;
            foreach (var element in ListElements(list))
            {
                var constant = element.ConstantValue;
                if (constant.HasValue
                    && ReplyCodeIndex.TryReadCode(constant.Value, out var number)
                    && number >= 100 && number <= 699 && number % 100 != 0
                    && ReplyCodeIndex.Find(number) is null)
                {
                    foreign++;
                }
            }

            var verdict = foreign < 2;
            listVerdicts.GetValue(list, _ => new StrongBox<bool>(verdict));
            return verdict;
        }

        private static IEnumerable<IOperation> ListElements(IOperation list)
        {
            switch (list)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    return initializer.ElementValues;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    var added = new List<IOperation>(initializer.Initializers.Length);
                    foreach (var item in initializer.Initializers)
                    {
                        if (item is IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            added.Add(add.Arguments[0].Value);
                        }
                    }

                    return added;
                default:
                    // A collection expression: its elements are its children.
                    return list.ChildOperations;
            }
        }

        private ValueEvidence MemberEvidence(ISymbol member, IOperation? instance, int depth)
        {
            if (knownTypes.IsKnownReplyCodeMember(member))
            {
                return ValueEvidence.FtpType;
            }

            var evidence = NameEvidence(member.Name);
            var replyNamed = (evidence & ValueEvidence.ReplyLike) != 0;
            var owner = ProtocolOfType(member.ContainingType);
            if (owner == ScopeProtocol.Other)
            {
                return evidence | ValueEvidence.OtherProtocol;
            }

            if (owner == ScopeProtocol.Ftp && replyNamed)
            {
                evidence |= ValueEvidence.FtpMember;
            }

            if (instance is IConditionalAccessInstanceOperation)
            {
                instance = FindConditionalReceiver(instance);
            }

            if (instance is null || instance.IsImplicit || instance is IInstanceReferenceOperation || depth >= MaxDepth)
            {
                return evidence;
            }

            var receiver = Evaluate(instance, depth + 1);
            var receiverType = ProtocolOfType(instance.Type);
            if ((receiver & ValueEvidence.OtherProtocol) != 0 || receiverType == ScopeProtocol.Other)
            {
                return evidence | ValueEvidence.OtherProtocol;
            }

            if ((evidence & ValueEvidence.NotReply) != 0)
            {
                return evidence;
            }

            // reply.Code on an FTP reply (by type, by name, or as the answer to an FTP command) is the reply code.
            var ftpReceiver = (receiver & (ValueEvidence.FtpType | ValueEvidence.FtpMember | ValueEvidence.FtpCommandReply | ValueEvidence.FtpName)) != 0
                || receiverType == ScopeProtocol.Ftp;
            if (replyNamed && ftpReceiver)
            {
                evidence |= ValueEvidence.FtpMember;
            }
            else if (member is IMethodSymbol && (receiver & ValueEvidence.FtpName) != 0)
            {
                // ftp.Read() on a channel the code itself calls "ftp": likely a reply; the scope still has to agree.
                evidence |= ValueEvidence.ReplyLike;
            }

            return evidence;
        }

        private ValueEvidence LocalEvidence(ILocalReferenceOperation reference, int depth)
        {
            var evidence = NameEvidence(reference.Local.Name);
            if (depth >= MaxDepth)
            {
                return evidence;
            }

            var source = InitializerOf(reference) ?? OperationTreeIndex.Of(reference, treeIndexes).SourceOf(reference.Local);
            return source is null ? evidence : evidence | Evaluate(source, depth + 1);
        }

        // `var code = reply.Code;`: the initialiser of a local declared with one, found from the local's declarator through
        // the semantic model the operation came from (the driver has already mapped the body's syntax to its operations),
        // instead of walking the body up to the declaration. Other declarations (out var, deconstruction) are the
        // tree index's.
        private static IOperation? InitializerOf(ILocalReferenceOperation reference)
        {
            var declarations = reference.Local.DeclaringSyntaxReferences;
            if (declarations.Length != 1
                || reference.SemanticModel is not { } semanticModel
                || declarations[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: not null } declarator
                || declarator.SyntaxTree != semanticModel.SyntaxTree)
            {
                return null;
            }

            return semanticModel.GetOperation(declarator) is IVariableDeclaratorOperation declared
                && SymbolEqualityComparer.Default.Equals(declared.Symbol, reference.Local)
                ? declared.GetVariableInitializer()?.Value
                : null;
        }

        // A helper that says nothing itself passes on what its arguments are: Val(Left(strResp, 3)), ToInt(reply).
        // Only reply-likeness passes, never strong evidence: the helper may compute anything from them.
        private ValueEvidence ArgumentEvidence(IInvocationOperation invocation, int depth)
        {
            var type = invocation.Type?.SpecialType;
            if (type != SpecialType.System_Int32 && type != SpecialType.System_Int64 && type != SpecialType.System_String)
            {
                return ValueEvidence.None;
            }

            var found = ValueEvidence.None;
            foreach (var argument in invocation.Arguments)
            {
                found |= Evaluate(argument.Value, depth + 1);
            }

            if ((found & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) != 0)
            {
                return found & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply);
            }

            return (found & (ValueEvidence.ReplyLike | ValueEvidence.FtpType | ValueEvidence.FtpMember | ValueEvidence.FtpCommandReply)) != 0
                ? ValueEvidence.ReplyLike
                : ValueEvidence.None;
        }

        // A local function's parameter carries what its callers pass: static bool IsTransient(int c) => c is 421 or 425.
        private ValueEvidence ParameterEvidence(IParameterReferenceOperation reference, int depth)
        {
            var parameter = reference.Parameter;
            var evidence = NameEvidence(parameter.Name);
            if (depth >= MaxDepth || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.LocalFunction } localFunction)
            {
                return evidence;
            }

            foreach (var argument in OperationTreeIndex.Of(reference, treeIndexes).ArgumentsOf(localFunction, parameter.Ordinal))
            {
                evidence |= Evaluate(argument, depth + 1);
            }

            return evidence;
        }

        // The command lines a type's string literals start with: "USER " and "CWD " speak FTP, "HELO " speaks SMTP.
        // Only the literals whose opening quote CommandCandidates finds are read: no other literal can start with a verb.
        private static ScopeProtocol ScanCommands(INamedTypeSymbol type)
        {
            var result = ScopeProtocol.None;
            List<int>? candidates = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                candidates ??= new List<int>();
                candidates.Clear();
                CommandCandidates(declaration.SyntaxTree.GetText(), declaration.FullSpan, candidates);
                foreach (var position in candidates)
                {
                    if (LeadingText(declaration.FindToken(position)) is not { } leading)
                    {
                        continue;
                    }

                    result = Combine(result, FromSignals(FtpCommandVocabulary.ClassifyCommandText(leading.ValueText)));
                    if (result == ScopeProtocol.Mixed)
                    {
                        return result;
                    }
                }
            }

            return result;
        }

        // The token whose text a command line would start: a string literal, or the first text of an interpolated string.
        private static SyntaxToken? LeadingText(SyntaxToken token)
        {
            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.StringLiteralToken:
                    return token;
                case SyntaxKind.InterpolatedStringStartToken:
                    var next = token.GetNextToken();
                    return next.IsKind(SyntaxKind.InterpolatedStringTextToken) ? next : null;
                case SyntaxKind.InterpolatedStringTextToken:
                    return token.GetPreviousToken().IsKind(SyntaxKind.InterpolatedStringStartToken) ? token : null;
                default:
                    return null;
            }
        }

        // A command line the scan above classifies starts with a verb it knows (three to eight capital letters) that ends
        // the text or is followed by a space or a line break ("CWD /in", "PASV", "PASV\r\n", $"SIZE {path}"), or starts
        // with "HTTP/". So only a quote followed by such a verb (or by an escape sequence, which could spell one) can open
        // a command line: the positions of those quotes are collected, from the text, without creating a syntax node. Most
        // types hold none: "EUR", "INFO " and "X-Retry-After" are no verbs.
        private static void CommandCandidates(SourceText text, TextSpan span, List<int> quotes)
        {
            var buffer = commandScanBuffer ??= new char[4096];
            var verb = new char[FtpCommandVocabulary.LongestVerb];

            // -1: not right after a quote; otherwise how many capital letters follow the last quote, at quote.
            var run = -1;
            var quote = -1;
            for (var start = span.Start; start < span.End; start += buffer.Length)
            {
                var count = Math.Min(buffer.Length, span.End - start);
                text.CopyTo(start, buffer, 0, count);
                var i = 0;
                while (i < count)
                {
                    if (run < 0)
                    {
                        // Between candidates only a quote matters: found with the runtime's vectorised search, not a
                        // character at a time (in a profile of the 4N corpus, the loop and the copy were 33 of the scan's
                        // 56 samples before and 14 of 44 after; the rest is FindToken below).
                        var next = Array.IndexOf(buffer, '"', i, count - i);
                        if (next < 0)
                        {
                            break;
                        }

                        run = 0;
                        quote = start + next;
                        i = next + 1;
                        continue;
                    }

                    var c = buffer[i];
                    if (c >= 'A' && c <= 'Z')
                    {
                        if (run < verb.Length)
                        {
                            verb[run] = c;
                        }

                        run++;
                        i++;
                        continue;
                    }

                    if (c == '\\'
                        || (run == 4 && c == '/' && verb[0] == 'H' && verb[1] == 'T' && verb[2] == 'T' && verb[3] == 'P')
                        || ((c == '"' || c == ' ' || c == '{' || c == '\r' || c == '\n') && IsKnownVerb(verb, run)))
                    {
                        quotes.Add(quote);
                    }

                    run = c == '"' ? 0 : -1;
                    quote = start + i;
                    i++;
                }
            }

            if (IsKnownVerb(verb, run))
            {
                quotes.Add(quote);
            }
        }

        private static bool IsKnownVerb(char[] verb, int length) =>
            length >= 3 && length <= verb.Length && FtpCommandVocabulary.IsKnownVerb(new string(verb, 0, length));

        // The types a type works with: a TransferQueue holding a Func<IFtpTransferEngine> is FTP code.
        private ScopeProtocol ScanMemberTypes(INamedTypeSymbol type)
        {
            var result = ScopeProtocol.None;
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol field when !field.IsImplicitlyDeclared:
                        result = Combine(result, NameOfTypeAndArguments(field.Type));
                        break;
                    case IPropertySymbol property:
                        result = Combine(result, NameOfTypeAndArguments(property.Type));
                        break;
                    case IMethodSymbol method when !method.IsImplicitlyDeclared:
                        foreach (var parameter in method.Parameters)
                        {
                            result = Combine(result, NameOfTypeAndArguments(parameter.Type));
                        }

                        break;
                }

                if (result == ScopeProtocol.Mixed)
                {
                    break;
                }
            }

            return result;
        }

        private ScopeProtocol NameOfTypeAndArguments(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
            {
                return ScopeProtocol.None;
            }

            var result = FromName(named.Name);
            foreach (var argument in named.TypeArguments)
            {
                if (argument is INamedTypeSymbol { SpecialType: SpecialType.None } argumentType)
                {
                    result = Combine(result, FromName(argumentType.Name));
                }
            }

            return result;
        }

        private ValueEvidence TypeEvidence(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (knownTypes.IsReplyCodeEnum(type))
            {
                return ValueEvidence.FtpType;
            }

            switch (ProtocolOfType(type))
            {
                case ScopeProtocol.Other:
                    return ValueEvidence.OtherProtocol;
                case ScopeProtocol.Ftp when type!.TypeKind == TypeKind.Enum:
                    return ValueEvidence.FtpMember;
                default:
                    return ValueEvidence.None;
            }
        }

        private static ValueEvidence CommandEvidence(NameSignals command)
        {
            if ((command & NameSignals.OtherProtocol) != 0)
            {
                return ValueEvidence.OtherProtocol;
            }

            return (command & NameSignals.Ftp) != 0 ? ValueEvidence.FtpCommandReply
                : (command & NameSignals.ReplyLike) != 0 ? ValueEvidence.ReplyLike
                : ValueEvidence.None;
        }

        private static ValueEvidence NameEvidence(string name)
        {
            var signals = ProtocolVocabulary.Classify(name);
            var evidence = ValueEvidence.None;
            if ((signals & NameSignals.OtherProtocol) != 0)
            {
                evidence |= ValueEvidence.OtherProtocol;
            }
            else if ((signals & NameSignals.Ftp) != 0)
            {
                evidence |= ValueEvidence.FtpName;
            }

            if ((signals & NameSignals.NotReply) != 0)
            {
                evidence |= ValueEvidence.NotReply;
            }
            else if ((signals & NameSignals.ReplyLike) != 0)
            {
                evidence |= ValueEvidence.ReplyLike;
            }

            return evidence;
        }

        // Casts, await, ?? and the string and parsing calls that keep the reply code: int.Parse(reply.Code.Trim()).
        private static IOperation Unwrap(IOperation value, ref bool sliced)
        {
            while (true)
            {
                switch (value)
                {
                    case IConversionOperation conversion:
                        value = conversion.Operand;
                        continue;
                    case IAwaitOperation awaited:
                        value = awaited.Operation;
                        continue;
                    case ICoalesceOperation coalesce:
                        value = coalesce.Value;
                        continue;
                    case IConditionalAccessOperation conditional:
                        value = conditional.WhenNotNull;
                        continue;
                    case IInvocationOperation invocation when TryUnwrapCall(invocation, ref sliced) is { } inner:
                        value = inner;
                        continue;
                    case IImplicitIndexerReferenceOperation slice when IsReplyCodeRange(slice.Argument):
                        // line[..3], line[0..3]: the three digits at the start of a reply line.
                        sliced = true;
                        value = slice.Instance;
                        continue;
                    default:
                        return value;
                }
            }
        }

        private static IOperation? TryUnwrapCall(IInvocationOperation invocation, ref bool sliced)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType is null)
            {
                return null;
            }

            switch (method.ContainingType.SpecialType)
            {
                case SpecialType.System_String when invocation.Instance is not null:
                    switch (method.Name)
                    {
                        case "Trim":
                        case "TrimStart":
                        case "TrimEnd":
                        case "ToUpperInvariant":
                        case "ToLowerInvariant":
                        case "ToString":
                            return invocation.Instance;
                        case "Substring" when IsReplyCodeSlice(invocation):
                            sliced = true;
                            return invocation.Instance;
                        default:
                            return null;
                    }

                case var integral when IntegralTypes.CanHoldReplyCode(integral):
                    if (method.Name == "Parse" && method.IsStatic && invocation.Arguments.Length >= 1)
                    {
                        return invocation.Arguments[0].Value;
                    }

                    return method.Name == "ToString" && invocation.Instance is not null ? invocation.Instance : null;

                default:
                    if (method.Name.StartsWith("ToInt", System.StringComparison.Ordinal)
                        && method.IsStatic
                        && method.ContainingType.Name == "Convert"
                        && method.ContainingType.ContainingNamespace?.Name == "System"
                        && invocation.Arguments.Length >= 1
                        && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        return invocation.Arguments[0].Value;
                    }

                    // reply.StatusCode.ToString() on an enum: the receiver decides.
                    return method.Name == "ToString" && invocation.Instance is not null && invocation.Arguments.Length == 0
                        ? invocation.Instance
                        : null;
            }
        }

        // Substring(0, 3): the three digits at the start of a reply line.
        private static bool IsReplyCodeSlice(IInvocationOperation invocation) =>
            invocation.Arguments.Length == 2
            && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 }
            && invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: 3 };

        private static bool IsReplyCodeRange(IOperation argument) =>
            argument is IRangeOperation range
            && (range.LeftOperand is null || IsIndexConstant(range.LeftOperand, 0))
            && range.RightOperand is not null
            && IsIndexConstant(range.RightOperand, 3);

        private static bool IsIndexConstant(IOperation operand, int value)
        {
            operand = Conversions.WithoutConversions(operand);
            return operand.ConstantValue is { HasValue: true, Value: int constant } && constant == value;
        }

        private static IOperation? FindConditionalReceiver(IOperation instance)
        {
            for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation conditional)
                {
                    return conditional.Operation;
                }
            }

            return null;
        }

        private static bool IsInSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }

        private ScopeProtocol ProtocolOfNamespace(INamespaceSymbol? ns)
        {
            var result = ScopeProtocol.None;
            for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                result = Combine(result, FromName(current.Name));
            }

            return result;
        }

        // The user's names first (whole names, ignoring case), then the built-in vocabulary.
        private ScopeProtocol FromName(string name) =>
            userNames.TryClassify(name, out var protocol) ? protocol : FromSignals(ProtocolVocabulary.Classify(name));

        private static ScopeProtocol FromSignals(NameSignals signals)
        {
            var ftp = (signals & NameSignals.Ftp) != 0;
            var other = (signals & NameSignals.OtherProtocol) != 0;
            return ftp ? (other ? ScopeProtocol.Mixed : ScopeProtocol.Ftp) : (other ? ScopeProtocol.Other : ScopeProtocol.None);
        }

        private static ScopeProtocol Combine(ScopeProtocol a, ScopeProtocol b) =>
            a == ScopeProtocol.None ? b : b == ScopeProtocol.None || a == b ? a : ScopeProtocol.Mixed;

        private sealed class SharedDecision
        {
            public SharedDecision(IOperation subject, ISymbol containingSymbol, bool isFtpReply)
            {
                Subject = subject;
                ContainingSymbol = containingSymbol;
                IsFtpReply = isFtpReply;
            }

            public IOperation Subject { get; }

            public ISymbol ContainingSymbol { get; }

            public bool IsFtpReply { get; }
        }
    }
}
