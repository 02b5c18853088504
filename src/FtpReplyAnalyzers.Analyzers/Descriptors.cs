using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers
{
    /// <summary>All diagnostic descriptors. Adding a rule adds one field here (and a row in AnalyzerReleases).</summary>
    internal static class Descriptors
    {
        /// <summary>The category every rule of this package shares, so one .editorconfig line can set them all.</summary>
        public const string Category = "FtpReplyAnalyzers";

        public static readonly DiagnosticDescriptor MagicReplyCode = Create(
            RuleIdentifiers.MagicReplyCode,
            title: "Use a named FTP reply code",
            messageFormat: "FTP reply {0} means \"{1}\" ({2}): use {3}",
            description: "A literal FTP reply code hides what the code tests or sends. A named member of FtpReplyCode "
                + "(or System.Net.FtpStatusCode) says what it means, and the package's code fix writes it for you. The message "
                + "names the code's meaning, its reply class and what a client does with a reply of that class. A site no "
                + "rewrite keeps identical (reply text in a u8 literal, for one) is reported as a suggestion.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnknownReplyCode = Create(
            RuleIdentifiers.UnknownReplyCode,
            title: "Unknown FTP reply code",
            messageFormat: "{0} is not an FTP reply code that any RFC defines: did you mean {1}?",
            description: "A number compared with, or produced as, an FTP reply is not one of the codes RFC 959 and its "
                + "extensions define. It is most likely a typo; the message names the nearest defined codes.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ReplyClassCheck = Create(
            RuleIdentifiers.ReplyClassCheck,
            title: "Hand-written FTP reply-class check",
            messageFormat: "Hand-written FTP reply-class check: the reply {0}; use {1}",
            description: "An FTP reply class tested by hand (code >= 400 && code < 500, code / 100 == 4, reply.Code[0] == '4') "
                + "hides what it tests and is easy to get wrong at the bounds. FtpReplyClass names the class: the package's code fix "
                + "writes code / 100 == (int)FtpReplyClass.TransientNegative (or, by option, the helpers of FtpReplyCodes) where "
                + "the rewrite is identical for every value; other checks are reported as suggestions.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CommandNeverReplies = Create(
            RuleIdentifiers.CommandNeverReplies,
            title: "FTP command never sends this reply",
            messageFormat: "{0} never replies {1} ({2} allows {3}){4}",
            description: "The reply code is tested or produced where the FTP command it answers is certain (the reply of "
                + "Send(\"PWD\"), a case \"EPSV\": section of a server, a PwdCommandHandler), and that command's row of the "
                + "command table (RFC 959 §5.4 and the extension RFCs) never lists it: a client waits for a reply that cannot come, "
                + "or a server sends one that clients do not expect. 421 and the replies to an unrecognised command are allowed "
                + "for every command.",
            DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string description,
            DiagnosticSeverity defaultSeverity) =>
            new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: RuleIdentifiers.GetHelpUri(id));
    }
}
