using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The severity of a site that no fix can rewrite keeping the program identical (<c>"221 Bye\r\n"u8</c>, a string
    /// code's class check <c>reply.Code[0] == '4'</c>): a suggestion, below the rule's default warning. A warning nothing
    /// can fix would keep <c>dotnet format --verify-no-changes</c> failing after <c>dotnet format</c> has run; a
    /// suggestion still shows in the editor, and a severity the user sets in <c>.editorconfig</c> (for the rule, the
    /// category or every analyzer) applies to these sites too.
    /// </summary>
    internal static class FixSeverity
    {
        /// <summary>The severity of a site without a fix.</summary>
        public const DiagnosticSeverity WithoutFix = DiagnosticSeverity.Info;

        /// <summary><paramref name="rule"/>'s default severity where a fix rewrites the site, <see cref="WithoutFix"/> elsewhere.</summary>
        public static DiagnosticSeverity Of(DiagnosticDescriptor rule, bool fixable) => fixable ? rule.DefaultSeverity : WithoutFix;
    }
}
