using System.Collections.Immutable;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Investigations;

/// <summary>
/// One of our rules, run unchanged, whose operation callbacks are called only for operations in the files of
/// <c>runsIn</c>: the rule's registrations, its compilation-start work and the driver's callbacks stay whole, and every
/// callback pays the same one look-up in the set, so passes that differ only in the set split the rule's time between
/// its files.
/// </summary>
/// <remarks>
/// The rule it wraps configures concurrency and generated code itself, and registers through the contexts below
/// (RS1025, RS1026 and RS1012 cannot see through the forwarding).
/// </remarks>
#pragma warning disable RS1025, RS1026, RS1012
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FileFilteredAnalyzer(DiagnosticAnalyzer rule, IReadOnlySet<SyntaxTree> runsIn) : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => rule.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => rule.Initialize(new Session(context, runsIn));

    private sealed class Session(AnalysisContext inner, IReadOnlySet<SyntaxTree> runsIn) : OperationOnlyAnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(start => action(new Start(start, runsIn)));
    }

    private sealed class Start(CompilationStartAnalysisContext inner, IReadOnlySet<SyntaxTree> runsIn)
        : OperationOnlyCompilationStartContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(
                context =>
                {
                    if (runsIn.Contains(context.Operation.Syntax.SyntaxTree))
                    {
                        action(context);
                    }
                },
                operationKinds);
    }
}
#pragma warning restore RS1025, RS1026, RS1012
