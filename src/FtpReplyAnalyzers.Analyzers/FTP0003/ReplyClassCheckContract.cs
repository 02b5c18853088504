using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// What the FTP0003 analyzer tells its fix. The analyzer, which sees the operation tree, decides whether the
    /// rewrite is identical for every value; it then writes the form of the rewrite and its terms in the diagnostic's
    /// properties (<see cref="Write"/>) and the operand's location as its one additional location. The fix reads them
    /// back (<see cref="TryRead"/>). A diagnostic without <see cref="TermsKey"/> gets no fix.
    /// </summary>
    internal static class ReplyClassCheckContract
    {
        /// <summary>Property: <see cref="Inline"/> or <see cref="Helper"/>.</summary>
        public const string FormKey = "Form";

        /// <summary>
        /// Property: for <see cref="Inline"/>, the <c>FtpReplyClass</c> member each term compares the hundreds with
        /// (<c>TransientNegative</c>); for <see cref="Helper"/>, the <c>FtpReplyCodes</c> method each term calls
        /// (<c>IsTransientNegative</c>). Several are comma-separated and joined with <c>||</c> (<c>&amp;&amp;</c> when
        /// negated); absent when there is no fix.
        /// </summary>
        public const string TermsKey = "Terms";

        /// <summary>Property: "True" when the check is negated (<c>code / 100 != 4</c>): each term is negated.</summary>
        public const string NegatedKey = "Negated";

        /// <summary><c>code / 100 == (int)FtpReplyClass.TransientNegative</c>: constants only, nothing of ours at run time.</summary>
        public const string Inline = "Inline";

        /// <summary><c>FtpReplyCodes.IsTransientNegative(code)</c>: a call into the bundled library.</summary>
        public const string Helper = "Helper";

        /// <summary>One key for every shape and form, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.ReplyClassCheck + ".UseReplyClassHelper";

        private const string True = "True";
        private const string False = "False";
        private const char Separator = ',';

        // Four dictionaries a set of classes (inline or helper, as tested or negated), built once: the analyzer reports on
        // every keystroke.
        private static readonly ImmutableDictionary<string, string?>[] Written = WriteAll();

        /// <summary>The properties of a diagnostic whose fix writes <paramref name="classes"/> in <paramref name="form"/>, negated or not.</summary>
        public static ImmutableDictionary<string, string?> Write(ReplyClassSet classes, bool negated, string form = Inline) =>
            Written[Index(classes.Digits, negated, form == Helper)];

        /// <summary>The terms a diagnostic asks the fix to write; false where it asks for none.</summary>
        public static bool TryRead(ImmutableDictionary<string, string?> properties, out ReplyClassRequest request)
        {
            request = default;
            if (!properties.TryGetValue(TermsKey, out var value)
                || value is null
                || !properties.TryGetValue(FormKey, out var form)
                || (form != Inline && form != Helper))
            {
                return false;
            }

            var terms = value.Split(Separator);
            foreach (var term in terms)
            {
                if (!SyntaxFacts.IsValidIdentifier(term))
                {
                    return false;
                }
            }

            request = new ReplyClassRequest(terms.ToImmutableArray(), properties.TryGetValue(NegatedKey, out var flag) && flag == True, form == Inline);
            return true;
        }

        /// <summary>
        /// What the fix writes, as its title and the message show it: <c>code / 100 == (int)FtpReplyClass.TransientNegative</c>,
        /// <c>!FtpReplyCodes.IsNegative(code)</c>, or several terms joined as the fix joins them.
        /// </summary>
        /// <param name="operand">The value as <see cref="OperandText"/> writes it.</param>
        /// <param name="terms">The <c>FtpReplyClass</c> members, or the <c>FtpReplyCodes</c> methods.</param>
        /// <param name="negated">Whether each term is negated.</param>
        /// <param name="inline">Whether the terms compare with <c>FtpReplyClass</c> (true) or call <c>FtpReplyCodes</c>.</param>
        public static string Describe(string operand, IEnumerable<string> terms, bool negated, bool inline) =>
            string.Join(
                negated ? " && " : " || ",
                terms.Select(term => inline
                    ? operand + " / 100 " + (negated ? "!=" : "==") + " (int)" + KnownTypes.ReplyClassName + "." + term
                    : (negated ? "!" : string.Empty) + KnownTypes.ReplyCodeHelpersName + "." + term + "(" + operand + ")"));

        /// <summary>
        /// The value as written, where it is short enough for a title or a message ("code" otherwise), parenthesised as the
        /// fix writes it where its own operators would bind to the division.
        /// </summary>
        public static string OperandText(SyntaxNode value)
        {
            var text = value.ToString();
            if (text.Length > 40 || text.IndexOf('\n') >= 0)
            {
                return "code";
            }

            return value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or CastExpressionSyntax or ParenthesizedExpressionSyntax
                ? text
                : "(" + text + ")";
        }

        private static int Index(int digits, bool negated, bool helper) => (digits * 4) + (negated ? 2 : 0) + (helper ? 1 : 0);

        private static ImmutableDictionary<string, string?>[] WriteAll()
        {
            var all = new ImmutableDictionary<string, string?>[(ReplyClassSet.All.Max(set => set.Digits) + 1) * 4];
            foreach (var classes in ReplyClassSet.All)
            {
                foreach (var helper in new[] { false, true })
                {
                    var terms = helper ? classes.Helpers.Select(range => range.Helper) : classes.ClassMembers;
                    foreach (var negated in new[] { false, true })
                    {
                        all[Index(classes.Digits, negated, helper)] = ImmutableDictionary<string, string?>.Empty
                            .Add(FormKey, helper ? Helper : Inline)
                            .Add(TermsKey, string.Join(Separator.ToString(), terms))
                            .Add(NegatedKey, negated ? True : False);
                    }
                }
            }

            return all;
        }
    }

    /// <summary>What one FTP0003 diagnostic asks the fix to write, read from its properties.</summary>
    internal readonly struct ReplyClassRequest
    {
        public ReplyClassRequest(ImmutableArray<string> terms, bool negated, bool inline)
        {
            Terms = terms;
            Negated = negated;
            Inline = inline;
        }

        /// <summary>
        /// The <c>FtpReplyClass</c> members to compare the operand's hundreds with (<see cref="Inline"/>), or the
        /// <c>FtpReplyCodes</c> methods to call on it: one, or several joined with <c>||</c> (<c>&amp;&amp;</c> where <see cref="Negated"/>).
        /// </summary>
        public ImmutableArray<string> Terms { get; }

        /// <summary>Whether each term is negated (<c>!=</c>, <c>!</c>).</summary>
        public bool Negated { get; }

        /// <summary>Whether the terms compare with <c>FtpReplyClass</c> (true) or call <c>FtpReplyCodes</c> (false).</summary>
        public bool Inline { get; }
    }
}
