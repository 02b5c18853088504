using System;
using System.Collections.Generic;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>
    /// FTP command verbs in the strings a program sends: <c>Send("CWD " + path) == 250</c> tests the reply to an FTP
    /// command, whatever the names around it. Only verbs no other three-digit protocol uses say FTP: QUIT, NOOP, HELP,
    /// AUTH (SMTP), LIST and STAT (NNTP) say only "a reply to some command", and the code around must say FTP;
    /// POP3 shares USER, PASS, RETR and DELE, but answers them with +OK/-ERR, never a number.
    /// </summary>
    internal static class FtpCommandVocabulary
    {
        // RFC 959 §4.1, RFC 2228, RFC 2428, RFC 1639, RFC 3659, RFC 2389, RFC 4217, RFC 7151, and the X-prefixed RFC 775 forms.
        private static readonly HashSet<string> FtpOnlyVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "USER", "PASS", "ACCT", "CWD", "CDUP", "XCWD", "XCUP", "SMNT", "REIN", "PORT", "PASV", "EPSV", "EPRT", "LPSV",
            "LPRT", "TYPE", "STRU", "MODE", "RETR", "STOR", "STOU", "APPE", "ALLO", "REST", "RNFR", "RNTO", "ABOR", "DELE",
            "RMD", "XRMD", "MKD", "XMKD", "PWD", "XPWD", "NLST", "SITE", "SYST", "SIZE", "MDTM", "MFMT", "MLSD", "MLST",
            "FEAT", "OPTS", "PBSZ", "PROT", "CCC", "ADAT", "HOST", "CLNT",
        };

        // Verbs of the protocols that share FTP's numbers: a type that sends them is not (only) FTP.
        private static readonly HashSet<string> OtherProtocolVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "HELO", "EHLO", "MAIL", "RCPT", "DATA", "RSET", "VRFY", "EXPN", "STARTTLS", "BDAT", "ETRN", "GROUP", "ARTICLE",
            "AUTHINFO", "INVITE", "REGISTER", "GET", "POST", "PUT", "HEAD", "CONNECT",
        };

        // Commands that FTP shares with SMTP or NNTP: the reply is a reply, but to which protocol the context must say.
        private static readonly HashSet<string> SharedVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "QUIT", "NOOP", "HELP", "LIST", "STAT",
        };

        /// <summary>The longest verb <see cref="ClassifyCommandText"/> knows.</summary>
        public static readonly int LongestVerb = Longest(FtpOnlyVerbs, OtherProtocolVerbs, SharedVerbs);

        /// <summary>
        /// True for the verbs <see cref="ClassifyCommandText"/> gives a meaning to (FTP's, other protocols', shared ones,
        /// and AUTH, whose meaning depends on its mechanism).
        /// </summary>
        public static bool IsKnownVerb(string verb) =>
            FtpOnlyVerbs.Contains(verb) || OtherProtocolVerbs.Contains(verb) || SharedVerbs.Contains(verb) || verb == "AUTH";

        /// <summary>
        /// What a string's text says when it starts like a protocol command line: <see cref="NameSignals.Ftp"/> for an
        /// FTP-only verb, <see cref="NameSignals.OtherProtocol"/> for another protocol's, <see cref="NameSignals.ReplyLike"/>
        /// for a verb several protocols share.
        /// </summary>
        public static NameSignals ClassifyCommandText(string? text)
        {
            if (text is null || text.Length < 3)
            {
                return NameSignals.None;
            }

            var end = 0;
            while (end < text.Length && text[end] >= 'A' && text[end] <= 'Z')
            {
                end++;
            }

            // A verb is the whole string or is followed by a space or a line end: "CWD /in", "PASV", "PASV\r\n".
            if (end < 3 || (end < text.Length && text[end] != ' ' && text[end] != '\r' && text[end] != '\n'))
            {
                return text.StartsWith("HTTP/", StringComparison.Ordinal) ? NameSignals.OtherProtocol : NameSignals.None;
            }

            var verb = text.Substring(0, end);
            if (FtpOnlyVerbs.Contains(verb))
            {
                return NameSignals.Ftp;
            }

            if (verb == "AUTH")
            {
                // "AUTH TLS", "AUTH TLS\r\n", "AUTH GSSAPI: " + text: the mechanism is the next word.
                var start = end + 1;
                var stop = start;
                while (stop < text.Length && text[stop] != ' ' && text[stop] != ':' && text[stop] != '\r' && text[stop] != '\n')
                {
                    stop++;
                }

                return ClassifyAuthMechanism(start < text.Length ? text.Substring(start, stop - start) : string.Empty);
            }

            return OtherProtocolVerbs.Contains(verb) ? NameSignals.OtherProtocol
                : SharedVerbs.Contains(verb) ? NameSignals.ReplyLike
                : NameSignals.None;
        }

        // FTP's AUTH takes TLS, SSL, TLS-C, TLS-P (RFC 4217) or KERBEROS_V4; SMTP's takes SASL mechanisms (LOGIN, PLAIN,
        // CRAM-MD5, XOAUTH2, NTLM...); GSSAPI is both, and anything else says nothing.
        private static NameSignals ClassifyAuthMechanism(string mechanism)
        {
            switch (mechanism)
            {
                case "TLS":
                case "SSL":
                case "TLS-C":
                case "TLS-P":
                case "KERBEROS_V4":
                    return NameSignals.Ftp;
                case "LOGIN":
                case "PLAIN":
                case "CRAM-MD5":
                case "DIGEST-MD5":
                case "XOAUTH2":
                case "OAUTHBEARER":
                case "NTLM":
                    return NameSignals.OtherProtocol;
                default:
                    return NameSignals.ReplyLike;
            }
        }

        // Verbs that are also ordinary English words or common member names: as a method's name they only say "reply-like".
        private static readonly HashSet<string> WordLikeVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "USER", "PASS", "ACCT", "TYPE", "MODE", "REST", "SITE", "HOST", "SIZE", "PORT", "OPTS", "PROT", "STRU", "ALLO", "REIN",
        };

        /// <summary>
        /// What a method's name says when it is named after the command it sends, Apache Commons Net style:
        /// <c>Cwd(path) == 250</c>, <c>SendPasv()</c>, <c>MkdAsync(dir)</c>. FTP-only verbs that are no English word say
        /// FTP; the others (User, Pass, Type, Quit, Noop...) only say that the result is a reply.
        /// </summary>
        public static NameSignals ClassifyMethodName(string name)
        {
            var start = name.StartsWith("Send", StringComparison.Ordinal) && name.Length > 4 ? 4 : 0;
            var end = name.EndsWith("Async", StringComparison.Ordinal) ? name.Length - 5 : name.Length;
            var length = end - start;
            if (length < 3 || length > 4)
            {
                return NameSignals.None;
            }

            var verb = name.Substring(start, length).ToUpperInvariant();
            if (FtpOnlyVerbs.Contains(verb))
            {
                return WordLikeVerbs.Contains(verb) ? NameSignals.ReplyLike : NameSignals.Ftp;
            }

            return SharedVerbs.Contains(verb) ? NameSignals.ReplyLike : NameSignals.None;
        }

        /// <summary>What the command strings a call sends say of its result (see <see cref="ClassifyCommandText"/>).</summary>
        public static NameSignals ClassifyCall(IInvocationOperation invocation)
        {
            var signals = NameSignals.None;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.Type?.SpecialType == SpecialType.System_String)
                {
                    signals |= ClassifyCommandText(LeadingText(argument.Value, 0));
                }
            }

            return signals;
        }

        /// <summary>
        /// The command a string expression sends, when its constant start is a command line of a command the command
        /// table knows: <c>"CWD " + dir</c>, <c>$"SIZE {path}"</c>, <c>"PWD"</c>; the command's own verb (XPWD is PWD).
        /// Null for anything else, a conditional choice of verbs included (<c>extended ? "EPSV" : "PASV"</c>).
        /// </summary>
        public static string? CommandVerb(IOperation value) =>
            LeadingVerb(LeadingText(value, 0)) is { } verb ? CommandReplyCatalog.Find(verb)?.Verb : null;

        /// <summary>The verb <paramref name="text"/> starts with, as written (XPWD), when the command table knows it.</summary>
        public static string? VerbOf(string? text) =>
            LeadingVerb(text) is { } verb && CommandReplyCatalog.Find(verb) is not null ? verb : null;

        // The capital letters a command line starts with, ending the text or followed by a space or a line break.
        private static string? LeadingVerb(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var end = 0;
            while (end < text.Length && end <= LongestVerb && text[end] >= 'A' && text[end] <= 'Z')
            {
                end++;
            }

            if (end < 3 || end > LongestVerb || (end < text.Length && text[end] != ' ' && text[end] != '\r' && text[end] != '\n'))
            {
                return null;
            }

            return text.Substring(0, end);
        }

        // The constant text a string expression starts with: "SIZE " + path, $"MFMT {stamp} {path}", string.Format("CWD {0}", dir).
        private static string? LeadingText(IOperation value, int depth)
        {
            value = Conversions.WithoutConversions(value);

            // "SITE UTIME " + path + " " + stamp + ...: a long concatenation nests to the left; its start is at the bottom.
            while (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, ConstantValue.HasValue: false } longer
                && longer.LeftOperand is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add })
            {
                value = Conversions.WithoutConversions(longer.LeftOperand);
            }

            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value as string;
            }

            if (depth > 3)
            {
                return null;
            }

            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    return LeadingText(concatenation.LeftOperand, depth + 1);
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return interpolated.Parts[0] is IInterpolatedStringTextOperation text ? text.Text.ConstantValue.Value as string : null;
                case IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", ContainingType.SpecialType: SpecialType.System_String } } call
                    when call.Arguments.Length > 0:
                    return LeadingText(call.Arguments[0].Value, depth + 1);
                default:
                    return null;
            }
        }

        private static int Longest(params HashSet<string>[] sets)
        {
            var longest = 4; // AUTH
            foreach (var set in sets)
            {
                foreach (var verb in set)
                {
                    longest = Math.Max(longest, verb.Length);
                }
            }

            return longest;
        }
    }
}
