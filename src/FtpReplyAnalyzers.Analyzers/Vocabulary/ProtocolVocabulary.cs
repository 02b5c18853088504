using System;
using System.Collections.Generic;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>
    /// The words the context model reads in identifiers. Names are split into words (camelCase, PascalCase,
    /// acronyms, underscores, digits), and each word is looked up here; a whole name is looked up too, so that
    /// namespace segments such as <c>Web</c> or <c>AspNetCore</c> count.
    /// </summary>
    internal static class ProtocolVocabulary
    {
        private static readonly Dictionary<string, NameSignals> Words = BuildWords();

        // The same words, looked up where they stand in a name: Classify runs on every name the model reads, and
        // cutting each word out of its name (a substring per word) was most of what it cost.
        private static readonly AsciiWordTable WordTable = new AsciiWordTable(Words);

        // Matched only as a whole name: "Web" is a namespace segment (System.Web), but a word of FtpWebRequest.
        private static readonly Dictionary<string, NameSignals> WholeNames = new Dictionary<string, NameSignals>(StringComparer.OrdinalIgnoreCase)
        {
            ["Web"] = NameSignals.OtherProtocol,
            ["AspNetCore"] = NameSignals.OtherProtocol,
            ["WebApi"] = NameSignals.OtherProtocol,
            ["WebSockets"] = NameSignals.OtherProtocol,
        };

        // Bit n set when some whole name has n characters: most names need no whole-name lookup at all.
        private static readonly long WholeNameLengths = LengthsOf(WholeNames.Keys);

        private static readonly Func<string, NameSignals> ClassifyWordsOnce = ClassifyWords;

        /// <summary>The signals carried by <paramref name="name"/>; <see cref="NameSignals.None"/> for neutral names.</summary>
        public static NameSignals Classify(string? name) =>
            name is null || name.Length == 0 ? NameSignals.None : NameSignalsMemo.Get(name, ClassifyWordsOnce);

        // The whole name, then each of its words.
        private static NameSignals ClassifyWords(string name)
        {
            var signals = name.Length < 64 && (WholeNameLengths & (1L << name.Length)) != 0 && WholeNames.TryGetValue(name, out var whole)
                ? whole
                : NameSignals.None;
            var start = -1;
            for (var i = 0; i <= name.Length; i++)
            {
                if (i == name.Length || !char.IsLetterOrDigit(name[i]))
                {
                    if (start >= 0)
                    {
                        signals |= Lookup(name, start, i - start);
                        start = -1;
                    }
                }
                else if (start < 0)
                {
                    start = i;
                }
                else if (IsWordBoundaryBefore(name, i))
                {
                    signals |= Lookup(name, start, i - start);
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

        // The word name[start..start+length]: found in place when it is ASCII (every identifier word we know is), and
        // through the dictionary as before otherwise, so that case-insensitive matching stays exactly the dictionary's.
        private static NameSignals Lookup(string name, int start, int length)
        {
            if (!WordTable.IsAscii(name, start, length))
            {
                return Lookup(name.Substring(start, length));
            }

            if (WordTable.TryGetValue(name, start, length, out var signals))
            {
                return signals;
            }

            // "Ftp2", "Smtp4" and the like: a trailing version number does not change the protocol.
            var end = length;
            while (end > 0 && IsAsciiDigit(name[start + end - 1]))
            {
                end--;
            }

            return end > 0 && end < length && WordTable.TryGetValue(name, start, end, out signals)
                ? signals
                : NameSignals.None;
        }

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        private static long LengthsOf(IEnumerable<string> names)
        {
            var lengths = 0L;
            foreach (var name in names)
            {
                lengths |= 1L << name.Length;
            }

            return lengths;
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
            // HTTP CONNECT or SOCKS answer, not the FTP server's reply), and strings that may start with three digits
            // but are never reply lines (a file's name or path, a host, a date: item.Name.StartsWith("226")).
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
                "octal", "chmod", "attributes", "flags", "umask", "proxy",
                "name", "names", "filename", "filenames", "path", "paths", "dir", "directory", "folder", "host", "hostname",
                "address", "phone", "zip", "date", "url", "uri", "extension");

            // Words for groups of replies: enum FtpReplySeverity { PositiveCompletion = 200 } names a class, not reply 200.
            Add(words, NameSignals.ReplyGroup, "class", "classes", "severity", "severities", "category", "categories", "kind", "kinds", "type", "types");
            return words;
        }

        private static void Add(Dictionary<string, NameSignals> words, NameSignals signal, params string[] entries)
        {
            foreach (var entry in entries)
            {
                words[entry] = words.TryGetValue(entry, out var existing) ? existing | signal : signal;
            }
        }

        /// <summary>
        /// An open-addressing table of ASCII words, matched case-insensitively against a slice of a string, so that no
        /// word is ever copied out of the name it is part of.
        /// </summary>
        private sealed class AsciiWordTable
        {
            private readonly string?[] words;
            private readonly NameSignals[] signals;
            private readonly int mask;

            public AsciiWordTable(Dictionary<string, NameSignals> entries)
            {
                var size = 16;
                while (size < entries.Count * 4)
                {
                    size *= 2;
                }

                words = new string?[size];
                signals = new NameSignals[size];
                mask = size - 1;
                foreach (var entry in entries)
                {
                    var slot = Hash(entry.Key, 0, entry.Key.Length) & mask;
                    while (words[slot] is not null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    words[slot] = entry.Key;
                    signals[slot] = entry.Value;
                }
            }

            public bool IsAscii(string text, int start, int length)
            {
                for (var i = start; i < start + length; i++)
                {
                    if (text[i] >= 0x80)
                    {
                        return false;
                    }
                }

                return true;
            }

            public bool TryGetValue(string text, int start, int length, out NameSignals found)
            {
                for (var slot = Hash(text, start, length) & mask; words[slot] is { } word; slot = (slot + 1) & mask)
                {
                    if (word.Length == length && EqualsIgnoringAsciiCase(word, text, start))
                    {
                        found = signals[slot];
                        return true;
                    }
                }

                found = NameSignals.None;
                return false;
            }

            // FNV-1a over the lower-cased characters.
            private static int Hash(string text, int start, int length)
            {
                var hash = 2166136261u;
                for (var i = start; i < start + length; i++)
                {
                    hash = (hash ^ ToLowerAscii(text[i])) * 16777619u;
                }

                return (int)(hash & 0x7FFFFFFF);
            }

            private static bool EqualsIgnoringAsciiCase(string word, string text, int start)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    if (ToLowerAscii(word[i]) != ToLowerAscii(text[start + i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }
    }
}
