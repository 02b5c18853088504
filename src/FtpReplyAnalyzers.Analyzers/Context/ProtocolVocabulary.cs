using System;
using System.Collections.Generic;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// The words the context model reads in identifiers. Names are split into words (camelCase, PascalCase,
    /// acronyms, underscores, digits), and each word is looked up here; a whole name is looked up too, so that
    /// namespace segments such as <c>Web</c> or <c>AspNetCore</c> count.
    /// </summary>
    internal static class ProtocolVocabulary
    {
        private static readonly Dictionary<string, NameSignals> Words = BuildWords();

        // Matched only as a whole name: "Web" is a namespace segment (System.Web), but a word of FtpWebRequest.
        private static readonly Dictionary<string, NameSignals> WholeNames = new Dictionary<string, NameSignals>(StringComparer.OrdinalIgnoreCase)
        {
            ["Web"] = NameSignals.OtherProtocol,
            ["AspNetCore"] = NameSignals.OtherProtocol,
            ["WebApi"] = NameSignals.OtherProtocol,
            ["WebSockets"] = NameSignals.OtherProtocol,
        };

        /// <summary>The signals carried by <paramref name="name"/>; <see cref="NameSignals.None"/> for neutral names.</summary>
        public static NameSignals Classify(string? name)
        {
            if (name is null || name.Length == 0)
            {
                return NameSignals.None;
            }

            var signals = WholeNames.TryGetValue(name, out var whole) ? whole : NameSignals.None;
            var start = -1;
            for (var i = 0; i <= name.Length; i++)
            {
                if (i == name.Length || !char.IsLetterOrDigit(name[i]))
                {
                    if (start >= 0)
                    {
                        signals |= Lookup(name.Substring(start, i - start));
                        start = -1;
                    }
                }
                else if (start < 0)
                {
                    start = i;
                }
                else if (IsWordBoundaryBefore(name, i))
                {
                    signals |= Lookup(name.Substring(start, i - start));
                    start = i;
                }
            }

            return signals;
        }

        // "replyCode" -> reply|Code; "HTTPResponse" -> HTTP|Response; "Pop3Client" -> Pop3|Client; "ftp2http" -> ftp2|http.
        private static bool IsWordBoundaryBefore(string name, int i)
        {
            var previous = name[i - 1];
            var current = name[i];
            if (char.IsUpper(current))
            {
                return !char.IsUpper(previous)
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]));
            }

            return char.IsLetter(current) && char.IsDigit(previous);
        }

        private static NameSignals Lookup(string word)
        {
            if (Words.TryGetValue(word, out var signals))
            {
                return signals;
            }

            // "Ftp2", "Smtp4" and the like: a trailing version number does not change the protocol.
            var end = word.Length;
            while (end > 0 && char.IsDigit(word[end - 1]))
            {
                end--;
            }

            return end > 0 && end < word.Length && Words.TryGetValue(word.Substring(0, end), out signals)
                ? signals
                : NameSignals.None;
        }

        private static Dictionary<string, NameSignals> BuildWords()
        {
            var words = new Dictionary<string, NameSignals>(StringComparer.OrdinalIgnoreCase);
            Add(words, NameSignals.Ftp, "ftp", "ftps", "ftpes");

            // Protocols that share FTP's three-digit scheme (HTTP, SMTP, ...), protocols with other status schemes that
            // still compare small integers (SFTP, SSH, SQL), and the web stacks whose APIs take HTTP status codes.
            Add(
                words,
                NameSignals.OtherProtocol,
                "http", "https", "smtp", "smtps", "esmtp", "lmtp", "pop3", "imap", "imaps", "sip", "sips", "amqp", "mqtt",
                "nntp", "ldap", "ldaps", "rtsp", "xmpp", "irc", "sftp", "ssh", "scp", "tftp", "grpc", "soap", "mail",
                "mailkit", "mime", "mimekit", "asp", "aspnet", "mvc", "owin", "kestrel",
                "signalr", "dav", "webdav", "smb", "cifs", "nfs", "s3", "snmp", "socks", "sql", "mysql", "npgsql",
                "postgres", "sqlite", "redis", "coap", "gopher", "dns");

            // "rc" is the reply (or return) code of terse protocol code; "exit" beside it still wins (see NotReply).
            Add(words, NameSignals.ReplyLike, "reply", "replies", "response", "responses", "resp", "rc", "code", "codes", "status");

            // Numbers that live beside reply codes in FTP classes and are never replies (a proxy's status is the tunnel's
            // HTTP CONNECT or SOCKS answer, not the FTP server's reply).
            Add(
                words,
                NameSignals.NotReply,
                "port", "ports", "length", "len", "count", "counter", "size", "timeout", "timeouts", "delay", "ms",
                "millis", "milliseconds", "msec", "seconds", "secs", "sec", "minutes", "mins", "hours", "index", "idx",
                "offset", "bytes", "byte", "buffer", "buf", "capacity", "max", "min", "limit", "retry", "retries",
                "attempt", "attempts", "exit", "pid", "id", "hash", "checksum", "crc", "version", "year", "percent",
                "progress", "chunk", "block", "position", "pos", "total", "width", "height", "key", "char", "socket",
                "errno", "hresult", "win32", "depth", "level", "elapsed", "interval", "duration", "speed", "rate",
                "batch", "iteration", "row", "column", "col", "kb", "mb", "gb", "mode", "permission", "permissions", "perms",
                "octal", "chmod", "attributes", "flags", "umask", "proxy");
            return words;
        }

        private static void Add(Dictionary<string, NameSignals> words, NameSignals signal, params string[] entries)
        {
            foreach (var entry in entries)
            {
                words[entry] = words.TryGetValue(entry, out var existing) ? existing | signal : signal;
            }
        }
    }
}
