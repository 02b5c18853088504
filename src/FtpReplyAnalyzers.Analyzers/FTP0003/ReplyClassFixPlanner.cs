using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        /// <summary>
        /// Whether the fix calls the helpers of <c>FtpReplyCodes</c> at <paramref name="check"/>: where the user asked for them
        /// (<c>ftp_reply_analyzers.class_check_fix = helpers</c>) and they take the value, an int (the first character of
        /// a string code is read as the parsed code, an int too). Elsewhere it compares the hundreds with <c>FtpReplyClass</c>.
        /// </summary>
        public static bool WritesHelpers(in ClassCheck check, bool helpersAsked) =>
            helpersAsked && (check.Kind != ClassCheckKind.Number || IntegralTypes.FitsInInt(check.Subject.Type));

        /// <summary>The diagnostic's properties (see <see cref="ReplyClassCheckContract"/>), or null where no fix is offered.</summary>
        /// <param name="check">The check found.</param>
        /// <param name="knownTypes">The compilation's bundled types.</param>
        /// <param name="helpers">
        /// What <see cref="WritesHelpers"/> said: call <c>FtpReplyCodes</c>; otherwise compare the hundreds with
        /// <c>FtpReplyClass</c> (<c>code / 100 == (int)FtpReplyClass.TransientNegative</c>), which compiles to numbers.
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

            // The helpers take an int (WritesHelpers); a check read the value as often as the helpers do unless it read it
            // several times (a range's two bounds, a chain's links), where reading must not matter.
            if (helpers)
            {
                return (!check.ReadsSubjectTwice || IsStable(check.Subject))
                    && HasEvery(check.Classes.Helpers.Select(range => range.Helper), knownTypes.HasReplyClassHelper)
                    ? ReplyClassCheckContract.Write(check.Classes, check.Negated, ReplyClassCheckContract.Helper)
                    : null;
            }

            // Integer division truncates toward zero in every integer type: `code / 100 == 4` is 400 to 499 in each. One
            // term reads the value once, several once each: where the check read it several times, reading must not matter;
            // where it read it once (a pattern, a division), only a local or a parameter reads the same every time (another
            // thread may write a field between two reads).
            var terms = check.Classes.ClassMembers;
            var readsAsOften = check.ReadsSubjectTwice ? IsStable(check.Subject) : terms.Length == 1 || IsLocal(check.Subject);
            return IntegralTypes.IsInteger(check.Subject.Type)
                && readsAsOften
                && HasEvery(terms, knownTypes.HasReplyClassMember)
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

        // A local or a parameter, or a built-in conversion of one: nothing else can change it between two reads.
        private static bool IsLocal(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation is ILocalReferenceOperation or IParameterReferenceOperation;
        }

        private static bool HasEvery(IEnumerable<string> names, System.Func<string, bool> has)
        {
            foreach (var name in names)
            {
                if (!has(name))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
