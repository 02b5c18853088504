using System;
using System.Collections.Generic;
using System.Linq;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Commands
{
    /// <summary>
    /// The commands a dispatch names: the labels of a switch section or arm, the verbs an <c>if</c> tests, the key a
    /// dispatch table files a handler under, the verbs a member's text mentions. Each answer is a set of canonical verbs,
    /// with "" for a label that is no command (<c>default</c>, <c>"ALL"</c>) beside one that is; null where nothing names
    /// a command at all, so the search goes on outwards.
    /// </summary>
    internal static class CommandLabels
    {
        private const string OtherLabel = "";

        /// <summary><c>case "PWD": case "XPWD":</c> is PWD; <c>case "PASV": case "EPSV":</c> two; <c>case "ALL":</c> none.</summary>
        public static HashSet<string>? OfSection(ISwitchCaseOperation section)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case ISingleValueCaseClauseOperation single:
                        verbs.Add(Verb(single.Value));
                        break;
                    case IPatternCaseClauseOperation { Guard: null } pattern:
                        AddPattern(pattern.Pattern, verbs);
                        break;
                    default:
                        verbs.Add(OtherLabel);
                        break;
                }
            }

            return Named(verbs);
        }

        /// <summary><c>"PWD" or "XPWD" =&gt; ...</c> in a switch expression.</summary>
        public static HashSet<string>? OfPattern(IPatternOperation pattern)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            AddPattern(pattern, verbs);
            return Named(verbs);
        }

        /// <summary>
        /// <c>verb == "SYST"</c>, <c>cmd.Equals("SYST", ...)</c>, <c>string.Equals(command, "SYST", ...)</c>,
        /// <c>verb is "PWD" or "XPWD"</c>, and <c>||</c> of those, where <paramref name="isCommand"/> accepts the value tested.
        /// </summary>
        public static HashSet<string>? OfCondition(IOperation condition, Func<IOperation, bool> isCommand)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            return AddCondition(condition, isCommand, verbs) ? Named(verbs) : null;
        }

        /// <summary>
        /// The key a handler is filed under: <c>["CWD"] = (s, a) =&gt; ...</c>, <c>{ "CWD", (s, a) =&gt; ... }</c>,
        /// <c>Register("CWD", ...)</c>, <c>new CommandHandler("CWD", ...)</c>.
        /// </summary>
        public static HashSet<string>? OfKeyedValue(IOperation value)
        {
            while (value.Parent is IDelegateCreationOperation || value.Parent is IConversionOperation)
            {
                value = value.Parent;
            }

            IOperation? key = null;
            switch (value.Parent)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment when assignment.Value == value:
                    key = indexer.Arguments[0].Value;
                    break;
                case IArgumentOperation argument when argument.Parent is IInvocationOperation or IObjectCreationOperation:
                    var arguments = argument.Parent is IInvocationOperation call ? call.Arguments : ((IObjectCreationOperation)argument.Parent).Arguments;
                    key = arguments.Length >= 2 && arguments[0] != argument ? arguments[0].Value : null;
                    break;
            }

            if (key is null || Verb(key) is not { Length: > 0 } verb)
            {
                return null;
            }

            return new HashSet<string>(StringComparer.Ordinal) { verb };
        }

        /// <summary>
        /// The one command a type's attributes name (<c>[FtpCommand("MLST")]</c>, <c>[FtpCommandHandler("RMD")]
        /// [FtpCommandHandler("XRMD")]</c>); null for none or several (<c>[FtpCommandHandler("PASV")] [FtpCommandHandler("EPSV")]</c>).
        /// </summary>
        public static string? OfAttributes(INamedTypeSymbol type)
        {
            string? found = null;
            foreach (var attribute in type.GetAttributes())
            {
                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Kind != TypedConstantKind.Primitive || argument.Value is not string { Length: >= 3 and <= 4 } text
                        || CommandNames.Canonical(text) is not { } verb)
                    {
                        continue;
                    }

                    if (found is not null && found != verb)
                    {
                        return null;
                    }

                    found = verb;
                }
            }

            return found;
        }

        /// <summary>
        /// Every command a member's text names: as a whole string in any case (<c>"EPSV"</c>, <c>"epsv"</c>,
        /// <c>[FtpCommandHandler("EPSV")]</c>) or as an upper-case name (<c>Verbs.EPSV</c>).
        /// </summary>
        public static string[] MentionedVerbs(ISymbol member)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                foreach (var token in reference.GetSyntax().DescendantTokens())
                {
                    var text = token.IsKind(SyntaxKind.StringLiteralToken) ? token.ValueText.ToUpperInvariant()
                        : token.IsKind(SyntaxKind.IdentifierToken) ? token.ValueText
                        : null;
                    if (text is { Length: >= 3 and <= 4 } && CommandNames.Canonical(text) is { } verb)
                    {
                        verbs.Add(verb);
                    }
                }
            }

            return verbs.ToArray();
        }

        private static bool AddCondition(IOperation condition, Func<IOperation, bool> isCommand, HashSet<string> verbs)
        {
            condition = Conversions.WithoutConversions(condition);
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    return AddCondition(or.LeftOperand, isCommand, verbs) && AddCondition(or.RightOperand, isCommand, verbs);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    // !connected && command == "QUIT": the branch runs for that command only (and some other condition).
                    var left = new HashSet<string>(StringComparer.Ordinal);
                    var right = new HashSet<string>(StringComparer.Ordinal);
                    var fromLeft = AddCondition(and.LeftOperand, isCommand, left);
                    if (fromLeft == AddCondition(and.RightOperand, isCommand, right))
                    {
                        return false;
                    }

                    verbs.UnionWith(fromLeft ? left : right);
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                    return AddComparison(equals.LeftOperand, equals.RightOperand, isCommand, verbs);
                case IInvocationOperation { TargetMethod: { Name: "Equals", ContainingType.SpecialType: SpecialType.System_String } } call:
                    return call.Instance is not null
                        ? call.Arguments.Length >= 1 && AddComparison(call.Instance, call.Arguments[0].Value, isCommand, verbs)
                        : call.Arguments.Length >= 2 && AddComparison(call.Arguments[0].Value, call.Arguments[1].Value, isCommand, verbs);
                case IIsPatternOperation test when isCommand(test.Value):
                    AddPattern(test.Pattern, verbs);
                    return true;
                default:
                    return false;
            }
        }

        private static bool AddComparison(IOperation left, IOperation right, Func<IOperation, bool> isCommand, HashSet<string> verbs)
        {
            if (left.ConstantValue.HasValue == right.ConstantValue.HasValue)
            {
                return false;
            }

            var (constant, value) = left.ConstantValue.HasValue ? (left, right) : (right, left);
            if (!isCommand(value))
            {
                return false;
            }

            verbs.Add(Verb(constant));
            return true;
        }

        private static void AddPattern(IPatternOperation pattern, HashSet<string> verbs)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    verbs.Add(Verb(constant.Value));
                    break;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    AddPattern(or.LeftPattern, verbs);
                    AddPattern(or.RightPattern, verbs);
                    break;
                default:
                    verbs.Add(OtherLabel);
                    break;
            }
        }

        // A label that is a whole verb, upper case as sent ("PWD", not "pwd" or "PWD /x"), folded to its command.
        private static string Verb(IOperation label) =>
            Conversions.WithoutConversions(label).ConstantValue is { HasValue: true, Value: string text } && text.Length is >= 3 and <= 4
                ? CommandNames.Canonical(text) ?? OtherLabel
                : OtherLabel;

        private static HashSet<string>? Named(HashSet<string> verbs) => verbs.Any(v => v.Length > 0) ? verbs : null;
    }
}
