using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The least a literal rule does beyond an empty callback: one look at the literal's token (its kind and its text),
/// nothing else. <c>--profile look</c> runs it beside the empty baseline in the driver (and <c>--profile replay</c>
/// outside it), so the price of that one look over every literal of the corpus is measured, not assumed
/// (benchmarks/README.md, "The floors").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TokenLookAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor NeverReported = EmptyBaselineAnalyzer.NeverReportedDescriptor("BASE0002", "Token look");

    /// <summary>What the looks read, summed, so that no compiler can drop them.</summary>
    public long Looked { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeverReported];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterOperationAction(
            operation =>
            {
                if (operation.Operation.Syntax is LiteralExpressionSyntax { Token: var token })
                {
                    Looked += token.RawKind + token.Text.Length;
                }
            },
            OperationKind.Literal));
    }
}
