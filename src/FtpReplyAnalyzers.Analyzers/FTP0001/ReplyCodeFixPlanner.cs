using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>What the FTP0001 fix will write at a site, decided where the operation tree is at hand.</summary>
    /// <param name="Shape">The rewrite, one of <see cref="MagicReplyCodeContract"/>'s shapes.</param>
    /// <param name="EnumMetadataName">
    /// The type written: <c>FtpReplyAnalyzers.FtpReplyCode</c> or <c>System.Net.FtpStatusCode</c> for numbers,
    /// <c>FtpReplyAnalyzers.FtpReplyCodeStrings</c> (its constants) for string codes and reply text.
    /// </param>
    /// <param name="EnumName">The type's simple name, for the message: FtpReplyCode, FtpStatusCode or FtpReplyCodeStrings.</param>
    /// <param name="Member">The member written.</param>
    internal readonly record struct ReplyCodeFixPlan(string Shape, string EnumMetadataName, string EnumName, string Member)
    {
        /// <summary>What the message tells the user to write: <c>FtpReplyCode.ServiceNotAvailable</c>.</summary>
        public string Display => EnumName + "." + Member;
    }

    /// <summary>Chooses the rewrite that keeps the program identical: same value, same type, still constant where needed.</summary>
    internal static class ReplyCodeFixPlanner
    {
        private const string BundledEnumName = "FtpReplyCode";
        private const string BclEnumName = "FtpStatusCode";
        private const string StringsName = "FtpReplyCodeStrings";

        /// <param name="site">Where the literal stands.</param>
        /// <param name="definition">The code's catalog entry.</param>
        /// <param name="knownTypes">The compilation's enums.</param>
        /// <param name="preferBcl">
        /// <c>ftp_reply_analyzers.fix_target = bcl</c>: numbers become <c>(int)FtpStatusCode.X</c> where the BCL has the member.
        /// </param>
        public static ReplyCodeFixPlan Plan(in ReplySite site, ReplyCodeDefinition definition, KnownTypes knownTypes, bool preferBcl = false)
        {
            var bundledAvailable = knownTypes.BundledReplyCode is not null;
            var bundled = new ReplyCodeFixPlan(
                bundledAvailable ? MagicReplyCodeContract.CastLiteral : MagicReplyCodeContract.None,
                KnownTypes.BundledEnumMetadataName,
                BundledEnumName,
                definition.Name);

            if (site.Kind == ReplySiteKind.EnumCast && site.Cast is not null)
            {
                // (FtpStatusCode?)550 keeps its cast and its nullable type: only the number is named.
                if (site.Cast.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    if (SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], knownTypes.BclStatusCode)
                        && knownTypes.BclStatusMemberOf(definition.Code) is { } bclOperand)
                    {
                        return new ReplyCodeFixPlan(MagicReplyCodeContract.CastOperand, KnownTypes.BclEnumMetadataName, BclEnumName, bclOperand);
                    }

                    return With(bundled, bundledAvailable ? MagicReplyCodeContract.CastOperand : MagicReplyCodeContract.None);
                }

                if (SymbolEqualityComparer.Default.Equals(site.Cast.Type, knownTypes.BclStatusCode))
                {
                    var bclMember = knownTypes.BclStatusMemberOf(definition.Code);
                    if (bclMember is not null)
                    {
                        return new ReplyCodeFixPlan(MagicReplyCodeContract.ReplaceCast, KnownTypes.BclEnumMetadataName, BclEnumName, bclMember);
                    }

                    return With(bundled, bundledAvailable ? MagicReplyCodeContract.CastOperand : MagicReplyCodeContract.None);
                }

                return With(bundled, MagicReplyCodeContract.ReplaceCast);
            }

            if (site.Literal.Type?.SpecialType == SpecialType.System_String)
            {
                var strings = Strings(definition);
                // `reply.Code is "200"` on a string: an equality test says the same for every string, null included.
                if (bundledAvailable && IsStringIsPattern(site))
                {
                    return With(strings, MagicReplyCodeContract.PatternToEquality);
                }

                // A constant compiles to the literal itself: the same value in a case label, a pattern, a const, an
                // attribute argument or an expression tree, and the same interned string where `(object)code == "550"`
                // compares references.
                return With(strings, bundledAvailable ? MagicReplyCodeContract.CodeString : MagicReplyCodeContract.None);
            }

            // `(int)response.StatusCode == 550`: the value tested is an FtpStatusCode, so say it with the BCL's member.
            if (site.Subject is IConversionOperation { IsImplicit: false } cast
                && SymbolEqualityComparer.Default.Equals(cast.Operand.Type, knownTypes.BclStatusCode)
                && knownTypes.BclStatusMemberOf(definition.Code) is { } member)
            {
                // Comparing the enum instead drops the cast, which is identical only when the cast keeps every value
                // and never throws: not `checked((uint)status)`, which throws for a negative status.
                var compareEnum = site.Kind == ReplySiteKind.Comparison
                    && site.Literal.Syntax.Parent is BinaryExpressionSyntax
                    && cast.Syntax is CastExpressionSyntax
                    && CastKeepsEveryValue(cast)
                    && !OperationFacts.IsInExpressionTree(site.Literal);
                return new ReplyCodeFixPlan(
                    compareEnum ? MagicReplyCodeContract.CompareEnum : MagicReplyCodeContract.CastLiteral,
                    KnownTypes.BclEnumMetadataName,
                    BclEnumName,
                    member);
            }

            if (preferBcl && site.Kind != ReplySiteKind.EnumCast && knownTypes.BclStatusMemberOf(definition.Code) is { } bclName)
            {
                return new ReplyCodeFixPlan(MagicReplyCodeContract.CastLiteral, KnownTypes.BclEnumMetadataName, BclEnumName, bclName);
            }

            return bundled;
        }

        /// <summary>
        /// Reply text becomes the code's string constant and the rest of the text, which is the same string:
        /// for a plain or verbatim literal whose digits are written as digits, and for an interpolated string that
        /// stays a string (not a FormattableString or a handler's argument, whose format would change). The constant and
        /// the rest of a literal fold back into one constant, so a const, a case label or an expression tree keeps it; an
        /// interpolated string in an expression tree would become a different call. Not inside a pattern (`+` there is
        /// read as part of the pattern), and not for u8 literals (data compiled into the assembly: building them would
        /// allocate on every call).
        /// </summary>
        public static ReplyCodeFixPlan PlanReplyText(in ReplyTextSite site, ReplyCodeDefinition definition, KnownTypes knownTypes)
        {
            var fixable = knownTypes.BundledReplyCode is not null
                && site.Text.Syntax.Parent is not ConstantPatternSyntax
                && site.Text switch
                {
                    ILiteralOperation { Syntax: LiteralExpressionSyntax literal } => DigitsOffset(literal.Token) > 0,
                    IInterpolatedStringOperation { Syntax: InterpolatedStringExpressionSyntax interpolated } interpolation =>
                        (interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken)
                            || interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken))
                        && interpolated.Contents.Count > 0
                        && interpolated.Contents[0] is InterpolatedStringTextSyntax first
                        && ReplyDigits.TryReadReplyLineStart(first.TextToken.Text, 0, out _)
                        && interpolation.Type?.SpecialType == SpecialType.System_String
                        && !OperationFacts.IsInExpressionTree(interpolation)
                        && (interpolation.Parent is not IConversionOperation conversion || conversion.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Object),
                    _ => false,
                };

            return With(Strings(definition), fixable ? MagicReplyCodeContract.ReplyText : MagicReplyCodeContract.None);
        }

        /// <summary>
        /// A later line of reply text in one literal (<c>"...\r\n211 End"</c>): the literal is cut before the code and
        /// after it, which leaves one constant (not inside a pattern, where `+` would be read as part of it).
        /// </summary>
        public static ReplyCodeFixPlan PlanLaterLine(ReplyCodeDefinition definition, KnownTypes knownTypes, IOperation literal) =>
            With(Strings(definition), knownTypes.BundledReplyCode is not null && literal.Syntax.Parent is not ConstantPatternSyntax
                ? MagicReplyCodeContract.ReplyText
                : MagicReplyCodeContract.None);

        /// <summary>
        /// Where the code's digits start in a string or u8 literal's token text (after <c>"</c> or <c>@"</c>), or 0 when
        /// they are not written there as plain digits (a raw string, an escape sequence).
        /// </summary>
        public static int DigitsOffset(SyntaxToken token)
        {
            var offset = ContentOffset(token);
            return offset > 0 && ReplyDigits.TryReadReplyLineStart(token.Text, offset, out _) ? offset : 0;
        }

        /// <summary>
        /// Where a string or u8 literal's content starts in its token text: after <c>"</c> (1) or <c>@"</c> (2); 0 for a
        /// raw string, whose content is not written right after its quotes.
        /// </summary>
        public static int ContentOffset(SyntaxToken token)
        {
            var text = token.Text;
            return text.StartsWith("@\"", System.StringComparison.Ordinal) ? 2
                : text.StartsWith("\"", System.StringComparison.Ordinal) && !text.StartsWith("\"\"\"", System.StringComparison.Ordinal) ? 1
                : 0;
        }

        // The code's constant in FtpReplyCodeStrings (named as the enum's member): what string codes and reply text become.
        private static ReplyCodeFixPlan Strings(ReplyCodeDefinition definition) =>
            new ReplyCodeFixPlan(MagicReplyCodeContract.None, KnownTypes.ReplyCodeStringsMetadataName, StringsName, definition.Name);

        private static ReplyCodeFixPlan With(in ReplyCodeFixPlan plan, string shape) =>
            new ReplyCodeFixPlan(shape, plan.EnumMetadataName, plan.EnumName, plan.Member);

        // `s is "200"` or `s is not "200"` alone (no `or`, no `and`, not a switch's arm), where s is a string: not an
        // object, whose pattern also tests the type. Patterns are never allowed in an expression tree or a constant.
        private static bool IsStringIsPattern(in ReplySite site)
        {
            if (site.Kind != ReplySiteKind.Pattern
                || site.Literal.Parent is not IConstantPatternOperation { Syntax: ConstantPatternSyntax } constant
                || site.Literal.Syntax.Parent != constant.Syntax)
            {
                return false;
            }

            IOperation pattern = constant;
            if (pattern.Parent is INegatedPatternOperation { Syntax: UnaryPatternSyntax } negated)
            {
                pattern = negated;
            }

            // Written as it is read: no parentheses around the pattern or its literal (`is ("550")`), which the rewrite does not look through.
            return pattern.Parent is IIsPatternOperation { Syntax: IsPatternExpressionSyntax syntax } isPattern
                && isPattern.Pattern == pattern
                && syntax.Pattern == pattern.Syntax
                && (pattern == constant || ((UnaryPatternSyntax)pattern.Syntax).Pattern == constant.Syntax)
                && isPattern.Value.Type?.SpecialType == SpecialType.System_String;
        }

        // int and long hold every value of an int-based enum; uint and ulong do too, but throw in a checked context.
        private static bool CastKeepsEveryValue(IConversionOperation cast)
        {
            switch (cast.Type?.SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                    return true;
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                    // IConversionOperation.IsChecked is false for enum conversions, which throw all the same: ask the syntax.
                    return !cast.IsChecked && !IsInCheckedContext(cast);
                default:
                    return false;
            }
        }

        // The innermost checked or unchecked expression or block decides; outside any, the compilation's /checked option.
        private static bool IsInCheckedContext(IOperation operation)
        {
            for (var node = operation.Syntax.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case CheckedExpressionSyntax expression:
                        return expression.IsKind(SyntaxKind.CheckedExpression);
                    case CheckedStatementSyntax statement:
                        return statement.IsKind(SyntaxKind.CheckedStatement);
                }
            }

            return operation.SemanticModel?.Compilation.Options.CheckOverflow ?? false;
        }
    }
}
