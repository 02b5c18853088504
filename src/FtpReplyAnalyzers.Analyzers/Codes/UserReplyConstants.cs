using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Codes
{
    /// <summary>
    /// The user's own names for reply codes, which the fix offers before the bundled enum: constants such as
    /// <c>const int FTP_OK = 200</c> or <c>static class FtpCodes { public const string FileNotFound = "550"; }</c>, and
    /// members of the user's own FTP enums (<c>enum FtpStatus { Ready = 220 }</c>). Indexed once per compilation, on the
    /// first report that asks, from the compilation's own source symbols (no referenced assembly is walked), and of
    /// those only the types whose declarations can hold a name (<see cref="ConstantDeclarations"/>).
    /// </summary>
    internal sealed class UserReplyConstants
    {
        private readonly Compilation compilation;
        private readonly KnownTypes knownTypes;
        private readonly NamedScope namedScope;
        private Dictionary<int, IFieldSymbol[]>? numbers;
        private Dictionary<int, IFieldSymbol[]>? strings;
        private readonly ConcurrentDictionary<Question, IFieldSymbol?> answers = new ConcurrentDictionary<Question, IFieldSymbol?>();

        public UserReplyConstants(Compilation compilation, KnownTypes knownTypes, NamedScope names)
        {
            this.compilation = compilation;
            this.knownTypes = knownTypes;
            this.namedScope = names;
        }

        /// <summary>
        /// The user's constant (or enum member) for <paramref name="code"/> that code in <paramref name="within"/> can
        /// use: a string constant for a string site, a number or an enum member for a number site. Null when there is none.
        /// </summary>
        public IFieldSymbol? Find(int code, bool stringSite, ISymbol within)
        {
            EnsureIndexed();
            var table = stringSite ? strings! : numbers!;
            if (!table.TryGetValue(code, out var candidates))
            {
                return null;
            }

            // The answer depends on the code and on where it is asked from: the same few answers, asked at every report.
            var from = within as INamedTypeSymbol ?? within.ContainingType;
            var key = new Question(code, stringSite, from);
            if (answers.TryGetValue(key, out var known))
            {
                return known;
            }

            IFieldSymbol? found = null;
            foreach (var candidate in candidates)
            {
                var accessible = from is null
                    ? compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly)
                    : compilation.IsSymbolAccessibleWithin(candidate, from);
                if (accessible)
                {
                    found = candidate;
                    break;
                }
            }

            answers.TryAdd(key, found);
            return found;
        }

        // A question Find answers: a code, a string or a number site, and the type the site is in.
        private readonly struct Question : IEquatable<Question>
        {
            private readonly int code;
            private readonly bool stringSite;
            private readonly INamedTypeSymbol? from;

            public Question(int code, bool stringSite, INamedTypeSymbol? from)
            {
                this.code = code;
                this.stringSite = stringSite;
                this.from = from;
            }

            public bool Equals(Question other) =>
                code == other.code && stringSite == other.stringSite && SymbolEqualityComparer.Default.Equals(from, other.from);

            public override bool Equals(object? obj) => obj is Question other && Equals(other);

            public override int GetHashCode() => ((code * 2) + (stringSite ? 1 : 0)) ^ SymbolEqualityComparer.Default.GetHashCode(from);
        }

        private void EnsureIndexed()
        {
            if (Volatile.Read(ref numbers) is not null)
            {
                return;
            }

            var numberTable = new Dictionary<int, List<IFieldSymbol>>();
            var stringTable = new Dictionary<int, List<IFieldSymbol>>();
            // Only the types whose declarations can hold a name are looked at (ConstantDeclarations, read per syntax tree and
            // kept while the tree lives), and their members are created (and a constant's value bound) only where a name
            // can qualify: every constant of an FTP type named for codes and every member of an FTP enum, and elsewhere
            // only constants whose names hold "ftp" (FTP_OK in a Constants class). Which fields are constants is read from
            // the declarations' syntax: asking a type for its member names creates every member of a record, and asking
            // for a member by name creates every member of its type.
            var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var names = new List<string>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var declaration in ConstantDeclarations.In(tree))
                {
                    if (DeclaredType(tree, declaration) is not { } owner || !visited.Add(owner))
                    {
                        continue;
                    }

                    var everyMember = MayNameCodes(owner);
                    names.Clear();
                    CandidateNames(owner, everyMember, names);
                    foreach (var name in names)
                    {
                        foreach (var member in owner.GetMembers(name))
                        {
                            if (member is IFieldSymbol field && (field.IsConst || owner.TypeKind == TypeKind.Enum))
                            {
                                Consider(field, owner, everyMember, numberTable, stringTable);
                            }
                        }
                    }
                }
            }

            var orderedStrings = Freeze(stringTable);
            Interlocked.CompareExchange(ref strings, orderedStrings, null);
            Interlocked.CompareExchange(ref numbers, Freeze(numberTable), null);
        }

        // The type a declaration declares, found by name from the global namespace down (a semantic model is not asked
        // for: an analyzer should not make its own), each type told apart from a namesake by its declaration in the tree.
        private INamedTypeSymbol? DeclaredType(SyntaxTree tree, ConstantDeclaration declaration)
        {
            INamespaceOrTypeSymbol? current = compilation.Assembly.GlobalNamespace;
            foreach (var name in declaration.Namespaces)
            {
                current = ChildNamespace(current, name);
            }

            for (var i = 0; i < declaration.Types.Length && current is not null; i++)
            {
                current = DeclaredIn(current, declaration.Types[i], tree, declaration.Span, exact: i == declaration.Types.Length - 1);
            }

            return current as INamedTypeSymbol;
        }

        private static INamespaceSymbol? ChildNamespace(INamespaceOrTypeSymbol? container, string name)
        {
            if (container is INamespaceSymbol parent)
            {
                foreach (var member in parent.GetMembers(name))
                {
                    if (member is INamespaceSymbol ns)
                    {
                        return ns;
                    }
                }
            }

            return null;
        }

        // The type named `name` in `container` declared in `tree` around the span (the declaration itself, when exact).
        private static INamedTypeSymbol? DeclaredIn(INamespaceOrTypeSymbol container, string name, SyntaxTree tree, TextSpan span, bool exact)
        {
            foreach (var type in container.GetTypeMembers(name))
            {
                foreach (var reference in type.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == tree && (exact ? reference.Span == span : reference.Span.Contains(span)))
                    {
                        return type;
                    }
                }
            }

            return null;
        }

        // The names of the members that may be the user's name for a code: an enum's members, a type's constants; all of
        // them where the type names codes, else those whose names hold "ftp". Each name once (a partial type's parts).
        private static void CandidateNames(INamedTypeSymbol owner, bool everyMember, List<string> names)
        {
            if (owner.TypeKind == TypeKind.Enum)
            {
                foreach (var name in owner.MemberNames)
                {
                    AddCandidate(name, everyMember, names);
                }

                return;
            }

            foreach (var reference in owner.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var name in ConstantDeclarations.ConstantNames(declaration))
                {
                    AddCandidate(name, everyMember, names);
                }
            }
        }

        private static void AddCandidate(string name, bool everyMember, List<string> names)
        {
            if ((everyMember || ConstantDeclarations.IsNamedForFtp(name)) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        // The types whose every constant may name a code: FTP enums, FTP types named for codes or replies.
        // The type's own name first (most types are neither enums nor named for codes); its protocol only then.
        private bool MayNameCodes(INamedTypeSymbol owner)
        {
            var names = ProtocolVocabulary.Classify(owner.Name);
            return (names & NameSignals.NotReply) == 0
                && (owner.TypeKind == TypeKind.Enum ? !knownTypes.IsReplyCodeEnum(owner) : (names & NameSignals.ReplyLike) != 0)
                && namedScope.ProtocolOfType(owner) == ScopeProtocol.Ftp;
        }

        private static void Consider(
            IFieldSymbol field,
            INamedTypeSymbol owner,
            bool ownerNamesCodes,
            Dictionary<int, List<IFieldSymbol>> numberTable,
            Dictionary<int, List<IFieldSymbol>> stringTable)
        {
            // A name declared twice in its type (code being typed) would be ambiguous where the fix writes it, and one not
            // typed yet (`const int  = 530;`, found by the reliability tool) cannot be written at all.
            if (!field.HasConstantValue
                || field.IsImplicitlyDeclared
                || !field.CanBeReferencedByName
                || owner.GetMembers(field.Name).Length != 1
                || !IsUserReplyName(field, owner, ownerNamesCodes))
            {
                return;
            }

            var value = field.ConstantValue;
            var isString = value is string;
            if (!ReplyCodeIndex.TryReadCode(value, out var code) || ReplyCodeIndex.Find(code) is null)
            {
                return;
            }

            // An enum member serves number sites through a cast; an int or long constant serves them as it is.
            if (!isString && owner.TypeKind != TypeKind.Enum && !IntegralTypes.CanHoldReplyCode(field.Type.SpecialType))
            {
                return;
            }

            var table = isString ? stringTable : numberTable;
            if (!table.TryGetValue(code, out var list))
            {
                list = new List<IFieldSymbol>();
                table.Add(code, list);
            }

            list.Add(field);
        }

        // FTP_OK, FtpFileNotFound (the name says FTP); FtpCodes.FileNotFound, Ftp.ReplyCodes.Ok, enum FtpStatus { Ready }
        // (every constant of a type that MayNameCodes). Never a port, a size or a timeout (DefaultPort = 21 in an
        // FtpClient), another protocol's names, or the bundled and BCL enums themselves. A reply-named constant of any
        // other FTP type (FtpSession.LastCode = "550") may be a value, not a name for the code: not offered.
        private static bool IsUserReplyName(IFieldSymbol field, INamedTypeSymbol owner, bool ownerNamesCodes)
        {
            var own = ProtocolVocabulary.Classify(field.Name);
            if ((own & (NameSignals.OtherProtocol | NameSignals.NotReply)) != 0)
            {
                return false;
            }

            return ownerNamesCodes || (owner.TypeKind != TypeKind.Enum && (own & NameSignals.Ftp) != 0);
        }

        private static Dictionary<int, IFieldSymbol[]> Freeze(Dictionary<int, List<IFieldSymbol>> table)
        {
            var frozen = new Dictionary<int, IFieldSymbol[]>(table.Count);
            foreach (var entry in table)
            {
                // The same choice on every run and machine: by the member's full name.
                entry.Value.Sort((a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
                frozen.Add(entry.Key, entry.Value.ToArray());
            }

            return frozen;
        }
    }
}
