using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>Reply text that starts with a code, and where it goes: a write to a connection, or a handler's return.</summary>
    /// <param name="Text">The text: a string literal, an interpolated string (whose first text starts with the code), a u8 literal.</param>
    /// <param name="Sink">Where the reply goes: an <see cref="IArgumentOperation"/> or an <see cref="IReturnOperation"/>.</param>
    /// <param name="Code">The code the text starts with.</param>
    internal readonly record struct ReplyTextSite(IOperation Text, IOperation Sink, int Code);

    /// <summary>
    /// Finds server-side reply text: <c>"550 File not found"</c>, <c>$"226 Transfer complete, {n} bytes"</c>,
    /// <c>"221 Goodbye\r\n"u8</c>, written to a connection (<c>writer.WriteLine("421 Too many users")</c>, through
    /// <c>+</c>, <c>string.Format</c>, <c>Encoding.GetBytes</c>) or returned from a command handler.
    /// </summary>
    internal static class ReplyTextLocator
    {
        private const int MaxSteps = 8;

        // "550 " or "211-": what TryReadReplyLineStart reads.
        private const int ReplyLineStartLength = 4;

        /// <summary>
        /// False for a literal that can be no reply text, on its token alone: a number, a character, <c>true</c>,
        /// <c>false</c>, <c>null</c>, <c>default</c>. Most literals of a compilation are such; neither
        /// <see cref="TryLocate"/> nor <see cref="TryLocateLaterLines"/> finds anything in them.
        /// </summary>
        public static bool MayBeReplyText(IOperation literal)
        {
            if (literal.Syntax is not LiteralExpressionSyntax { Token: var token })
            {
                return true;
            }

            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.NumericLiteralToken:
                case SyntaxKind.CharacterLiteralToken:
                case SyntaxKind.TrueKeyword:
                case SyntaxKind.FalseKeyword:
                case SyntaxKind.NullKeyword:
                case SyntaxKind.DefaultKeyword:
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>
        /// From a string literal (a plain one, or the first text of an interpolated string) or a u8 literal: the reply
        /// text site, when the text starts with a code and goes to a write or a return.
        /// </summary>
        public static bool TryLocate(IOperation operation, out ReplyTextSite site)
        {
            site = default;
            IOperation text;
            string? value;
            var offset = 0;
            switch (operation)
            {
                case IUtf8StringOperation utf8:
                    text = utf8;
                    value = utf8.Value;
                    break;
                case ILiteralOperation { Parent: IInterpolatedStringTextOperation part } literal:
                    if (part.Parent is not IInterpolatedStringOperation interpolated || interpolated.Parts.Length == 0 || interpolated.Parts[0] != part)
                    {
                        return false;
                    }

                    text = interpolated;
                    value = literal.ConstantValue.HasValue ? literal.ConstantValue.Value as string : null;
                    break;
                case ILiteralOperation literal when literal.Type?.SpecialType == SpecialType.System_String:
                    if (!ReplyCodeIndex.MayStartWithDigits(literal, exactlyThree: false))
                    {
                        return false;
                    }

                    text = literal;

                    // The first line's start of a plain literal is in its token's text, after the quote: the constant (a
                    // string made on first read) is read only where an escape could hide it.
                    if (ReplyCodeIndex.PlainStringStart(literal, ReplyLineStartLength) is { } source)
                    {
                        value = source;
                        offset = 1;
                    }
                    else
                    {
                        value = literal.ConstantValue.HasValue ? literal.ConstantValue.Value as string : null;
                    }

                    break;
                default:
                    return false;
            }

            if (!ReplyDigits.TryReadReplyLineStart(value, offset, out var code))
            {
                return false;
            }

            var sink = FindSink(text);
            if (sink is null)
            {
                return false;
            }

            site = new ReplyTextSite(text, sink, code);
            return true;
        }

        /// <summary>
        /// From a string literal that continues a concatenation and has later reply lines
        /// (<c>FtpReplyCodeStrings.SystemStatus + "-Features:\r\n211 End"</c>): the site of the whole text, with the
        /// first later line's code.
        /// </summary>
        public static bool TryLocateLaterLines(IOperation operation, out ReplyTextSite site)
        {
            site = default;

            // Every literal that is no reply text comes here. A literal that starts a text and has later reply lines was
            // handled as reply text; here only one that continues a concatenation (the rest of a text whose first line
            // was built from the enum) can have them: its parent first, which costs nothing, then its token, then its type.
            if (operation.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } continued
                || continued.RightOperand != operation
                || operation.Syntax is not LiteralExpressionSyntax { Token: var token }
                || !token.IsKind(SyntaxKind.StringLiteralToken)
                || !ReplyTextLines.MayHaveLaterLines(token)
                || operation is not ILiteralOperation literal
                || literal.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            var code = 0;
            foreach (var (_, lineCode) in ReplyTextLines.InnerLineCodes(token))
            {
                code = lineCode;
                break;
            }

            if (code == 0)
            {
                return false;
            }

            IOperation whole = literal;
            while (whole.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation
                && concatenation.Type?.SpecialType == SpecialType.System_String)
            {
                whole = concatenation;
            }

            var sink = FindSink(whole);
            if (sink is null)
            {
                return false;
            }

            site = new ReplyTextSite(whole, sink, code);
            return true;
        }

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
