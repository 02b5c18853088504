using System.Collections.Concurrent;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>
    /// The protocol the code's own names say: a local function's, a member's, a type's (its own name, then the types
    /// that contain it), a namespace's. The user's names (<c>ftp_reply_analyzers.ftp_names</c> / <c>non_ftp_names</c>)
    /// come before the built-in vocabulary. One per compilation; a type's answer is read once and kept.
    /// </summary>
    internal sealed class NamedScope
    {
        // The protocol a type's names say (its own, its containing types', its namespace's), by the type's definition.
        // Sites ask about the same members' and receivers' types again and again.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> typeProtocols =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // The user's own FTP and non-FTP names.
        private readonly UserProtocolNames userNames;

        // The name reading, as a delegate made once (the cache calls it per type).
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> protocolOfNamedType;

        public NamedScope(UserProtocolNames? userNames = null)
        {
            this.userNames = userNames ?? UserProtocolNames.None;
            protocolOfNamedType = ProtocolOfNamedType;
        }

        /// <summary>True when the user has named FTP names of their own, which no built-in word knows.</summary>
        public bool HasUserFtpNames => userNames.HasFtpNames;

        /// <summary>The protocol named by the code around <paramref name="at"/>: local function, member, types, namespace.</summary>
        public ScopeProtocol NamedScopeOf(IOperation at, ISymbol containingSymbol)
        {
            for (var parent = at.Parent; parent is not null; parent = parent.Parent)
            {
                // The kind first: a look at every parent up to the body, and nearly none is a local function.
                if (parent.Kind == OperationKind.LocalFunction && parent is ILocalFunctionOperation localFunction)
                {
                    var named = FromName(localFunction.Symbol.Name);
                    if (named != ScopeProtocol.None)
                    {
                        return named;
                    }
                }
            }

            var member = NamedMember(containingSymbol);
            var fromMember = FromName(member.Name);
            return fromMember != ScopeProtocol.None ? fromMember : ProtocolOfType(member.ContainingType);
        }

        /// <summary>The member whose name <see cref="NamedScopeOf"/> reads: an accessor's property or event, else the member itself.</summary>
        public static ISymbol NamedMember(ISymbol containingSymbol) =>
            containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;

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

        /// <summary>The protocol a namespace names: every segment, outermost included.</summary>
        public ScopeProtocol ProtocolOfNamespace(INamespaceSymbol? ns)
        {
            var result = ScopeProtocol.None;
            for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                result = Combine(result, FromName(current.Name));
            }

            return result;
        }

        /// <summary>The protocol a name says: the user's names first (whole names, ignoring case), then the built-in vocabulary.</summary>
        public ScopeProtocol FromName(string name) =>
            userNames.TryClassify(name, out var protocol) ? protocol : FromSignals(ProtocolVocabulary.Classify(name));

        /// <summary>The protocol of what the vocabulary read in a name or a command.</summary>
        public static ScopeProtocol FromSignals(NameSignals signals)
        {
            var ftp = (signals & NameSignals.Ftp) != 0;
            var other = (signals & NameSignals.OtherProtocol) != 0;
            return ftp ? (other ? ScopeProtocol.Mixed : ScopeProtocol.Ftp) : (other ? ScopeProtocol.Other : ScopeProtocol.None);
        }

        /// <summary>Two findings together: the same protocol, or Mixed where they disagree; None adds nothing.</summary>
        public static ScopeProtocol Combine(ScopeProtocol a, ScopeProtocol b) =>
            a == ScopeProtocol.None ? b : b == ScopeProtocol.None || a == b ? a : ScopeProtocol.Mixed;
    }
}
