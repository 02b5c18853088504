using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// The types that are FTP reply codes by definition, resolved once per compilation. Any of them may be absent:
    /// a compilation without FluentFTP simply has no FluentFTP evidence.
    /// </summary>
    internal sealed class KnownTypes
    {
        public const string BundledEnumMetadataName = "FtpReplyAnalyzers.FtpReplyCode";
        public const string BclEnumMetadataName = "System.Net.FtpStatusCode";

        private KnownTypes(Compilation compilation)
        {
            BclStatusCode = compilation.GetTypeByMetadataName(BclEnumMetadataName);
            BundledReplyCode = compilation.GetTypeByMetadataName(BundledEnumMetadataName);
            FluentFtpReply = compilation.GetTypeByMetadataName("FluentFTP.FtpReply");

            // FluentFTP moved its exceptions into FluentFTP.Exceptions in version 40; older code still uses the old name.
            FluentFtpCommandException = compilation.GetTypeByMetadataName("FluentFTP.Exceptions.FtpCommandException")
                ?? compilation.GetTypeByMetadataName("FluentFTP.FtpCommandException");
        }

        /// <summary><c>System.Net.FtpStatusCode</c>, the BCL's enum of (36) reply codes.</summary>
        public INamedTypeSymbol? BclStatusCode { get; }

        /// <summary>The enum this package ships, when the compilation references it; the code fix needs it.</summary>
        public INamedTypeSymbol? BundledReplyCode { get; }

        /// <summary>FluentFTP's reply struct, whose <c>Code</c> is the reply code as a string.</summary>
        public INamedTypeSymbol? FluentFtpReply { get; }

        /// <summary>FluentFTP's exception for a failed command, whose <c>CompletionCode</c> is the reply code.</summary>
        public INamedTypeSymbol? FluentFtpCommandException { get; }

        public static KnownTypes Resolve(Compilation compilation) => new KnownTypes(compilation);

        /// <summary>True for the enums whose values are FTP reply codes by definition.</summary>
        public bool IsReplyCodeEnum(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, BclStatusCode)
                || SymbolEqualityComparer.Default.Equals(type, BundledReplyCode));

        /// <summary>True for the members that hold a reply code in libraries we know by name.</summary>
        public bool IsKnownReplyCodeMember(ISymbol member)
        {
            var owner = member.ContainingType;
            if (owner is null)
            {
                return false;
            }

            return (member.Name == "Code" && SymbolEqualityComparer.Default.Equals(owner, FluentFtpReply))
                || (member.Name == "CompletionCode" && SymbolEqualityComparer.Default.Equals(owner, FluentFtpCommandException));
        }
    }
}
