using System.Collections.Immutable;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Decision;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// FTP0003: an FTP reply class tested by hand where a helper of <c>FtpReplyCodes</c> names it:
    /// <c>code &gt;= 400 &amp;&amp; code &lt; 500</c>, <c>code is &gt;= 400 and &lt; 500</c>, <c>code / 100 == 4</c>,
    /// <c>reply.Code[0] == '4'</c>, <c>reply.Code.StartsWith("4")</c>, and their negations. Only ranges that a helper
    /// tests exactly are reported, and only where the context model says the value is an FTP reply. Every operation
    /// passes a look at its operator and its operands' constant values first; only a matching shape goes on to the
    /// context model. The fix is offered only where the rewrite is identical for every value (see
    /// <see cref="ReplyClassCheckContract"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReplyClassCheckAnalyzer : ReplyAnalyzer
    {
        // The bounds of a class check are 99 to 700 (`code > 99`, `code < 700`); anything far outside is no class check.
        private const long SmallestBound = 0;
        private const long LargestBound = 1000;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ReplyClassCheck);

        private protected override void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis)
        {
            var knownTypes = analysis.KnownTypes;
            var model = analysis.Model;
            start.RegisterOperationAction(c => AnalyzeBinary(c, knownTypes, model), OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeIsPattern(c, knownTypes, model), OperationKind.IsPattern);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, knownTypes, model), OperationKind.Invocation);
        }

        private static void AnalyzeBinary(OperationAnalysisContext context, KnownTypes knownTypes, ReplyContextModel model)
        {
            if (context.Operation is not IBinaryOperation binary || binary.ConstantValue.HasValue)
            {
                return;
            }

            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalAnd:
                case BinaryOperatorKind.ConditionalOr:
                    if (TryMatchRangeCheck(binary, out var check))
                    {
                        Report(context, check, knownTypes, model);
                    }

                    return;

                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    if (binary.OperatorMethod is null
                        && (TryMatchHundreds(binary, out check) || TryMatchFirstCharacter(binary, out check)))
                    {
                        Report(context, check, knownTypes, model);
                    }

                    return;
            }
        }

        // code is >= 400 and < 500, code is not (>= 400 and <= 499), code is < 400 or >= 500.
        private static void AnalyzeIsPattern(OperationAnalysisContext context, KnownTypes knownTypes, ReplyContextModel model)
        {
            if (context.Operation is not IIsPatternOperation isPattern)
            {
                return;
            }

            var negated = false;
            var pattern = isPattern.Pattern;
            while (pattern is INegatedPatternOperation negation)
            {
                negated = !negated;
                pattern = negation.Pattern;
            }

            if (pattern is not IBinaryPatternOperation { LeftPattern: IRelationalPatternOperation left, RightPattern: IRelationalPatternOperation right } both
                || !IntegralTypes.IsInteger(isPattern.Value.Type)
                || !TryReadPatternBound(left, out var first)
                || !TryReadPatternBound(right, out var second)
                || !TryCombine(both.OperatorKind == BinaryOperatorKind.And, first, second, out var range, out var complement))
            {
                return;
            }

            // The value is evaluated once, in the pattern and in the call alike.
            Report(
                context,
                new ClassCheck(isPattern, isPattern.Value, range, negated != complement, ClassCheckKind.Number, fixable: IntegralTypes.FitsInInt(isPattern.Value.Type)),
                knownTypes,
                model);
        }

        // reply.Code.StartsWith("4"), reply.Code.StartsWith('4'), reply.Code.StartsWith("4", StringComparison.Ordinal).
        private static void AnalyzeInvocation(OperationAnalysisContext context, KnownTypes knownTypes, ReplyContextModel model)
        {
            if (context.Operation is not IInvocationOperation invocation
                || invocation.TargetMethod.Name != "StartsWith"
                || invocation.Arguments.Length == 0
                || invocation.Arguments.Length > 2
                || !TryReadDigit(invocation.Arguments[0].Value.ConstantValue, out var digit)
                || invocation.Instance is not { } instance
                || invocation.TargetMethod.ContainingType?.SpecialType != SpecialType.System_String)
            {
                return;
            }

            var range = ReplyClassRange.OfDigit(digit);
            if (range is null)
            {
                return;
            }

            // reply.Code?.StartsWith("2"): the string is the receiver of the conditional access, the check all of it.
            IOperation check = invocation;
            if (instance is IConditionalAccessInstanceOperation)
            {
                if (invocation.Parent is not IConditionalAccessOperation { } access || access.WhenNotNull != invocation)
                {
                    return;
                }

                check = access;
                instance = access.Operation;
            }

            Report(context, new ClassCheck(check, instance, range, negated: false, ClassCheckKind.FirstCharacter, fixable: false), knownTypes, model);
        }

        // code >= 400 && code < 500, 400 <= code && code <= 499, code < 400 || code >= 500: one value, two bounds.
        private static bool TryMatchRangeCheck(IBinaryOperation binary, out ClassCheck check)
        {
            check = default;
            if (!TryReadBound(binary.LeftOperand, out var first)
                || !TryReadBound(binary.RightOperand, out var second)
                || !TryCombine(binary.OperatorKind == BinaryOperatorKind.ConditionalAnd, first, second, out var range, out var complement))
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

            // The original reads the value twice, the helper once: identical only where reading has no effect.
            var fixable = IntegralTypes.FitsInInt(firstOperand.Type) && IsStable(firstOperand);
            check = new ClassCheck(binary, firstOperand, range, complement, ClassCheckKind.Number, fixable);
            return true;
        }

        // code / 100 == 4, 5 != code / 100: integer division truncates toward zero, so for a digit d from 1 to 6 this is
        // exactly d00 to d99, for every value of every integer type.
        private static bool TryMatchHundreds(IBinaryOperation comparison, out ClassCheck check)
        {
            check = default;
            IOperation division;
            long digit;
            if (TryReadInteger(comparison.RightOperand.ConstantValue, out digit))
            {
                division = Conversions.WithoutImplicitConversions(comparison.LeftOperand);
            }
            else if (TryReadInteger(comparison.LeftOperand.ConstantValue, out digit))
            {
                division = Conversions.WithoutImplicitConversions(comparison.RightOperand);
            }
            else
            {
                return false;
            }

            if (division is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null, IsLifted: false } divide
                || !IntegralTypes.IsInteger(divide.Type)
                || !TryReadInteger(divide.RightOperand.ConstantValue, out var divisor)
                || divisor != 100
                || divide.LeftOperand.ConstantValue.HasValue
                || ReplyClassRange.OfDigit(digit) is not { } range)
            {
                return false;
            }

            var value = Conversions.WithoutImplicitConversions(divide.LeftOperand);
            check = new ClassCheck(
                comparison,
                value,
                range,
                comparison.OperatorKind == BinaryOperatorKind.NotEquals,
                ClassCheckKind.Number,
                fixable: IntegralTypes.FitsInInt(value.Type));
            return true;
        }

        // reply.Code[0] == '4', '5' != reply.Code[0].
        private static bool TryMatchFirstCharacter(IBinaryOperation comparison, out ClassCheck check)
        {
            check = default;
            var left = Conversions.WithoutConversions(comparison.LeftOperand);
            var right = Conversions.WithoutConversions(comparison.RightOperand);
            IOperation indexed;
            long digit;
            if (right.ConstantValue.Value is char && TryReadDigit(right.ConstantValue, out digit))
            {
                indexed = left;
            }
            else if (left.ConstantValue.Value is char && TryReadDigit(left.ConstantValue, out digit))
            {
                indexed = right;
            }
            else
            {
                return false;
            }

            if (indexed is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } text } indexer
                || text.Type?.SpecialType != SpecialType.System_String
                || !TryReadInteger(indexer.Arguments[0].Value.ConstantValue, out var index)
                || index != 0
                || ReplyClassRange.OfDigit(digit) is not { } range)
            {
                return false;
            }

            check = new ClassCheck(comparison, text, range, comparison.OperatorKind == BinaryOperatorKind.NotEquals, ClassCheckKind.FirstCharacter, fixable: false);
            return true;
        }

        private static void Report(OperationAnalysisContext context, in ClassCheck check, KnownTypes knownTypes, ReplyContextModel model)
        {
            if (!model.IsFtpReplyValue(check.Subject, check.Operation, context.ContainingSymbol))
            {
                return;
            }

            var fixable = check.Fixable
                && knownTypes.HasReplyClassHelper(check.Range.Helper)
                && !OperationFacts.IsInExpressionTree(check.Operation)
                && !OperationFacts.IsInConstantContext(check.Operation);
            var location = check.Operation.Syntax.GetLocation();
            var message = new object[] { (check.Negated ? "is not " : "is ") + check.Range.Description, Advice(check, knownTypes) };
            context.ReportDiagnostic(fixable
                ? Diagnostic.Create(
                    Descriptors.ReplyClassCheck,
                    location,
                    new[] { check.Subject.Syntax.GetLocation() },
                    ReplyClassCheckContract.Write(check.Range, check.Negated),
                    message)
                : Diagnostic.Create(Descriptors.ReplyClassCheck, location, message));
        }

        // What the message tells the reader to write instead.
        private static string Advice(in ClassCheck check, KnownTypes knownTypes)
        {
            var not = check.Negated ? "!" : string.Empty;
            if (check.Kind == ClassCheckKind.Number)
            {
                return not + KnownTypes.ReplyCodeHelpersName + "." + check.Range.Helper;
            }

            if (check.Range.FluentFtpMember is { } member && IsFluentFtpReplyCode(check.Subject, knownTypes))
            {
                return "FtpReply.Type " + (check.Negated ? "!=" : "==") + " FtpResponseType." + member;
            }

            return not + KnownTypes.ReplyCodeHelpersName + "." + check.Range.Helper + " on the parsed code";
        }

        // reply.Code of FluentFTP's FtpReply, in a version whose reply has the Type property (FtpResponseType).
        private static bool IsFluentFtpReplyCode(IOperation subject, KnownTypes knownTypes)
        {
            var reply = knownTypes.FluentFtpReply;
            if (reply is null
                || subject is not IPropertyReferenceOperation { Property.Name: "Code" } code
                || !SymbolEqualityComparer.Default.Equals(code.Property.ContainingType, reply))
            {
                return false;
            }

            foreach (var member in reply.GetMembers("Type"))
            {
                if (member is IPropertySymbol { Type: { Name: "FtpResponseType", TypeKind: TypeKind.Enum } })
                {
                    return true;
                }
            }

            return false;
        }

        // Two bounds of one comparison each. And: the range between them. Or: everything outside a range, whose
        // complement is that range (negated).
        private static bool TryCombine(bool conjunction, in Bound first, in Bound second, out ReplyClassRange range, out bool complement)
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

        // x >= c, x > c, x <= c, x < c, or the same with the constant on the left: a bound of x, as an inclusive one.
        private static bool TryReadBound(IOperation operation, out Bound bound)
        {
            bound = default;
            if (operation is not IBinaryOperation { OperatorMethod: null, IsLifted: false } comparison
                || !IsRelational(comparison.OperatorKind)
                || !IntegralTypes.IsInteger(comparison.LeftOperand.Type)
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

        private static bool TryReadPatternBound(IRelationalPatternOperation pattern, out Bound bound)
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

        private static Bound ToInclusive(IOperation operand, BinaryOperatorKind kind, long value)
        {
            switch (kind)
            {
                case BinaryOperatorKind.GreaterThan:
                    return new Bound(operand, isLower: true, value + 1);
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return new Bound(operand, isLower: true, value);
                case BinaryOperatorKind.LessThan:
                    return new Bound(operand, isLower: false, value - 1);
                default:
                    return new Bound(operand, isLower: false, value);
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

        // An integer constant near the class bounds, read as the compiler reads it (0x190, 4_00, 400L).
        private static bool TryReadInteger(Optional<object?> constant, out long value)
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

        // "4" or '4': the first digit of a reply class, 1 to 6.
        private static bool TryReadDigit(Optional<object?> constant, out long digit)
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

        // The same value, written the same way: `code` and `code`, `reply.Code` and `reply.Code`.
        private static bool AreSameExpression(IOperation first, IOperation second) =>
            first.Kind == second.Kind
            && first.Type is not null
            && SymbolEqualityComparer.Default.Equals(first.Type, second.Type)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFactory.AreEquivalent(first.Syntax, second.Syntax, topLevel: false);

        // Reading it twice reads the same value and does nothing else: locals, parameters, fields, properties without
        // arguments of such, and built-in conversions of those.
        private static bool IsStable(IOperation operation)
        {
            for (var depth = 0; depth < 8; depth++)
            {
                switch (operation)
                {
                    case ILocalReferenceOperation:
                    case IParameterReferenceOperation:
                    case IInstanceReferenceOperation:
                        return true;
                    case IFieldReferenceOperation field:
                        if (field.Instance is null)
                        {
                            return true;
                        }

                        operation = field.Instance;
                        continue;
                    case IPropertyReferenceOperation property when property.Arguments.Length == 0:
                        if (property.Instance is null)
                        {
                            return true;
                        }

                        operation = property.Instance;
                        continue;
                    case IConversionOperation { OperatorMethod: null } conversion:
                        operation = conversion.Operand;
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        private enum ClassCheckKind
        {
            /// <summary>An integer compared with the class bounds or divided by 100.</summary>
            Number,

            /// <summary>The first character of a string code.</summary>
            FirstCharacter,
        }

        private readonly struct Bound
        {
            public Bound(IOperation operand, bool isLower, long value)
            {
                Operand = operand;
                IsLower = isLower;
                Value = value;
            }

            public IOperation Operand { get; }

            public bool IsLower { get; }

            public long Value { get; }
        }

        private readonly struct ClassCheck
        {
            public ClassCheck(IOperation operation, IOperation subject, ReplyClassRange range, bool negated, ClassCheckKind kind, bool fixable)
            {
                Operation = operation;
                Subject = subject;
                Range = range;
                Negated = negated;
                Kind = kind;
                Fixable = fixable;
            }

            /// <summary>The whole check: what the diagnostic marks and the fix replaces.</summary>
            public IOperation Operation { get; }

            /// <summary>The value whose class is tested: what the context model judges and the fix passes to the helper.</summary>
            public IOperation Subject { get; }

            public ReplyClassRange Range { get; }

            public bool Negated { get; }

            public ClassCheckKind Kind { get; }

            public bool Fixable { get; }
        }
    }
}
