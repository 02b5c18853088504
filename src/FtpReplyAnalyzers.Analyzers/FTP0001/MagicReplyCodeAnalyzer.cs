using System.Collections.Immutable;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.FTP0002;
using FtpReplyAnalyzers.FTP0004;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// FTP0001: a literal FTP reply code where the code tests or produces a reply, and the rules that look at the same
    /// literals: FTP0002 (a three-digit number no RFC defines) and, on FTP0001's sites, FTP0004. One callback per literal
    /// for the three: the driver's per-literal cost is paid once. Every literal passes a look at its token and a table
    /// lookup first (no semantic call); only literals with a reply code's value go on to the site locator and the
    /// context model.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MagicReplyCodeAnalyzer : ReplyAnalyzer
    {
        // FTP0002 (UnknownReplyCodeCheck) and FTP0004 (CommandReplyCheck) run here too: see those classes for why.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MagicReplyCode, Descriptors.UnknownReplyCode, Descriptors.CommandNeverReplies);

        private protected override void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis) =>
            start.RegisterOperationAction(
                operationContext => AnalyzeLiteral(operationContext, analysis),
                OperationKind.Literal,
                OperationKind.Utf8String);

        private static void AnalyzeLiteral(OperationAnalysisContext context, ReplyAnalysis analysis)
        {
            var literal = context.Operation;
            var knownTypes = analysis.KnownTypes;
            if (!ReplyCodeIndex.TryReadLiteral(literal, out var code))
            {
                if (ReplyTextLocator.MayBeReplyText(literal))
                {
                    AnalyzeReplyText(context, analysis);
                }

                return;
            }

            var definition = ReplyCodeIndex.Find(code);
            if (definition is null)
            {
                UnknownReplyCodeCheck.Analyze(context, analysis, code);
                return;
            }

            if (!ReplySiteLocator.TryLocate(literal, knownTypes, out var site)
                || !analysis.Model.IsFtpReply(site, context.ContainingSymbol)
                || OperationFacts.IsInNameOf(literal))
            {
                return;
            }

            var plan = ReplyCodeFixPlanner.Plan(site, definition, knownTypes, FtpAnalyzerOptions.PrefersBclEnum(context.Options, literal.Syntax.SyntaxTree));
            var literalType = LiteralTypeKeyword(literal.Type);
            var properties = MagicReplyCodeContract.Write(plan, definition.CodeText, literalType);
            var display = plan.Display;
            var fixable = IsFixable(plan);

            // The user's own name for the code comes first: `const int FTP_OK = 200`, `FtpCodes.FileNotFound`.
            if (OffersOwnConstant(plan.Shape)
                && analysis.UserConstants.Find(code, literal.Type?.SpecialType == SpecialType.System_String, context.ContainingSymbol) is { } own
                && !IsTheSubject(own, site.Subject))
            {
                var ownDisplay = own.ContainingType.Name + "." + own.Name;
                properties = MagicReplyCodeContract.WithOwnConstant(
                    properties,
                    own.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + own.Name,
                    ownDisplay,
                    OwnCast(own, literal.Type, literalType));
                display = ownDisplay + " (or " + plan.Display + ")";
                fixable = true;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MagicReplyCode,
                ReplySiteLocations.Of(site),
                Severity(fixable),
                additionalLocations: null,
                properties,
                definition.CodeText,
                definition.Meaning,
                ReplyCodeCatalog.DescribeReply(definition),
                display));

            CommandReplyCheck.AnalyzeCode(context, analysis, site, definition);
        }

        // The rule's warning where a fix rewrites the site (the bundled member or the user's own constant), a suggestion
        // where none can (FixSeverity). Said by the plan the properties are written from, not read back from them: the fix
        // reads a member from the properties exactly where the plan's shape is not None (MagicReplyCodeContract.TryRead).
        private static DiagnosticSeverity Severity(bool fixable) => FixSeverity.Of(Descriptors.MagicReplyCode, fixable);

        private static bool IsFixable(in ReplyCodeFixPlan plan) => plan.Shape != MagicReplyCodeContract.None;

        // Where the fix writes a number or a string for the code (or no fix could, for want of a constant): not where it
        // works on an FtpStatusCode cast or comparison, whose own enum says it best.
        private static bool OffersOwnConstant(string shape) =>
            shape == MagicReplyCodeContract.CastLiteral
            || shape == MagicReplyCodeContract.CodeString
            || shape == MagicReplyCodeContract.PatternToEquality
            || shape == MagicReplyCodeContract.None;

        // `LastCode == "550"` where LastCode is that very constant: writing LastCode == LastCode says nothing.
        private static bool IsTheSubject(IFieldSymbol own, IOperation? subject) =>
            subject is not null
            && Conversions.WithoutConversions(subject) is IFieldReferenceOperation field
            && SymbolEqualityComparer.Default.Equals(field.Field, own);

        // A constant of the literal's own type needs no cast; an enum member or another integer type does, to keep the type.
        private static string OwnCast(IFieldSymbol own, ITypeSymbol? literalType, string literalKeyword) =>
            own.ContainingType.TypeKind == TypeKind.Enum || !SymbolEqualityComparer.Default.Equals(own.Type, literalType)
                ? literalKeyword
                : string.Empty;

        // "550 File not found" written to an FTP connection or returned from an FTP command handler.
        private static void AnalyzeReplyText(OperationAnalysisContext context, ReplyAnalysis analysis)
        {
            if (!ReplyTextLocator.TryLocate(context.Operation, out var site))
            {
                // "-Features:\r\n UTF8\r\n211 End" after a first line built from the enum: its later lines still count.
                if (ReplyTextLocator.TryLocateLaterLines(context.Operation, out var lines) && analysis.Model.IsFtpReplyText(lines, context.ContainingSymbol))
                {
                    ReportLaterLines(context, analysis.KnownTypes);
                }

                return;
            }

            if (ReplyCodeIndex.Find(site.Code) is not { } definition
                || !analysis.Model.IsFtpReplyText(site, context.ContainingSymbol))
            {
                return;
            }

            var plan = ReplyCodeFixPlanner.PlanReplyText(site, definition, analysis.KnownTypes);
            var properties = MagicReplyCodeContract.Write(plan, definition.CodeText, "string");
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MagicReplyCode,
                ReplySiteLocations.Digits(context.Operation),
                Severity(IsFixable(plan)),
                additionalLocations: null,
                properties,
                definition.CodeText,
                definition.Meaning,
                ReplyCodeCatalog.DescribeReply(definition),
                plan.Display));

            ReportLaterLines(context, analysis.KnownTypes);
            CommandReplyCheck.AnalyzeText(context, analysis, site, definition);
        }

        // "211-Features:\r\n UTF8\r\n211 End\r\n": the last line of a multi-line reply has its code too; its fix cuts the
        // literal around the code.
        private static void ReportLaterLines(OperationAnalysisContext context, KnownTypes knownTypes)
        {
            if (context.Operation is not ILiteralOperation { Syntax: LiteralExpressionSyntax { Token: var token } })
            {
                return;
            }

            foreach (var (offset, code) in ReplyTextLines.InnerLineCodes(token))
            {
                if (ReplyCodeIndex.Find(code) is not { } inner)
                {
                    continue;
                }

                var plan = ReplyCodeFixPlanner.PlanLaterLine(inner, knownTypes, context.Operation);
                var properties = MagicReplyCodeContract.Write(plan, inner.CodeText, "string");
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.MagicReplyCode,
                    Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + offset, 3)),
                    Severity(IsFixable(plan)),
                    additionalLocations: null,
                    properties,
                    inner.CodeText,
                    inner.Meaning,
                    ReplyCodeCatalog.DescribeReply(inner),
                    plan.Display));
            }
        }

        private static string LiteralTypeKeyword(ITypeSymbol? type)
        {
            switch (type?.SpecialType)
            {
                case SpecialType.System_Int64: return "long";
                case SpecialType.System_UInt32: return "uint";
                case SpecialType.System_UInt64: return "ulong";
                case SpecialType.System_String: return "string";
                default: return "int";
            }
        }
    }
}
