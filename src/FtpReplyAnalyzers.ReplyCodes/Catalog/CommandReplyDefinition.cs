using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// One FTP command and the replies a server may send to it, as the RFCs list them (RFC 959 §5.4 and the extensions),
    /// with the replies real servers send that the RFCs do not list but no client should treat as a bug.
    /// </summary>
    internal sealed class CommandReplyDefinition
    {
        public CommandReplyDefinition(
            string verb,
            string source,
            bool verified,
            string preliminary,
            string completion,
            string intermediate,
            string transient,
            string permanent,
            bool anyTransient = false,
            (string Codes, string Why)[]? accepted = null,
            string? note = null)
        {
            Verb = verb;
            Source = source;
            Verified = verified;
            Preliminary = Parse(preliminary);
            Completion = Parse(completion);
            Intermediate = Parse(intermediate);
            Transient = Parse(transient);
            Permanent = Parse(permanent);
            AnyTransient = anyTransient;
            Accepted = (accepted ?? Array.Empty<(string, string)>()).Select(a => (Parse(a.Codes), a.Why)).ToArray();
            Note = note ?? string.Empty;
            RfcReplies = Preliminary.Concat(Completion).Concat(Intermediate).Concat(Transient).Concat(Permanent).OrderBy(c => c).ToArray();
            ownReplies = new HashSet<int>(RfcReplies.Concat(Accepted.SelectMany(a => a.Codes)));
        }

        // The replies of this command's row and its accepted ones, indexed once; those of every command are the catalog's.
        private readonly HashSet<int> ownReplies;

        /// <summary>The command's verb, upper case: <c>PWD</c>.</summary>
        public string Verb { get; }

        /// <summary>Where the RFCs list the replies: <c>RFC 959 §5.4</c>.</summary>
        public string Source { get; }

        /// <summary>True when every listed reply was read in the RFC's own text; false where a secondary source is all we have.</summary>
        public bool Verified { get; }

        /// <summary>The 1yz replies the RFCs list (at most one is sent, before the final reply).</summary>
        public IReadOnlyList<int> Preliminary { get; }

        /// <summary>The 2yz replies the RFCs list.</summary>
        public IReadOnlyList<int> Completion { get; }

        /// <summary>The 3yz replies the RFCs list.</summary>
        public IReadOnlyList<int> Intermediate { get; }

        /// <summary>The 4yz replies the RFCs list (421, allowed for every command, is not repeated here unless the row lists it).</summary>
        public IReadOnlyList<int> Transient { get; }

        /// <summary>The 5yz replies the RFCs list.</summary>
        public IReadOnlyList<int> Permanent { get; }

        /// <summary>True where the RFC allows any 4yz reply (RFC 3659: "various 4xy replies are also possible").</summary>
        public bool AnyTransient { get; }

        /// <summary>Replies the RFCs' rows do not list that are accepted all the same, each group with the reason.</summary>
        public IReadOnlyList<(IReadOnlyList<int> Codes, string Why)> Accepted { get; }

        /// <summary>What the row needs a reader to know (contradictions, the order of replies).</summary>
        public string Note { get; }

        /// <summary>Every reply the RFCs list for the command, ascending.</summary>
        public IReadOnlyList<int> RfcReplies { get; }

        /// <summary>
        /// True when the command may be answered with <paramref name="code"/>: a reply its row lists, a reply every command
        /// may get (<see cref="CommandReplyCatalog.AnyCommand"/>), any 4yz where the RFC allows that, or a reply accepted
        /// for the command.
        /// </summary>
        public bool Allows(int code) =>
            ownReplies.Contains(code) || CommandReplyCatalog.AllowedForAny(code) || (AnyTransient && code / 100 == 4);

        /// <summary>
        /// The one reply of class <paramref name="classDigit"/> (2 for 2yz) the row lists beside the replies every command
        /// may get (421, 500...): what a code of that class written for this command most likely meant. Null where the
        /// row lists none of that class, or several.
        /// </summary>
        public int? OnlyReplyOfClass(int classDigit)
        {
            int? only = null;
            foreach (var code in RfcReplies)
            {
                if (code / 100 != classDigit || CommandReplyCatalog.AllowedForAny(code))
                {
                    continue;
                }

                if (only is not null)
                {
                    return null;
                }

                only = code;
            }

            return only;
        }

        /// <summary>The first source the row names (<c>RFC 959 §5.4</c>): short enough for a diagnostic's message.</summary>
        public string PrimarySource => Source.Split(';')[0];

        /// <summary>
        /// The replies the RFCs list for the command as a message says them: the positive ones (1yz to 3yz), then after
        /// a semicolon the negative ones, each group in the row's order: <c>257; 421, 500, 501, 502, 550</c>.
        /// </summary>
        public string DescribeRfcReplies()
        {
            var positive = string.Join(", ", Preliminary.Concat(Completion).Concat(Intermediate));
            var negative = (AnyTransient ? "any 4yz, " : string.Empty) + string.Join(", ", Transient.Concat(Permanent));
            return positive.Length == 0 ? negative : negative.Length == 0 ? positive : positive + "; " + negative;
        }

        private static IReadOnlyList<int> Parse(string codes) =>
            codes.Length == 0
                ? Array.Empty<int>()
                : codes.Split(',').Select(c => int.Parse(c.Trim(), NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
    }
}
