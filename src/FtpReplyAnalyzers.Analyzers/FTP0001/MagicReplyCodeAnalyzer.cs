using System.Collections.Concurrent;
using System.Collections.Immutable;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// FTP0001: a literal FTP reply code where the code tests or produces a reply. Every literal passes a read of its
    /// constant value and a table lookup first (no semantic call); only literals with a known code value go on
    /// to the site locator and the context model.
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
            var definition = ReplyCodeIndex.TryReadLiteral(literal, out var code) ? ReplyCodeIndex.Find(code) : null;
            if (definition is null
                || !ReplySiteLocator.TryLocate(literal, knownTypes, out var site)
                || !model.IsFtpReply(site, context.ContainingSymbol))
            {
                return;
            }

            var plan = ReplyCodeFixPlanner.Plan(site, definition, knownTypes);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MagicReplyCode,
                literal.Syntax.GetLocation(),
                FixProperties(plan, definition, LiteralTypeKeyword(literal.Type)),
                definition.CodeText,
                definition.Meaning,
                ReplyCodeCatalog.DescribeClass(definition.ClassDigit),
                plan.Display));
        }

        // What the fix reads from a diagnostic: a few hundred combinations at most, so each dictionary is built once.
        private static ImmutableDictionary<string, string?> FixProperties(in ReplyCodeFixPlan plan, ReplyCodeDefinition definition, string literalType) =>
            FixPropertiesCache.GetOrAdd(
                (plan.Shape, plan.EnumMetadataName, plan.Member, definition.CodeText, literalType),
                key => ImmutableDictionary<string, string?>.Empty
                    .Add(ReplyCodeFix.ShapeKey, key.Shape)
                    .Add(ReplyCodeFix.EnumKey, key.Enum)
                    .Add(ReplyCodeFix.MemberKey, key.Member)
                    .Add(ReplyCodeFix.CodeKey, key.Code)
                    .Add(ReplyCodeFix.LiteralTypeKey, key.LiteralType));

        private static readonly ConcurrentDictionary<(string Shape, string Enum, string Member, string Code, string LiteralType), ImmutableDictionary<string, string?>> FixPropertiesCache =
            new ConcurrentDictionary<(string, string, string, string, string), ImmutableDictionary<string, string?>>();

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
