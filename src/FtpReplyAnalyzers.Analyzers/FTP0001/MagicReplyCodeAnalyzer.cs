using System.Collections.Immutable;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// FTP0001: a literal FTP reply code where the code tests or produces a reply. Every literal passes a table
    /// lookup first (no allocation, no semantic call); only literals with a known code value go on to the site
    /// locator and the context model.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MagicReplyCodeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MagicReplyCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var knownTypes = KnownTypes.Resolve(start.Compilation);
                var model = new ReplyContextModel(knownTypes);
                start.RegisterOperationAction(operationContext => AnalyzeLiteral(operationContext, knownTypes, model), OperationKind.Literal);
            });
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, KnownTypes knownTypes, ReplyContextModel model)
        {
            var literal = context.Operation;
            var definition = ReplyCodeIndex.FindConstant(literal.ConstantValue.HasValue ? literal.ConstantValue.Value : null);
            if (definition is null
                || !ReplySiteLocator.TryLocate(literal, knownTypes, out var site)
                || !model.IsFtpReply(site, context.ContainingSymbol))
            {
                return;
            }

            var plan = ReplyCodeFixPlanner.Plan(site, definition, knownTypes);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(ReplyCodeFix.ShapeKey, plan.Shape);
            properties.Add(ReplyCodeFix.EnumKey, plan.EnumMetadataName);
            properties.Add(ReplyCodeFix.MemberKey, plan.Member);
            properties.Add(ReplyCodeFix.CodeKey, definition.CodeText);
            properties.Add(ReplyCodeFix.LiteralTypeKey, LiteralTypeKeyword(literal.Type));

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MagicReplyCode,
                literal.Syntax.GetLocation(),
                properties.ToImmutable(),
                definition.CodeText,
                definition.Meaning,
                ReplyCodeCatalog.DescribeClass(definition.ClassDigit),
                plan.Display));
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
