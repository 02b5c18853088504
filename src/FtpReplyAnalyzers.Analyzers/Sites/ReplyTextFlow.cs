using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>
    /// Where reply text goes once written: through what carries it unchanged to a write, a return, a comparison, or the
    /// local, field or property that keeps it; and the command a canned reply is filed under. The second half of
    /// <see cref="ReplyTextLocator"/>'s search, and what <c>ReplyTextSinks</c> follows from a holder to its reads.
    /// </summary>
    internal static class ReplyTextFlow
    {
        private const int MaxSteps = 8;

        /// <summary>
        /// Where the value at <paramref name="text"/> goes, through what carries it unchanged (conversions, conditionals,
        /// switch arms, a concatenation it starts, string.Format, Encoding.GetBytes, a u8 literal's ToArray(), a list of
        /// lines, a StringBuilder): an <see cref="IArgumentOperation"/>, an <see cref="IReturnOperation"/>, an equality
        /// <see cref="IBinaryOperation"/>, or where it is kept (see <see cref="HolderOf"/>). Null when it goes nowhere known.
        /// </summary>
        public static IOperation? FindSink(IOperation text)
        {
            var node = text;
            var parent = text.Parent;
            for (var step = 0; parent is not null && step < MaxSteps; step++)
            {
                switch (parent)
                {
                    // Implicit conversions carry the text (byte[] to ReadOnlySpan<byte> is user-defined, and implicit).
                    case IConversionOperation conversion when conversion.Conversion.Exists && (conversion.IsImplicit || !conversion.Conversion.IsUserDefined):
                    case IConditionalOperation conditional when conditional.Condition != node:
                        break;

                    // "550 " + reason + "\r\n": the reply starts where its left-most text does.
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation
                        when concatenation.LeftOperand == node && concatenation.Type?.SpecialType == SpecialType.System_String:
                        break;

                    // reply == "426 Connection closed": the text is compared with what the other operand holds.
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                        return comparison;

                    // verb switch { "NOOP" => "200 OK", ... }: each arm's text is the switch's value.
                    case ISwitchExpressionArmOperation arm when arm.Value == node:
                        node = arm.Parent!;
                        parent = node.Parent;
                        continue;

                    // new[] { "220 ready", "331 password please" }: lines of replies, each one a reply.
                    case IArrayInitializerOperation { Parent: IArrayCreationOperation lines } when lines.DimensionSizes.Length == 1:
                        node = lines;
                        parent = lines.Parent;
                        continue;

                    // "221 Goodbye\r\n"u8.ToArray(), builder.ToString(): the same text, in another type.
                    case IInvocationOperation conversionCall when conversionCall.Instance == node && conversionCall.Arguments.Length == 0 && IsSameText(conversionCall.TargetMethod):
                        break;

                    case IArgumentOperation argument:
                        if (argument.Parent is IInvocationOperation carrier && CarriesText(carrier, argument))
                        {
                            // string.Format("550 {0}", reason), Encoding.ASCII.GetBytes("226 Done\r\n"): the result is the reply.
                            node = carrier;
                            parent = carrier.Parent;
                            continue;
                        }

                        // sb.Append("211-Features:"), new StringBuilder("214-Help"): the builder carries the reply.
                        if (IsBuilderText(argument) is { } builder)
                        {
                            if (builder is IObjectCreationOperation)
                            {
                                node = builder;
                                parent = builder.Parent;
                                continue;
                            }

                            return HolderOf(builder) is not null ? builder : null;
                        }

                        // { "EPSV", "229 ..." }, replies.Add("EPSV", "229 ..."): the same, through Add.
                        if (argument.Parent is IInvocationOperation add && add.Arguments[0] != argument && CommandKeyOf(add) is not null)
                        {
                            return add;
                        }

                        return argument;

                    case IReturnOperation ret when ret.ReturnedValue == node:
                        return ret;

                    // string response = "200 OK"; response = "550 No"; static readonly byte[] Greeting = "220 Ready"u8.ToArray();
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return declarator;
                    case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                        return field;
                    case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                        return property;
                    case ISimpleAssignmentOperation assignment when assignment.Value == node && HolderOf(assignment.Target) is not null:
                        return assignment;

                    // ["EPSV"] = "229 Entering Extended Passive Mode (|||6446|)": a canned reply filed under its command.
                    case ISimpleAssignmentOperation keyed when keyed.Value == node && CommandKeyOf(keyed) is not null:
                        return keyed;

                    default:
                        return null;
                }

                node = parent;
                parent = parent.Parent;
            }

            return null;
        }

        /// <summary>
        /// The local, field, property or parameter a sink keeps the text in (a declarator, an initialiser, an assignment,
        /// a builder's reference), or null for a sink that is a use.
        /// </summary>
        public static ISymbol? HolderOf(IOperation sink) => sink switch
        {
            IVariableDeclaratorOperation declarator => declarator.Symbol,
            IFieldInitializerOperation field => field.InitializedFields[0],
            IPropertyInitializerOperation property => property.InitializedProperties[0],
            ISimpleAssignmentOperation assignment => HolderOf(assignment.Target),
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation { Field.IsStatic: true } field => field.Field,
            IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        /// <summary>
        /// The command verb a sink files a reply under: <c>["EPSV"] = ...</c> (an indexer), <c>Add("EPSV", ...)</c> or
        /// <c>TryAdd</c> (a collection initialiser's <c>{ "EPSV", ... }</c> too); null for any other sink or key.
        /// </summary>
        public static string? CommandKeyOf(IOperation sink)
        {
            var key = sink switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } => indexer.Arguments[0].Value,
                IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add => add.Arguments[0].Value,
                _ => null,
            };
            return key?.ConstantValue is { HasValue: true, Value: string verb } && FtpCommandVocabulary.VerbOf(verb) == verb ? verb : null;
        }

        // ToArray() of a span or memory (a u8 literal's bytes), ToString() of a StringBuilder.
        private static bool IsSameText(IMethodSymbol method) =>
            (method.Name == "ToArray" && method.ContainingType?.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory")
            || (method.Name == "ToString" && IsStringBuilder(method.ContainingType));

        // The builder that an Append, AppendLine or constructor argument goes into: the reference appended to, or the creation.
        private static IOperation? IsBuilderText(IArgumentOperation argument)
        {
            if (argument.Parameter is not { Ordinal: 0, Type.SpecialType: SpecialType.System_String })
            {
                return null;
            }

            return argument.Parent switch
            {
                IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine", Instance: { } instance } append
                    when IsStringBuilder(append.TargetMethod.ContainingType) => instance,
                IObjectCreationOperation creation when IsStringBuilder(creation.Type as INamedTypeSymbol) => creation,
                _ => null,
            };
        }

        private static bool IsStringBuilder(INamedTypeSymbol? type) =>
            type is { Name: "StringBuilder" } && type.ContainingNamespace?.ToDisplayString() == "System.Text";

        private static bool CarriesText(IInvocationOperation invocation, IArgumentOperation argument)
        {
            var method = invocation.TargetMethod;
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            if (method.ContainingType?.SpecialType == SpecialType.System_String)
            {
                return (method.Name == "Format" && parameter.Name == "format")
                    || (method.Name == "Concat" && parameter.Ordinal == 0);
            }

            return method.Name == "GetBytes"
                && parameter.Ordinal == 0
                && parameter.Type.SpecialType == SpecialType.System_String
                && IsEncoding(method.ContainingType);
        }

        private static bool IsEncoding(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "Encoding" && current.ContainingNamespace?.ToDisplayString() == "System.Text")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
