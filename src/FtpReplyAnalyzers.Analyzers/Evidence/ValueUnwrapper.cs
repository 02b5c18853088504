using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>The shapes that keep a reply code while they change its type or its text: what is looked through.</summary>
    internal static class ValueUnwrapper
    {
        /// <summary>
        /// The value under casts, <c>await</c>, <c>??</c>, <c>?.</c> and the string and parsing calls that keep the reply
        /// code: <c>int.Parse(reply.Code.Trim())</c> is <c>reply.Code</c>. <paramref name="sliced"/> becomes true where the
        /// way passes a slice of the first three characters (<c>Substring(0, 3)</c>, <c>[..3]</c>): a reply line's code.
        /// </summary>
        public static IOperation Unwrap(IOperation value, ref bool sliced)
        {
            while (true)
            {
                switch (value)
                {
                    case IConversionOperation conversion:
                        value = conversion.Operand;
                        continue;
                    case IAwaitOperation awaited:
                        value = awaited.Operation;
                        continue;
                    case ICoalesceOperation coalesce:
                        value = coalesce.Value;
                        continue;
                    case IConditionalAccessOperation conditional:
                        value = conditional.WhenNotNull;
                        continue;
                    case IInvocationOperation invocation when TryUnwrapCall(invocation, ref sliced) is { } inner:
                        value = inner;
                        continue;
                    case IImplicitIndexerReferenceOperation slice when IsReplyCodeRange(slice.Argument):
                        // line[..3], line[0..3]: the three digits at the start of a reply line.
                        sliced = true;
                        value = slice.Instance;
                        continue;
                    default:
                        return value;
                }
            }
        }

        private static IOperation? TryUnwrapCall(IInvocationOperation invocation, ref bool sliced)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType is null)
            {
                return null;
            }

            switch (method.ContainingType.SpecialType)
            {
                case SpecialType.System_String when invocation.Instance is not null:
                    switch (method.Name)
                    {
                        case "Trim":
                        case "TrimStart":
                        case "TrimEnd":
                        case "ToUpperInvariant":
                        case "ToLowerInvariant":
                        case "ToString":
                            return invocation.Instance;
                        case "Substring" when IsReplyCodeSlice(invocation):
                            sliced = true;
                            return invocation.Instance;
                        default:
                            return null;
                    }

                case var integral when IntegralTypes.CanHoldReplyCode(integral):
                    if (method.Name == "Parse" && method.IsStatic && invocation.Arguments.Length >= 1)
                    {
                        return invocation.Arguments[0].Value;
                    }

                    return method.Name == "ToString" && invocation.Instance is not null ? invocation.Instance : null;

                default:
                    if (method.Name.StartsWith("ToInt", System.StringComparison.Ordinal)
                        && method.IsStatic
                        && method.ContainingType.Name == "Convert"
                        && method.ContainingType.ContainingNamespace?.Name == "System"
                        && invocation.Arguments.Length >= 1
                        && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        return invocation.Arguments[0].Value;
                    }

                    // reply.StatusCode.ToString() on an enum: the receiver decides.
                    return method.Name == "ToString" && invocation.Instance is not null && invocation.Arguments.Length == 0
                        ? invocation.Instance
                        : null;
            }
        }

        // Substring(0, 3): the three digits at the start of a reply line.
        private static bool IsReplyCodeSlice(IInvocationOperation invocation) =>
            invocation.Arguments.Length == 2
            && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 }
            && invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: 3 };

        private static bool IsReplyCodeRange(IOperation argument) =>
            argument is IRangeOperation range
            && (range.LeftOperand is null || IsIndexConstant(range.LeftOperand, 0))
            && range.RightOperand is not null
            && IsIndexConstant(range.RightOperand, 3);

        private static bool IsIndexConstant(IOperation operand, int value)
        {
            operand = Conversions.WithoutConversions(operand);
            return operand.ConstantValue is { HasValue: true, Value: int constant } && constant == value;
        }
    }
}
