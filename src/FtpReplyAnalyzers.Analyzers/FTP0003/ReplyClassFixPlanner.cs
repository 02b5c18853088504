using System.Collections.Immutable;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// Whether the FTP0003 fix is offered at a check, and in which form: only where the rewrite is identical to the check
    /// for every value, and compiles where the check stands.
    /// </summary>
    internal static class ReplyClassFixPlanner
    {
        /// <summary>The diagnostic's properties (see <see cref="ReplyClassCheckContract"/>), or null where no fix is offered.</summary>
        /// <param name="check">The check found.</param>
        /// <param name="knownTypes">The compilation's bundled types.</param>
        /// <param name="helpers">
        /// <c>ftp_reply_analyzers.class_check_fix = helpers</c>: call <c>FtpReplyCodes</c>; otherwise compare the hundreds
        /// with <c>FtpReplyClass</c> (<c>code / 100 == (int)FtpReplyClass.TransientNegative</c>), which compiles to numbers.
        /// </param>
        public static ImmutableDictionary<string, string?>? Plan(in ClassCheck check, KnownTypes knownTypes, bool helpers = false)
        {
            // A string code's first character is not its number (the fix would have to parse it).
            if (check.Kind != ClassCheckKind.Number
                || OperationFacts.IsInExpressionTree(check.Operation)
                || OperationFacts.IsInConstantContext(check.Operation))
            {
                return null;
            }

            // The helpers take an int: identical only for the types every value of which an int holds. Integer division
            // truncates toward zero in every integer type, so `code / 100 == 4` is 400 to 499 in each of them.
            if (helpers)
            {
                return IntegralTypes.FitsInInt(check.Subject.Type)
                    && (!check.ReadsSubjectTwice || IsStable(check.Subject))
                    && HasEveryHelper(check.Classes, knownTypes)
                    ? ReplyClassCheckContract.Write(check.Classes, check.Negated, ReplyClassCheckContract.Helper)
                    : null;
            }

            // One term reads the value once; several read it once each, as a chain of checks did.
            var readsMoreThanOnce = check.ReadsSubjectTwice || check.Classes.ClassMembers.Length > 1;
            return IntegralTypes.IsInteger(check.Subject.Type)
                && (!readsMoreThanOnce || IsStable(check.Subject))
                && HasEveryClass(check.Classes, knownTypes)
                ? ReplyClassCheckContract.Write(check.Classes, check.Negated, ReplyClassCheckContract.Inline)
                : null;
        }

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

        private static bool HasEveryClass(ReplyClassSet classes, KnownTypes knownTypes)
        {
            foreach (var member in classes.ClassMembers)
            {
                if (!knownTypes.HasReplyClassMember(member))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
