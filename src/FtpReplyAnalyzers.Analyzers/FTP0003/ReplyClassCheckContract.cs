using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// What the FTP0003 analyzer tells its fix. The analyzer, which sees the operation tree, decides whether the
    /// rewrite is identical for every value; it then writes the helper's name (or names) in the diagnostic's properties
    /// (<see cref="Write"/>) and the operand's location as its one additional location. The fix reads them back
    /// (<see cref="TryRead"/>). A diagnostic without <see cref="HelperKey"/> gets no fix.
    /// </summary>
    internal static class ReplyClassCheckContract
    {
        /// <summary>
        /// Property: the <c>FtpReplyCodes</c> method to call (<c>IsTransientNegative</c>), or the methods to join, comma-separated
        /// (<c>IsPositiveCompletion,IsPositiveIntermediate</c>: a chain of checks no one helper tests); absent when there is no fix.
        /// </summary>
        public const string HelperKey = "Helper";

        /// <summary>Property: "True" when the check is negated (<c>code / 100 != 4</c>) and each call gets a <c>!</c>.</summary>
        public const string NegatedKey = "Negated";

        /// <summary>One key for every shape, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.ReplyClassCheck + ".UseReplyClassHelper";

        private const string True = "True";
        private const string False = "False";
        private const char Separator = ',';

        // Two dictionaries a set of classes (as tested, negated), built once: the analyzer reports on every keystroke.
        private static readonly ImmutableDictionary<string, string?>[] Written = WriteAll();

        /// <summary>The properties of a diagnostic whose fix calls the helpers of <paramref name="classes"/>, negated or not.</summary>
        public static ImmutableDictionary<string, string?> Write(ReplyClassSet classes, bool negated) =>
            Written[(classes.Digits * 2) + (negated ? 1 : 0)];

        /// <summary>The helper calls a diagnostic asks the fix to write; false where it asks for none.</summary>
        public static bool TryRead(ImmutableDictionary<string, string?> properties, out ReplyClassRequest request)
        {
            request = default;
            if (!properties.TryGetValue(HelperKey, out var value) || value is null)
            {
                return false;
            }

            var helpers = value.Split(Separator);
            foreach (var helper in helpers)
            {
                if (!SyntaxFacts.IsValidIdentifier(helper))
                {
                    return false;
                }
            }

            request = new ReplyClassRequest(helpers.ToImmutableArray(), properties.TryGetValue(NegatedKey, out var flag) && flag == True);
            return true;
        }

        private static ImmutableDictionary<string, string?>[] WriteAll()
        {
            var all = new ImmutableDictionary<string, string?>[(ReplyClassSet.All.Max(set => set.Digits) + 1) * 2];
            foreach (var classes in ReplyClassSet.All)
            {
                var helpers = string.Join(Separator.ToString(), classes.Helpers.Select(range => range.Helper));
                foreach (var negated in new[] { false, true })
                {
                    all[(classes.Digits * 2) + (negated ? 1 : 0)] = ImmutableDictionary<string, string?>.Empty
                        .Add(HelperKey, helpers)
                        .Add(NegatedKey, negated ? True : False);
                }
            }

            return all;
        }
    }

    /// <summary>What one FTP0003 diagnostic asks the fix to write, read from its properties.</summary>
    internal readonly struct ReplyClassRequest
    {
        public ReplyClassRequest(ImmutableArray<string> helpers, bool negated)
        {
            Helpers = helpers;
            Negated = negated;
        }

        /// <summary>
        /// The <c>FtpReplyCodes</c> methods to call on the operand: one, or several joined with <c>||</c> (with <c>&amp;&amp;</c>,
        /// each negated, where <see cref="Negated"/>).
        /// </summary>
        public ImmutableArray<string> Helpers { get; }

        /// <summary>Whether each call gets a <c>!</c>.</summary>
        public bool Negated { get; }
    }
}
