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
            && knownTypes.HasReplyClassHelper(check.Range.Helper)
            && !OperationFacts.IsInExpressionTree(check.Operation)
            && !OperationFacts.IsInConstantContext(check.Operation)
                ? ReplyClassCheckContract.Write(check.Range, check.Negated)
                : null;

        // The helpers take an int: identical for the types every value of which converts to one unchanged. A string code's
        // first character is not its number (the fix would have to parse it). And the original that reads the value twice
        // is identical to the helper, which reads it once, only where reading has no effect.
        private static bool IsIdenticalForEveryValue(in ClassCheck check) =>
            check.Kind == ClassCheckKind.Number
            && IntegralTypes.FitsInInt(check.Subject.Type)
            && (!check.ReadsSubjectTwice || IsStable(check.Subject));

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
    }
}
