using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>Finds, from a literal, the site that uses it: the comparison, pattern, case, call or cast around it.</summary>
    internal static class ReplySiteLocator
    {
        public static bool TryLocate(IOperation literal, KnownTypes knownTypes, out ReplySite site)
        {
            site = default;
            var node = literal;
            var parent = literal.Parent;

            // Implicit conversions (int to long, to object, string to object) and numeric casts do not change the use.
            while (parent is IConversionOperation conversion)
            {
                // `(FtpStatusCode)"550"` does not compile: a conversion that does not exist says nothing about a reply,
                // and a fix would turn one error into another.
                if (!conversion.Conversion.Exists)
                {
                    return false;
                }

                if (conversion.Type is { TypeKind: TypeKind.Enum } enumType)
                {
                    if (!knownTypes.IsReplyCodeEnum(enumType))
                    {
                        return false;
                    }

                    site = new ReplySite(ReplySiteKind.EnumCast, literal, subject: null, cast: conversion);
                    return true;
                }

                if (!conversion.IsImplicit && !IsIntegral(conversion.Type?.SpecialType))
                {
                    return false;
                }

                node = parent;
                parent = parent.Parent;
            }

            // reply.Code = busy ? 450 : 550: each branch is produced where the conditional goes.
            while (parent is IConditionalOperation conditional && conditional.Condition != node)
            {
                node = parent;
                parent = parent.Parent;
                while (parent is IConversionOperation { IsImplicit: true })
                {
                    node = parent;
                    parent = parent.Parent;
                }
            }

            switch (parent)
            {
                case IBinaryOperation binary
                    when binary.OperatorKind == BinaryOperatorKind.Equals || binary.OperatorKind == BinaryOperatorKind.NotEquals:
                    site = new ReplySite(ReplySiteKind.Comparison, literal, binary.LeftOperand == node ? binary.RightOperand : binary.LeftOperand);
                    return true;

                case IConstantPatternOperation pattern:
                    return TryLocatePatternSubject(pattern, literal, out site);

                case ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }:
                    site = new ReplySite(ReplySiteKind.CaseLabel, literal, switchStatement.Value);
                    return true;

                case ISimpleAssignmentOperation assignment when assignment.Value == node:
                    site = new ReplySite(ReplySiteKind.Assignment, literal, assignment.Target);
                    return true;

                case IArgumentOperation argument:
                    return TryLocateArgumentSite(argument, literal, out site);

                default:
                    return false;
            }
        }

        private static bool TryLocatePatternSubject(IConstantPatternOperation pattern, IOperation literal, out ReplySite site)
        {
            site = default;
            IOperation? current = pattern.Parent;
            while (current is IBinaryPatternOperation || current is INegatedPatternOperation)
            {
                current = current.Parent;
            }

            IOperation? subject = current switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
                IPropertySubpatternOperation property => property.Member,
                _ => null,
            };

            if (subject is null)
            {
                return false;
            }

            site = new ReplySite(ReplySiteKind.Pattern, literal, subject);
            return true;
        }

        private static bool TryLocateArgumentSite(IArgumentOperation argument, IOperation literal, out ReplySite site)
        {
            site = default;
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            if (argument.Parent is IInvocationOperation invocation && invocation.TargetMethod.Name == "Equals")
            {
                var subject = EqualsSubject(invocation, argument);
                if (subject is null)
                {
                    return false;
                }

                site = new ReplySite(ReplySiteKind.EqualsCall, literal, subject);
                return true;
            }

            // `params int[]` lists of expected codes are a separate shape (a later rule); here one code per parameter.
            if (parameter.IsParams || (argument.Parent is not IInvocationOperation && argument.Parent is not IObjectCreationOperation))
            {
                return false;
            }

            site = new ReplySite(ReplySiteKind.Argument, literal, subject: null, argument: argument);
            return true;
        }

        // code.Equals(550) -> code; Equals(a, 550) / string.Equals(reply.Code, "550", comparison) -> the other value.
        private static IOperation? EqualsSubject(IInvocationOperation invocation, IArgumentOperation literalArgument)
        {
            // code.Equals(550), quit.Code.Equals("221", StringComparison.Ordinal)
            if (invocation.Instance is not null && !invocation.Instance.IsImplicit && literalArgument.Parameter?.Ordinal == 0)
            {
                return invocation.Instance;
            }

            if (invocation.TargetMethod.IsStatic && invocation.Arguments.Length >= 2)
            {
                foreach (var other in invocation.Arguments)
                {
                    if (other != literalArgument && other.Parameter is { Ordinal: 0 or 1 })
                    {
                        return other.Value;
                    }
                }
            }

            return null;
        }

        /// <summary>The integer types a reply code is held in (and converted between without changing the use).</summary>
        internal static bool IsIntegral(SpecialType? type)
        {
            switch (type)
            {
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return true;
                default:
                    return false;
            }
        }
    }
}
