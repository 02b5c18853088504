using System;
using System.Collections.Generic;
using FtpReplyAnalyzers.Scope;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>
    /// The user's own names for FTP and non-FTP code, from <c>ftp_reply_analyzers.ftp_names</c> and
    /// <c>ftp_reply_analyzers.non_ftp_names</c>: type names and namespace segments (<c>Xfer</c>, <c>Transfer</c>,
    /// <c>Gopher</c>) that the vocabulary cannot know. A name that is one of them, or has one as a word (ignoring case),
    /// says FTP, or another protocol, before the built-in vocabulary is asked. Read once per compilation, from the global options and from
    /// the options of the compilation's first file (the <c>[*.cs]</c> section of a project's <c>.editorconfig</c>).
    /// </summary>
    internal sealed class UserProtocolNames
    {
        public const string FtpNamesKey = "ftp_reply_analyzers.ftp_names";
        public const string NonFtpNamesKey = "ftp_reply_analyzers.non_ftp_names";

        public static readonly UserProtocolNames None = new UserProtocolNames(new HashSet<string>(), new HashSet<string>());

        private static readonly char[] Separators = { ',', ';', ' ', '\t' };

        private readonly HashSet<string> ftp;
        private readonly HashSet<string> other;

        private UserProtocolNames(HashSet<string> ftp, HashSet<string> other)
        {
            this.ftp = ftp;
            this.other = other;
        }

        public bool IsEmpty => ftp.Count == 0 && other.Count == 0;

        /// <summary>True when the user has named FTP names of their own.</summary>
        public bool HasFtpNames => ftp.Count > 0;

        /// <summary>The names configured for <paramref name="compilation"/>; <see cref="None"/> when there are none.</summary>
        public static UserProtocolNames Read(Compilation compilation, AnalyzerOptions? options)
        {
            if (options is null)
            {
                return None;
            }

            var provider = options.AnalyzerConfigOptionsProvider;
            var ftp = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var other = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Collect(provider.GlobalOptions, ftp, other);
            foreach (var tree in compilation.SyntaxTrees)
            {
                Collect(provider.GetOptions(tree), ftp, other);
                break;
            }

            // A name listed as both says nothing.
            var both = new List<string>();
            foreach (var name in ftp)
            {
                if (other.Contains(name))
                {
                    both.Add(name);
                }
            }

            foreach (var name in both)
            {
                ftp.Remove(name);
                other.Remove(name);
            }

            return ftp.Count == 0 && other.Count == 0 ? None : new UserProtocolNames(ftp, other);
        }

        /// <summary>
        /// True, with the protocol, when <paramref name="name"/> is one of the user's names or has one as a word
        /// (<c>Xfer</c> in <c>XferChannel</c>, <c>xfer_session</c>, <c>LegacyXfer2</c>; not in <c>Xferred</c>).
        /// </summary>
        public bool TryClassify(string name, out ScopeProtocol protocol)
        {
            var isFtp = HasWord(ftp, name);
            var isOther = HasWord(other, name);
            protocol = isFtp ? (isOther ? ScopeProtocol.Mixed : ScopeProtocol.Ftp) : (isOther ? ScopeProtocol.Other : ScopeProtocol.None);
            return isFtp || isOther;
        }

        private static bool HasWord(HashSet<string> words, string name)
        {
            if (words.Count == 0)
            {
                return false;
            }

            if (words.Contains(name))
            {
                return true;
            }

            foreach (var word in words)
            {
                for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    if (StartsWord(name, at) && EndsWord(name, at + word.Length))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // A word starts at the name's start, after a separator or a digit, or at an upper-case letter after a lower-case one.
        private static bool StartsWord(string name, int at) =>
            at == 0
            || !char.IsLetter(name[at - 1])
            || (char.IsUpper(name[at]) && char.IsLower(name[at - 1]));

        // A word ends at the name's end, before a separator or a digit, or before an upper-case letter.
        private static bool EndsWord(string name, int end) =>
            end == name.Length
            || !char.IsLetter(name[end])
            || char.IsUpper(name[end]);

        private static void Collect(AnalyzerConfigOptions options, HashSet<string> ftp, HashSet<string> other)
        {
            Add(options, FtpNamesKey, ftp);
            Add(options, NonFtpNamesKey, other);
        }

        private static void Add(AnalyzerConfigOptions options, string key, HashSet<string> names)
        {
            if (!options.TryGetValue(key, out var value) || value is null)
            {
                return;
            }

            foreach (var entry in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(entry.Trim());
            }
        }
    }
}
