using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// One condition, one diagnostic: a chain of class checks of one value, <c>reply.Code[0] == '4' || reply.Code[0] == '5'</c>
    /// or <c>code / 100 != 4 &amp;&amp; code / 100 != 5</c>, is one check of the union of their classes. The checks of a
    /// chain (its links: a check under <c>||</c>, a negated one under <c>&amp;&amp;</c>) are reported as the chain under the
    /// outermost <c>||</c> (<c>&amp;&amp;</c>), not one by one: as one check each largest run of links of one value that is
    /// a sub-expression of its own (<c>(a || b) || closed</c>) or, written without parentheses after another condition,
    /// the right operands of consecutive operators (<c>closed || a || b</c>); the other links as before.
    /// </summary>
    internal static class ReplyClassChains
    {
        /// <summary>
        /// True when <paramref name="check"/> is a link of a chain, reported with the whole chain by <see cref="ReportedFrom"/>
        /// rather than on its own.
        /// </summary>
        public static bool IsLink(in ClassCheck check) => IsOperator(check.Operation.Parent, check.Negated);

        /// <summary>
        /// The checks <paramref name="link"/> reports for its chain: a merged check for each largest run of links that test
        /// the same value (written the same way, read without side effects) and stand together (see the class summary), and
        /// each other link as it is; each from the first link it covers, so that the callback that reports it always
        /// analyses an operation inside it (as an editor's analysis of one span needs). A chain is looked at only from a
        /// link, so the many <c>&amp;&amp;</c> and <c>||</c> that hold no class check cost nothing here; and it is worked
        /// out once for all its links (<paramref name="memo"/>: they are analysed one after another), so a chain of
        /// thousands of checks costs time in proportion to its length.
        /// </summary>
        public static List<ClassCheck>? ReportedFrom(in ClassCheck link, Memo memo)
        {
            var negated = link.Negated;
            var outermost = (IBinaryOperation)link.Operation.Parent!;
            while (IsOperator(outermost.Parent, negated))
            {
                outermost = (IBinaryOperation)outermost.Parent!;
            }

            var last = Volatile.Read(ref memo.Last);
            if (last is null || last.Outermost != outermost)
            {
                last = new ChainReports(outermost, Work(outermost, negated));
                Volatile.Write(ref memo.Last, last);
            }

            return last.ByReporter.TryGetValue(link.Operation, out var checks) ? checks : null;
        }

        private static Dictionary<IOperation, List<ClassCheck>> Work(IBinaryOperation outermost, bool negated)
        {
            var leaves = new List<ClassCheck?>();
            var operators = new List<(IBinaryOperation Operator, int Start, int End)>();

            // Operands left to right, operators before what they hold (so an operator's leaves are Start to End - 1).
            var pending = new Stack<(IOperation Operation, int Operator)>();
            pending.Push((outermost, -1));
            while (pending.Count > 0)
            {
                var (operation, closing) = pending.Pop();
                if (closing >= 0)
                {
                    operators[closing] = (operators[closing].Operator, operators[closing].Start, leaves.Count);
                }
                else if (operation is IBinaryOperation binary && IsOperator(binary, negated))
                {
                    pending.Push((binary, operators.Count));
                    operators.Add((binary, leaves.Count, -1));
                    pending.Push((binary.RightOperand, -1));
                    pending.Push((binary.LeftOperand, -1));
                }
                else if (ReplyClassMatcher.TryMatch(operation, out var check) && check.Negated == negated)
                {
                    leaves.Add(check);
                }
                else
                {
                    leaves.Add(null);
                }
            }

            return Report(leaves, operators, negated);
        }

        private static Dictionary<IOperation, List<ClassCheck>> Report(List<ClassCheck?> leaves, List<(IBinaryOperation Operator, int Start, int End)> operators, bool negated)
        {
            // runStart[i]: the first leaf of the longest run of links ending at leaf i that test one value.
            var runStart = new int[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                runStart[i] = i > 0 && leaves[i] is { } link && leaves[i - 1] is { } previous && TestTheSameValue(previous, link) ? runStart[i - 1] : i;
            }

            var found = new Dictionary<IOperation, List<ClassCheck>>();
            var merged = new bool[leaves.Count];
            var coveredUntil = 0;
            foreach (var (node, start, end) in operators)
            {
                if (start < coveredUntil || leaves[start] is not { } first || runStart[end - 1] > start)
                {
                    continue;
                }

                var classes = first.Classes;
                for (var i = start; i < end; i++)
                {
                    classes = classes.Union(leaves[i]!.Value.Classes);
                    merged[i] = true;
                }

                Add(found, first.Operation, new ClassCheck(node, first.Subject, classes, negated, first.Kind, ReadsSubjectTwice: true));
                coveredUntil = end;
            }

            // Links after another condition, in a chain written without parentheses (closed || a || b): (closed || a) || b
            // holds no sub-expression of a and b alone, but each link is the right operand of the next operator.
            for (var start = 0; start < leaves.Count; start++)
            {
                var end = start + 1;
                while (end < leaves.Count && !merged[end] && leaves[end] is not null && runStart[end] < end)
                {
                    end++;
                }

                if (!merged[start] && leaves[start] is { } first && end - start >= 2 && TryFollowLeftNested(leaves, start, end, out var last, out var span))
                {
                    var classes = first.Classes;
                    for (var i = start; i < end; i++)
                    {
                        classes = classes.Union(leaves[i]!.Value.Classes);
                        merged[i] = true;
                    }

                    Add(found, first.Operation, new ClassCheck(last, first.Subject, classes, negated, first.Kind, ReadsSubjectTwice: true, span));
                }
            }

            for (var i = 0; i < leaves.Count; i++)
            {
                if (!merged[i] && leaves[i] is { } link)
                {
                    Add(found, link.Operation, link);
                }
            }

            return found;
        }

        private static void Add(Dictionary<IOperation, List<ClassCheck>> found, IOperation reporter, ClassCheck check)
        {
            if (!found.TryGetValue(reporter, out var checks))
            {
                found.Add(reporter, checks = new List<ClassCheck>());
            }

            checks.Add(check);
        }

        // Links start to end - 1, each the right operand of an operator whose left operand is the previous link's operator:
        // the last operator, and the span from the first link to the end (what the diagnostic marks and the fix replaces).
        private static bool TryFollowLeftNested(List<ClassCheck?> leaves, int start, int end, out IBinaryOperation last, out TextSpan span)
        {
            last = null!;
            span = default;
            IBinaryOperation? previous = null;
            for (var i = start; i < end; i++)
            {
                var link = leaves[i]!.Value.Operation;
                if (link.Parent is not IBinaryOperation parent
                    || parent.RightOperand != link
                    || (previous is not null && parent.LeftOperand != previous))
                {
                    return false;
                }

                previous = parent;
            }

            if (leaves[start]!.Value.Operation.Parent?.Syntax is not BinaryExpressionSyntax first || previous is null)
            {
                return false;
            }

            last = previous;
            span = TextSpan.FromBounds(first.Right.SpanStart, last.Syntax.Span.End);
            return true;
        }

        // Two links of one value: written the same way, of the same kind, and read without side effects, so that reading it
        // once, as a helper does, is reading it as often as the chain did.
        private static bool TestTheSameValue(in ClassCheck first, in ClassCheck second) =>
            first.Kind == second.Kind
            && ReplyClassMatcher.AreSameExpression(first.Subject, second.Subject)
            && ReplyClassFixPlanner.IsStable(first.Subject);

        // The || that joins checks (the && that joins negated ones), as the compiler builds it for bool operands.
        private static bool IsOperator(IOperation? operation, bool negated) =>
            operation is IBinaryOperation { OperatorMethod: null, IsLifted: false, Type.SpecialType: SpecialType.System_Boolean } binary
            && binary.OperatorKind == (negated ? BinaryOperatorKind.ConditionalAnd : BinaryOperatorKind.ConditionalOr);

        /// <summary>The last chain worked out, for one compilation: its checks by the link that reports them.</summary>
        internal sealed class Memo
        {
            internal ChainReports? Last;
        }

        internal sealed record ChainReports(IOperation Outermost, Dictionary<IOperation, List<ClassCheck>> ByReporter);
    }
}
