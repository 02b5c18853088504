using System.Runtime.CompilerServices;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>
    /// What is known about a value compared with, or given, a reply code: the strong evidence of a type (FtpStatusCode,
    /// FluentFTP's reply members), the negative evidence of another protocol or of a name that is never a reply (port,
    /// timeout), and the weaker evidence of names, followed through members, calls, locals, local functions' parameters
    /// and conditionals. One per compilation (it keeps each method body's index of locals and callers).
    /// </summary>
    internal sealed class EvidenceCollector
    {
        /// <summary>Locals initialised from locals initialised from... a few steps cover real code and bound the work.</summary>
        public const int MaxDepth = 4;

        private readonly KnownTypes knownTypes;
        private readonly NamedScope names;

        // Locals' sources and local functions' callers, per method body.
        private readonly ConditionalWeakTable<IOperation, OperationTreeIndex> treeIndexes = new ConditionalWeakTable<IOperation, OperationTreeIndex>();

        // The last local read and what it said: its name and its one source decide, the same for every read of it, and code
        // tests one local against several codes in a row (`if (code == 421) ... else if (code == 425)`). One entry, not a
        // table: most locals are read once, and a table's adds cost more than the reads they saved. Replaced whole, so
        // threads that race on it see either entry, each right for its own local.
        private volatile LocalAnswer? lastLocal;

        public EvidenceCollector(KnownTypes knownTypes, NamedScope names)
        {
            this.knownTypes = knownTypes;
            this.names = names;
        }

        /// <summary>
        /// The evidence about <paramref name="value"/>: its type, then what it is (a member, a call, a local, a parameter,
        /// a conditional) and where it came from, followed at most <see cref="MaxDepth"/> steps.
        /// </summary>
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
            value = ValueUnwrapper.Unwrap(value, ref sliced);
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
                    evidence |= NameEvidence.OfCommand(FtpCommandVocabulary.ClassifyCall(invocation));
                    evidence |= NameEvidence.OfCommand(FtpCommandVocabulary.ClassifyMethodName(invocation.TargetMethod.Name));
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

        /// <summary>What a value's type says: a reply-code enum, another protocol's type, an FTP type's enum.</summary>
        public ValueEvidence TypeEvidence(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (knownTypes.IsReplyCodeEnum(type))
            {
                return ValueEvidence.FtpType;
            }

            switch (names.ProtocolOfType(type))
            {
                case ScopeProtocol.Other:
                    return ValueEvidence.OtherProtocol;
                case ScopeProtocol.Ftp when type!.TypeKind == TypeKind.Enum:
                    return ValueEvidence.FtpMember;
                default:
                    return ValueEvidence.None;
            }
        }

        /// <summary>What a field, property or method says, by its name, its type's names and its receiver.</summary>
        public ValueEvidence MemberEvidence(ISymbol member, IOperation? instance, int depth)
        {
            if (knownTypes.IsKnownReplyCodeMember(member))
            {
                return ValueEvidence.FtpType;
            }

            var evidence = NameEvidence.OfName(member.Name);
            var replyNamed = (evidence & ValueEvidence.ReplyLike) != 0;
            var owner = names.ProtocolOfType(member.ContainingType);
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
                instance = OperationFacts.ConditionalAccessReceiver(instance);
            }

            if (instance is null || instance.IsImplicit || instance is IInstanceReferenceOperation || depth >= MaxDepth)
            {
                return evidence;
            }

            var receiver = Evaluate(instance, depth + 1);
            var receiverType = names.ProtocolOfType(instance.Type);
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
            var last = lastLocal;
            if (last is not null && last.Depth == depth && SymbolEqualityComparer.Default.Equals(last.Local, reference.Local))
            {
                return last.Evidence;
            }

            var evidence = ReadLocalEvidence(reference, depth);
            lastLocal = new LocalAnswer(reference.Local, depth, evidence);
            return evidence;
        }

        private ValueEvidence ReadLocalEvidence(ILocalReferenceOperation reference, int depth)
        {
            var evidence = NameEvidence.OfName(reference.Local.Name);
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
            var evidence = NameEvidence.OfName(parameter.Name);
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

        private sealed record LocalAnswer(ILocalSymbol Local, int Depth, ValueEvidence Evidence);
    }
}
