using System.Collections.Immutable;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// Whether the FTP0003 fix is offered at a check: only where the helper call is identical to the check for every
    /// value, and compiles where the check stands.
    /// </summary>
    internal static class ReplyClassFixPlanner
    {
        /// <summary>The diagnostic's properties (see <see cref="ReplyClassCheckContract"/>), or null where no fix is offered.</summary>
        public static ImmutableDictionary<string, string?>? Plan(in ClassCheck check, KnownTypes knownTypes) =>
            IsIdenticalForEveryValue(check)
            && HasEveryHelper(check.Classes, knownTypes)
            && !OperationFacts.IsInExpressionTree(check.Operation)
            && !OperationFacts.IsInConstantContext(check.Operation)
                ? ReplyClassCheckContract.Write(check.Classes, check.Negated)
                : null;

        /// <summary>
        /// Reading it twice reads the same value and does nothing else: locals, parameters, fields, properties without
        /// arguments of such, and built-in conversions of those.
        /// </summary>
        public static bool IsStable(IOperation operation)
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

        private static bool HasEveryHelper(ReplyClassSet classes, KnownTypes knownTypes)
        {
            foreach (var range in classes.Helpers)
            {
                if (!knownTypes.HasReplyClassHelper(range.Helper))
                {
                    return false;
                }
            }

            return true;
        }

        // The helpers take an int: identical for the types every value of which converts to one unchanged. A string code's
        // first character is not its number (the fix would have to parse it). And the original that reads the value more
        // than once is identical to the helpers, which read it once each, only where reading has no effect.
        private static bool IsIdenticalForEveryValue(in ClassCheck check) =>
            check.Kind == ClassCheckKind.Number
            && IntegralTypes.FitsInInt(check.Subject.Type)
            && (!check.ReadsSubjectTwice || IsStable(check.Subject));
    }
}
