using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The floor: registers exactly what <c>MagicReplyCodeAnalyzer</c> registers (concurrent execution, no generated
/// code, one compilation-start action that registers one operation action on literals) and returns at once. What the
/// driver charges this analyzer per literal is what any analyzer of this shape pays before doing anything.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyBaselineAnalyzer : DiagnosticAnalyzer
{
    // Enabled by default like FTP0001: the driver skips analyzers whose every diagnostic is off.
    private static readonly DiagnosticDescriptor NeverReported = new(
        "BASE0001",
        "Empty baseline",
        "Never reported",
        "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeverReported];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => start.RegisterOperationAction(static _ => { }, OperationKind.Literal));
    }
}
