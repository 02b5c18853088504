using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// What the FTP0003 analyzer tells its fix. The analyzer, which sees the operation tree, decides whether the
    /// rewrite is identical for every value; it then writes the helper's name in the diagnostic's properties
    /// (<see cref="Write"/>) and the operand's location as its one additional location. The fix reads them back
    /// (<see cref="TryRead"/>). A diagnostic without <see cref="HelperKey"/> gets no fix.
    /// </summary>
    internal static class ReplyClassCheckContract
    {
        /// <summary>Property: the <c>FtpReplyCodes</c> method to call (<c>IsTransientNegative</c>); absent when there is no fix.</summary>
        public const string HelperKey = "Helper";

        /// <summary>Property: "True" when the check is negated (<c>code / 100 != 4</c>) and the call gets a <c>!</c>.</summary>
        public const string NegatedKey = "Negated";

        /// <summary>One key for every shape, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.ReplyClassCheck + ".UseReplyClassHelper";

        private const string True = "True";
        private const string False = "False";

        // Two dictionaries a range (as tested, negated), built once: the analyzer reports on every keystroke.
        private static readonly ImmutableArray<ImmutableDictionary<string, string?>> Written = WriteAll();

        /// <summary>The properties of a diagnostic whose fix calls <paramref name="range"/>'s helper, negated or not.</summary>
        public static ImmutableDictionary<string, string?> Write(ReplyClassRange range, bool negated) =>
            Written[(ReplyClassRange.All.IndexOf(range) * 2) + (negated ? 1 : 0)];

        /// <summary>The helper call a diagnostic asks the fix to write; false where it asks for none.</summary>
        public static bool TryRead(ImmutableDictionary<string, string?> properties, out ReplyClassRequest request)
        {
            if (!properties.TryGetValue(HelperKey, out var helper)
                || helper is null
                || !SyntaxFacts.IsValidIdentifier(helper))
            {
                request = default;
                return false;
            }

            request = new ReplyClassRequest(helper, properties.TryGetValue(NegatedKey, out var flag) && flag == True);
            return true;
        }

        private static ImmutableArray<ImmutableDictionary<string, string?>> WriteAll()
        {
            var all = ImmutableArray.CreateBuilder<ImmutableDictionary<string, string?>>(ReplyClassRange.All.Length * 2);
            foreach (var range in ReplyClassRange.All)
            {
                foreach (var negated in new[] { false, true })
                {
                    all.Add(ImmutableDictionary<string, string?>.Empty
                        .Add(HelperKey, range.Helper)
                        .Add(NegatedKey, negated ? True : False));
                }
            }

            return all.MoveToImmutable();
        }
    }

    /// <summary>What one FTP0003 diagnostic asks the fix to write, read from its properties.</summary>
    internal readonly struct ReplyClassRequest
    {
        public ReplyClassRequest(string helper, bool negated)
        {
            Helper = helper;
            Negated = negated;
        }

        /// <summary>The <c>FtpReplyCodes</c> method to call.</summary>
        public string Helper { get; }

        /// <summary>Whether the call gets a <c>!</c>.</summary>
        public bool Negated { get; }
    }
}
