using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>One bound of a range check, as an inclusive one: <c>code &lt; 500</c> is an upper bound of 499.</summary>
    /// <param name="Operand">The value bounded (for a relational pattern, the pattern itself).</param>
    /// <param name="IsLower">True for a lower bound (<c>code &gt;= 400</c>), false for an upper one.</param>
    /// <param name="Value">The bound, inclusive.</param>
    internal readonly record struct ClassBound(IOperation Operand, bool IsLower, long Value);

    /// <summary>
    /// The constants of a class check (its bounds, its divisor, its digit) and the range two bounds enclose, read as the
    /// compiler reads them.
    /// </summary>
    internal static class ReplyClassBounds
    {
        // The bounds of a class check are 99 to 700 (`code > 99`, `code < 700`); anything far outside is no class check.
        private const long SmallestBound = 0;
        private const long LargestBound = 1000;

        /// <summary>
        /// Two bounds of one comparison each. And: the range between them. Or: everything outside a range, whose
        /// complement is that range (<paramref name="complement"/>). False when no helper tests the range exactly.
        /// </summary>
        public static bool TryCombine(bool conjunction, in ClassBound first, in ClassBound second, out ReplyClassRange range, out bool complement)
        {
            range = null!;
            complement = !conjunction;
            if (first.IsLower == second.IsLower)
            {
                return false;
            }

            var lower = first.IsLower ? first.Value : second.Value;
            var upper = first.IsLower ? second.Value : first.Value;

            // And: lower <= x <= upper. Or: x <= upper || x >= lower, the complement of upper + 1 to lower - 1.
            var found = conjunction ? ReplyClassRange.Find(lower, upper) : ReplyClassRange.Find(upper + 1, lower - 1);
            if (found is null)
            {
                return false;
            }

            range = found;
            return true;
        }

        /// <summary>
        /// <paramref name="operation"/> as a comparison by a built-in relational operator (<c>&lt;</c>, <c>&lt;=</c>,
        /// <c>&gt;</c>, <c>&gt;=</c>), or null: what <see cref="TryRead(IBinaryOperation, out ClassBound)"/> reads.
        /// </summary>
        public static IBinaryOperation? AsComparison(IOperation operation) =>
            operation is IBinaryOperation { OperatorMethod: null, IsLifted: false } comparison && IsRelational(comparison.OperatorKind)
                ? comparison
                : null;

        /// <summary>
        /// <c>x &gt;= c</c>, <c>x &gt; c</c>, <c>x &lt;= c</c>, <c>x &lt; c</c>, or the same with the constant on the left: a
        /// bound of x. <paramref name="comparison"/> is one <see cref="AsComparison"/> returned.
        /// </summary>
        public static bool TryRead(IBinaryOperation comparison, out ClassBound bound)
        {
            bound = default;
            if (!IntegralTypes.IsInteger(comparison.LeftOperand.Type)
                || !IntegralTypes.IsInteger(comparison.RightOperand.Type))
            {
                return false;
            }

            var kind = comparison.OperatorKind;
            IOperation operand;
            if (TryReadInteger(comparison.RightOperand.ConstantValue, out var value) && !comparison.LeftOperand.ConstantValue.HasValue)
            {
                operand = comparison.LeftOperand;
            }
            else if (TryReadInteger(comparison.LeftOperand.ConstantValue, out value) && !comparison.RightOperand.ConstantValue.HasValue)
            {
                operand = comparison.RightOperand;
                kind = Mirror(kind);
            }
            else
            {
                return false;
            }

            bound = ToInclusive(operand, kind, value);
            return true;
        }

        /// <summary><c>&gt;= 400</c>, <c>&lt; 500</c> in a pattern: a bound of the value the pattern tests.</summary>
        public static bool TryRead(IRelationalPatternOperation pattern, out ClassBound bound)
        {
            bound = default;
            if (!IsRelational(pattern.OperatorKind)
                || !IntegralTypes.IsInteger(pattern.Value.Type)
                || !TryReadInteger(pattern.Value.ConstantValue, out var value))
            {
                return false;
            }

            bound = ToInclusive(pattern, pattern.OperatorKind, value);
            return true;
        }

        /// <summary>An integer constant near the class bounds, read as the compiler reads it (<c>0x190</c>, <c>4_00</c>, <c>400L</c>).</summary>
        public static bool TryReadInteger(Optional<object?> constant, out long value)
        {
            value = 0;
            if (!constant.HasValue)
            {
                return false;
            }

            switch (constant.Value)
            {
                case int number:
                    value = number;
                    break;
                case long number:
                    value = number;
                    break;
                case uint number:
                    value = number;
                    break;
                case ulong number when number <= LargestBound:
                    value = (long)number;
                    break;
                case short number:
                    value = number;
                    break;
                case ushort number:
                    value = number;
                    break;
                case byte number:
                    value = number;
                    break;
                case sbyte number:
                    value = number;
                    break;
                default:
                    return false;
            }

            return value >= SmallestBound && value <= LargestBound;
        }

        /// <summary><c>"4"</c> or <c>'4'</c>: the first digit of a reply class, 1 to 6.</summary>
        public static bool TryReadDigit(Optional<object?> constant, out long digit)
        {
            digit = 0;
            char c;
            switch (constant.HasValue ? constant.Value : null)
            {
                case char character:
                    c = character;
                    break;
                case string { Length: 1 } text:
                    c = text[0];
                    break;
                default:
                    return false;
            }

            digit = c - '0';
            return digit >= 1 && digit <= 6;
        }

        private static ClassBound ToInclusive(IOperation operand, BinaryOperatorKind kind, long value)
        {
            switch (kind)
            {
                case BinaryOperatorKind.GreaterThan:
                    return new ClassBound(operand, IsLower: true, value + 1);
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return new ClassBound(operand, IsLower: true, value);
                case BinaryOperatorKind.LessThan:
                    return new ClassBound(operand, IsLower: false, value - 1);
                default:
                    return new ClassBound(operand, IsLower: false, value);
            }
        }

        private static bool IsRelational(BinaryOperatorKind kind) =>
            kind == BinaryOperatorKind.LessThan
            || kind == BinaryOperatorKind.LessThanOrEqual
            || kind == BinaryOperatorKind.GreaterThan
            || kind == BinaryOperatorKind.GreaterThanOrEqual;

        // 400 <= code is code >= 400.
        private static BinaryOperatorKind Mirror(BinaryOperatorKind kind)
        {
            switch (kind)
            {
                case BinaryOperatorKind.LessThan:
                    return BinaryOperatorKind.GreaterThan;
                case BinaryOperatorKind.LessThanOrEqual:
                    return BinaryOperatorKind.GreaterThanOrEqual;
                case BinaryOperatorKind.GreaterThan:
                    return BinaryOperatorKind.LessThan;
                default:
                    return BinaryOperatorKind.LessThanOrEqual;
            }
        }
    }
}
