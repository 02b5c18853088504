using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Context
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
                return ClassifyAuthMechanism(text.Substring(end).Trim());
            }

            return OtherProtocolVerbs.Contains(verb) ? NameSignals.OtherProtocol
                : SharedVerbs.Contains(verb) ? NameSignals.ReplyLike
                : NameSignals.None;
        }

        // FTP's AUTH takes TLS, SSL, TLS-C, TLS-P (RFC 4217) or KERBEROS_V4; SMTP's takes SASL mechanisms (LOGIN, PLAIN,
        // CRAM-MD5, XOAUTH2, NTLM); GSSAPI is both.
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
                case "GSSAPI":
                case "":
                    return NameSignals.ReplyLike;
                default:
                    return NameSignals.OtherProtocol;
            }
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

        // The constant text a string expression starts with: "SIZE " + path, $"MFMT {stamp} {path}", string.Format("CWD {0}", dir).
        private static string? LeadingText(IOperation value, int depth)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
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
    }
}
