using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// The types that are FTP reply codes by definition, resolved once per compilation. Any of them may be absent:
    /// a compilation without FluentFTP simply has no FluentFTP evidence.
    /// </summary>
    /// <remarks>
    /// Resolved on first use (the first literal that holds a known reply code), not when the compilation starts:
    /// the first lookup makes the compilation bind its references and declare its source, and an analyzer that asks
    /// in its compilation-start action is charged that whole cost in the driver's telemetry, and pays it on
    /// compilations that hold no reply code at all.
    /// </remarks>
    internal sealed class KnownTypes
    {
        public const string BundledEnumMetadataName = "FtpReplyAnalyzers.FtpReplyCode";
        public const string BclEnumMetadataName = "System.Net.FtpStatusCode";

        /// <summary>The bundled static class of helpers: <c>ToCodeString()</c>, <c>TryParse</c> and the reply-class tests FTP0003's fix writes.</summary>
        public const string ReplyCodeHelpersMetadataName = "FtpReplyAnalyzers.FtpReplyCodes";

        /// <summary>
        /// The bundled static class of string constants, one per code (<c>FtpReplyCodeStrings.FileUnavailable == "550"</c>),
        /// which the fix writes for string codes and reply text: a constant compiles to the literal, needing nothing at run time.
        /// </summary>
        public const string ReplyCodeStringsMetadataName = "FtpReplyAnalyzers.FtpReplyCodeStrings";

        /// <summary>The bundled enum of reply classes (<c>FtpReplyClass.TransientNegative == 4</c>), which FTP0003's inline fix writes.</summary>
        public const string ReplyClassMetadataName = "FtpReplyAnalyzers.FtpReplyClass";

        /// <summary>The reply-class enum's simple name, as the fixes and messages write it.</summary>
        public const string ReplyClassName = "FtpReplyClass";

        /// <summary>The helpers' class's simple name, as the fixes and messages write it.</summary>
        public const string ReplyCodeHelpersName = "FtpReplyCodes";

        private readonly Compilation compilation;
        private Resolved? resolved;

        private KnownTypes(Compilation compilation)
        {
            this.compilation = compilation;
        }

        /// <summary><c>System.Net.FtpStatusCode</c>, the BCL's enum of (36) reply codes.</summary>
        public INamedTypeSymbol? BclStatusCode => Types.BclStatusCode;

        /// <summary>The enum this package ships, when the compilation references it; the code fix needs it.</summary>
        public INamedTypeSymbol? BundledReplyCode => Types.BundledReplyCode;

        /// <summary>FluentFTP's reply struct, whose <c>Code</c> is the reply code as a string.</summary>
        public INamedTypeSymbol? FluentFtpReply => Types.FluentFtpReply;

        /// <summary>FluentFTP's exception for a failed command, whose <c>CompletionCode</c> is the reply code.</summary>
        public INamedTypeSymbol? FluentFtpCommandException => Types.FluentFtpCommandException;

        private Resolved Types
        {
            get
            {
                // Concurrent callbacks may both resolve; the lookups are deterministic, so either result will do.
                var types = Volatile.Read(ref resolved);
                if (types is null)
                {
                    types = new Resolved(compilation);
                    types = Interlocked.CompareExchange(ref resolved, types, null) ?? types;
                }

                return types;
            }
        }

        /// <summary>The known types of <paramref name="compilation"/>, looked up when first needed.</summary>
        public static KnownTypes Resolve(Compilation compilation) => new KnownTypes(compilation);

        /// <summary>True for the enums whose values are FTP reply codes by definition.</summary>
        public bool IsReplyCodeEnum(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            var types = Types;
            return SymbolEqualityComparer.Default.Equals(type, types.BclStatusCode)
                || SymbolEqualityComparer.Default.Equals(type, types.BundledReplyCode);
        }

        /// <summary>
        /// True when the compilation's bundled library declares <c>FtpReplyClass.<paramref name="member"/></c>: a class FTP0003's
        /// inline fix writes. Read once per compilation, and only where a check is reported.
        /// </summary>
        public bool HasReplyClassMember(string member) => Types.ReplyClassMembers.Contains(member);

        /// <summary>
        /// True when the compilation's bundled library declares <c>FtpReplyCodes.<paramref name="helper"/>(int)</c>, a public
        /// static method that returns a bool: the reply-class test the FTP0003 fix writes. Read once per compilation.
        /// </summary>
        public bool HasReplyClassHelper(string helper) => Types.ReplyClassHelpers.Contains(helper);

        /// <summary>
        /// The name of <c>FtpStatusCode</c>'s member (the first, in declaration order) whose value is <paramref name="code"/>,
        /// or null where the BCL's enum is absent or has none. Read once per compilation, where a fix plan first asks.
        /// </summary>
        public string? BclStatusMemberOf(int code) => Types.BclStatusMembers.TryGetValue(code, out var name) ? name : null;

        /// <summary>True for the members that hold a reply code, or a reply line that starts with one, in libraries we know by name.</summary>
        public bool IsKnownReplyCodeMember(ISymbol member)
        {
            var owner = member.ContainingType;
            if (owner is null)
            {
                return false;
            }

            var types = Types;
            return (member.Name == "Code" && SymbolEqualityComparer.Default.Equals(owner, types.FluentFtpReply))
                || (member.Name == "CompletionCode" && SymbolEqualityComparer.Default.Equals(owner, types.FluentFtpCommandException))
                || (IsFtpWebResponseReplyText(member.Name) && IsBclFtpWebResponse(owner));
        }

        // FtpWebResponse's lines of the server's replies, each starting with its code: "226 Transfer complete.", "221 Goodbye.".
        private static bool IsFtpWebResponseReplyText(string name) =>
            name == "StatusDescription" || name == "BannerMessage" || name == "WelcomeMessage" || name == "ExitMessage";

        // System.Net.FtpWebResponse, known by its name where a member of it is met rather than looked up in every compilation
        // (each lookup searches every referenced assembly, once per compilation: once per keystroke in an editor).
        private static bool IsBclFtpWebResponse(INamedTypeSymbol owner) =>
            owner.Name == "FtpWebResponse"
            && owner.ContainingNamespace is { Name: "Net", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

        private sealed class Resolved
        {
            public Resolved(Compilation compilation)
            {
                BclStatusCode = compilation.GetTypeByMetadataName(BclEnumMetadataName);
                BundledReplyCode = compilation.GetTypeByMetadataName(BundledEnumMetadataName);
                FluentFtpReply = compilation.GetTypeByMetadataName("FluentFTP.FtpReply");

                // FluentFTP moved its exceptions into FluentFTP.Exceptions in version 40; older code still uses the old name.
                FluentFtpCommandException = compilation.GetTypeByMetadataName("FluentFTP.Exceptions.FtpCommandException")
                    ?? compilation.GetTypeByMetadataName("FluentFTP.FtpCommandException");
            }

            public INamedTypeSymbol? BclStatusCode { get; }

            public INamedTypeSymbol? BundledReplyCode { get; }

            public INamedTypeSymbol? FluentFtpReply { get; }

            public INamedTypeSymbol? FluentFtpCommandException { get; }

            /// <summary>FtpStatusCode's member names by value, the first member of each value.</summary>
            public ImmutableDictionary<int, string> BclStatusMembers => bclStatusMembers ??= FindEnumMembers(BclStatusCode);

            private ImmutableDictionary<int, string>? bclStatusMembers;

            /// <summary>The names of the public static <c>bool X(int)</c> methods of the bundled <c>FtpReplyCodes</c>.</summary>
            public ImmutableHashSet<string> ReplyClassHelpers => classHelpers ??= FindReplyClassHelpers(BundledReplyCode);

            private ImmutableHashSet<string>? classHelpers;

            /// <summary>The names of the bundled <c>FtpReplyClass</c>'s members.</summary>
            public ImmutableHashSet<string> ReplyClassMembers => classMembers ??= FindReplyClassMembers(BundledReplyCode);

            private ImmutableHashSet<string>? classMembers;

            private static ImmutableDictionary<int, string> FindEnumMembers(INamedTypeSymbol? enumType)
            {
                var members = ImmutableDictionary.CreateBuilder<int, string>();
                foreach (var member in enumType?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is int value && !members.ContainsKey(value))
                    {
                        members.Add(value, field.Name);
                    }
                }

                return members.ToImmutable();
            }

            // Beside the bundled enum, in its namespace, as the helpers are.
            private static ImmutableHashSet<string> FindReplyClassMembers(INamedTypeSymbol? bundledEnum)
            {
                var members = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                foreach (var type in bundledEnum?.ContainingNamespace.GetTypeMembers(ReplyClassName) ?? ImmutableArray<INamedTypeSymbol>.Empty)
                {
                    if (type.TypeKind == TypeKind.Enum && type.DeclaredAccessibility == Accessibility.Public)
                    {
                        foreach (var member in type.GetMembers())
                        {
                            if (member is IFieldSymbol { HasConstantValue: true })
                            {
                                members.Add(member.Name);
                            }
                        }
                    }
                }

                return members.ToImmutable();
            }

            // Beside the bundled enum, in its namespace: the helpers ship in the same library.
            private static ImmutableHashSet<string> FindReplyClassHelpers(INamedTypeSymbol? bundledEnum)
            {
                var helpers = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var library = bundledEnum?.ContainingNamespace;
                if (library is null)
                {
                    return helpers.ToImmutable();
                }

                foreach (var type in library.GetTypeMembers(ReplyCodeHelpersName))
                {
                    foreach (var member in type.GetMembers())
                    {
                        if (member is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 } method
                            && method.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                            && method.ReturnType.SpecialType == SpecialType.System_Boolean)
                        {
                            helpers.Add(method.Name);
                        }
                    }
                }

                return helpers.ToImmutable();
            }
        }
    }
}
