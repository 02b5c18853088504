using System.Collections.Generic;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// The shapes of a hand-written reply-class check, read from the operation tree alone (operators, constant values,
    /// types; never the context model): a range between two bounds, an is-pattern, the hundreds digit, the first
    /// character of a string code, <c>StartsWith</c>. Only ranges a helper of <c>FtpReplyCodes</c> tests exactly match.
    /// </summary>
    internal static class ReplyClassMatcher
    {
        /// <summary><c>code &gt;= 400 &amp;&amp; code &lt; 500</c>, <c>code / 100 == 4</c>, <c>reply.Code[0] == '4'</c>, and their negations.</summary>
        public static bool TryMatch(IBinaryOperation binary, out ClassCheck check)
        {
            check = default;

            // The operator first: most binary operations are arithmetic, turned away without reading a constant.
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalAnd:
                case BinaryOperatorKind.ConditionalOr:
                    return !binary.ConstantValue.HasValue && TryMatchRangeCheck(binary, out check);

                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    return binary.OperatorMethod is null
                        && !binary.ConstantValue.HasValue
                        && (TryMatchHundreds(binary, out check) || TryMatchFirstCharacter(binary, out check));

                default:
                    return false;
            }
        }

        /// <summary>Any shape of check: a comparison, an is-pattern or a <c>StartsWith</c> call.</summary>
        public static bool TryMatch(IOperation operation, out ClassCheck check)
        {
            switch (operation)
            {
                case IBinaryOperation binary:
                    return TryMatch(binary, out check);
                case IIsPatternOperation isPattern:
                    return TryMatch(isPattern, out check);
                case IInvocationOperation invocation:
                    return TryMatch(invocation, out check);
                default:
                    check = default;
                    return false;
            }
        }

        /// <summary><c>code is &gt;= 400 and &lt; 500</c>, <c>code is not (&gt;= 400 and &lt;= 499)</c>, <c>code is &lt; 400 or &gt;= 500</c>.</summary>
        public static bool TryMatch(IIsPatternOperation isPattern, out ClassCheck check)
        {
            check = default;
            var negated = false;
            var pattern = isPattern.Pattern;
            while (pattern is INegatedPatternOperation negation)
            {
                negated = !negated;
                pattern = negation.Pattern;
            }

            if (pattern is not IBinaryPatternOperation { LeftPattern: IRelationalPatternOperation left, RightPattern: IRelationalPatternOperation right } both
                || !IntegralTypes.IsInteger(isPattern.Value.Type)
                || !ReplyClassBounds.TryRead(left, out var first)
                || !ReplyClassBounds.TryRead(right, out var second)
                || !ReplyClassBounds.TryCombine(both.OperatorKind == BinaryOperatorKind.And, first, second, out var range, out var complement))
            {
                return false;
            }

            // The value is evaluated once, in the pattern and in the call alike.
            check = new ClassCheck(isPattern, isPattern.Value, ReplyClassSet.Of(range), negated != complement, ClassCheckKind.Number);
            return true;
        }

        /// <summary><c>reply.Code.StartsWith("4")</c>, <c>reply.Code.StartsWith('4')</c>, <c>reply.Code.StartsWith("4", StringComparison.Ordinal)</c>.</summary>
        public static bool TryMatch(IInvocationOperation invocation, out ClassCheck check)
        {
            check = default;

            // What the call itself holds first (its arguments, its method), the argument's constant last: every call of
            // a compilation comes here, and most have another number of arguments, another name or another receiver.
            var arguments = invocation.Arguments;
            if (arguments.Length == 0
                || arguments.Length > 2
                || invocation.Instance is not { } instance
                || invocation.TargetMethod is not { Name: "StartsWith" } method
                || method.ContainingType?.SpecialType != SpecialType.System_String
                || !ReplyClassBounds.TryReadDigit(arguments[0].Value.ConstantValue, out var digit)
                || ReplyClassRange.OfDigit(digit) is not { } range)
            {
                return false;
            }

            // reply.Code?.StartsWith("2"): the string is the receiver of the conditional access, the check all of it.
            IOperation whole = invocation;
            if (instance is IConditionalAccessInstanceOperation)
            {
                if (invocation.Parent is not IConditionalAccessOperation { } access || access.WhenNotNull != invocation)
                {
                    return false;
                }

                whole = access;
                instance = access.Operation;
            }

            check = new ClassCheck(whole, instance, ReplyClassSet.Of(range), Negated: false, ClassCheckKind.FirstCharacter);
            return true;
        }

        // code >= 400 && code < 500, 400 <= code && code <= 499, code < 400 || code >= 500: one value, two bounds.
        private static bool TryMatchRangeCheck(IBinaryOperation binary, out ClassCheck check)
        {
            check = default;

            // Both sides a comparison before either constant is read: most conditions joined by && or || are something else
            // (`x != null && x.Length > 0`).
            if (ReplyClassBounds.AsComparison(binary.LeftOperand) is not { } left
                || ReplyClassBounds.AsComparison(binary.RightOperand) is not { } right
                || !ReplyClassBounds.TryRead(left, out var first)
                || !ReplyClassBounds.TryRead(right, out var second)
                || !ReplyClassBounds.TryCombine(binary.OperatorKind == BinaryOperatorKind.ConditionalAnd, first, second, out var range, out var complement))
            {
                return false;
            }

            var firstOperand = Conversions.WithoutImplicitConversions(first.Operand);
            var secondOperand = Conversions.WithoutImplicitConversions(second.Operand);
            if (!AreSameExpression(firstOperand, secondOperand))
            {
                // `low >= 400 && high < 500` tests two values, not one value's class.
                return false;
            }

            check = new ClassCheck(binary, firstOperand, ReplyClassSet.Of(range), complement, ClassCheckKind.Number, ReadsSubjectTwice: true);
            return true;
        }

        // code / 100 == 4, 5 != code / 100: integer division truncates toward zero, so for a digit d from 1 to 6 this is
        // exactly d00 to d99, for every value of every integer type. The digit written as a number: a named one
        // (`(int)FtpReplyClass.TransientNegative`, what the fix writes) already says which class.
        private static bool TryMatchHundreds(IBinaryOperation comparison, out ClassCheck check)
        {
            check = default;

            // The division first: most comparisons with a small number (`count == 1`) divide nothing, and are turned away
            // before the number's constant is read. Either side may hold the division, and the other the digit.
            long digit;
            var divide = DivisionOf(comparison.LeftOperand);
            if (divide is null || !IsDigitLiteral(comparison.RightOperand, out digit))
            {
                divide = DivisionOf(comparison.RightOperand);
                if (divide is null || !IsDigitLiteral(comparison.LeftOperand, out digit))
                {
                    return false;
                }
            }

            if (!IntegralTypes.IsInteger(divide.Type)
                || !ReplyClassBounds.TryReadInteger(divide.RightOperand.ConstantValue, out var divisor)
                || divisor != 100
                || divide.LeftOperand.ConstantValue.HasValue
                || ReplyClassRange.OfDigit(digit) is not { } range)
            {
                return false;
            }

            var value = Conversions.WithoutImplicitConversions(divide.LeftOperand);
            check = new ClassCheck(comparison, value, ReplyClassSet.Of(range), comparison.OperatorKind == BinaryOperatorKind.NotEquals, ClassCheckKind.Number);
            return true;
        }

        // code / 100 (under the conversions the compiler added): a division by a built-in operator, or null.
        private static IBinaryOperation? DivisionOf(IOperation operand) =>
            Conversions.WithoutImplicitConversions(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null, IsLifted: false } divide
                ? divide
                : null;

        // Most comparisons hold no literal, or a string one (`x == y`, `name == "abc"`): they are turned away before the
        // constant is read, which boxes a number and makes a string on first read. A string is never an integer.
        private static bool IsDigitLiteral(IOperation operand, out long digit)
        {
            digit = 0;
            return Conversions.WithoutConversions(operand) is ILiteralOperation literal
                && literal.Type?.SpecialType != SpecialType.System_String
                && ReplyClassBounds.TryReadInteger(operand.ConstantValue, out digit);
        }

        /// <summary>
        /// <c>switch (reply.Code[0]) { case '4': ... }</c>, <c>reply.Code[0] switch { '4' =&gt; ..., }</c>: each label of a
        /// switch on the first character of a string code that is a class digit is a check of that class (no fix: a label
        /// needs a character, not the number).
        /// </summary>
        public static List<ClassCheck>? MatchCaseLabels(IOperation switchOperation)
        {
            // Most switches are on something else: the value first, before any label is looked at.
            var value = switchOperation switch
            {
                ISwitchOperation statement => statement.Value,
                ISwitchExpressionOperation expression => expression.Value,
                _ => null,
            };

            if (value is null || FirstCharacterOf(Conversions.WithoutConversions(value)) is not { } text)
            {
                return null;
            }

            var checks = new List<ClassCheck>();
            if (switchOperation is ISwitchOperation switchStatement)
            {
                foreach (var section in switchStatement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is ISingleValueCaseClauseOperation single)
                        {
                            AddLabel(checks, single.Value, text);
                        }
                    }
                }
            }
            else
            {
                foreach (var arm in ((ISwitchExpressionOperation)switchOperation).Arms)
                {
                    if (arm.Pattern is IConstantPatternOperation constant)
                    {
                        AddLabel(checks, constant.Value, text);
                    }
                }
            }

            return checks;
        }

        private static void AddLabel(List<ClassCheck> checks, IOperation label, IOperation text)
        {
            var constant = Conversions.WithoutConversions(label);
            if (constant.ConstantValue.Value is char
                && ReplyClassBounds.TryReadDigit(constant.ConstantValue, out var digit)
                && ReplyClassRange.OfDigit(digit) is { } range)
            {
                checks.Add(new ClassCheck(label, text, ReplyClassSet.Of(range), Negated: false, ClassCheckKind.FirstCharacter));
            }
        }

        // reply.Code[0]: the string whose first character is read, or null.
        private static IOperation? FirstCharacterOf(IOperation indexed) =>
            indexed is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } text } indexer
            && text.Type?.SpecialType == SpecialType.System_String
            && ReplyClassBounds.TryReadInteger(indexer.Arguments[0].Value.ConstantValue, out var index)
            && index == 0
                ? text
                : null;

        // reply.Code[0] == '4', '5' != reply.Code[0].
        private static bool TryMatchFirstCharacter(IBinaryOperation comparison, out ClassCheck check)
        {
            check = default;
            var left = Conversions.WithoutConversions(comparison.LeftOperand);
            var right = Conversions.WithoutConversions(comparison.RightOperand);
            IOperation indexed;
            long digit;
            // A constant character has the type char: the type is looked at before the constant is read.
            if (IsCharacter(right) && right.ConstantValue.Value is char && ReplyClassBounds.TryReadDigit(right.ConstantValue, out digit))
            {
                indexed = left;
            }
            else if (IsCharacter(left) && left.ConstantValue.Value is char && ReplyClassBounds.TryReadDigit(left.ConstantValue, out digit))
            {
                indexed = right;
            }
            else
            {
                return false;
            }

            if (FirstCharacterOf(indexed) is not { } text || ReplyClassRange.OfDigit(digit) is not { } range)
            {
                return false;
            }

            check = new ClassCheck(comparison, text, ReplyClassSet.Of(range), comparison.OperatorKind == BinaryOperatorKind.NotEquals, ClassCheckKind.FirstCharacter);
            return true;
        }

        private static bool IsCharacter(IOperation operand) => operand.Type?.SpecialType == SpecialType.System_Char;

        /// <summary>The same value, written the same way: <c>code</c> and <c>code</c>, <c>reply.Code</c> and <c>reply.Code</c>.</summary>
        public static bool AreSameExpression(IOperation first, IOperation second) =>
            first.Kind == second.Kind
            && first.Type is not null
            && SymbolEqualityComparer.Default.Equals(first.Type, second.Type)
            && SyntaxFactory.AreEquivalent(first.Syntax, second.Syntax, topLevel: false);
    }
}
