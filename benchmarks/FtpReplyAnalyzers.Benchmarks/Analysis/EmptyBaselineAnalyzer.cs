using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The floor: registers exactly what one of our rules registers (concurrent execution, the same generated-code flags,
/// one compilation-start action that registers the rule's operation actions on the same operation kinds) and returns at
/// once. What the driver charges this analyzer per operation is what any analyzer of that shape pays before doing
/// anything. <see cref="MirrorOf"/> reads a rule's registrations by running its Initialize against recording contexts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyBaselineAnalyzer : DiagnosticAnalyzer
{
    // Enabled by default like our rules: the driver skips analyzers whose every diagnostic is off.
    private static readonly DiagnosticDescriptor NeverReported =
        new("BASE0001", "Empty baseline", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private readonly ImmutableArray<ImmutableArray<OperationKind>> registrations;
    private readonly GeneratedCodeAnalysisFlags generatedCode;

    private EmptyBaselineAnalyzer(ImmutableArray<ImmutableArray<OperationKind>> registrations, GeneratedCodeAnalysisFlags generatedCode)
    {
        this.registrations = registrations;
        this.generatedCode = generatedCode;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeverReported];

    /// <summary>An empty analyzer with the same operation actions as <paramref name="rule"/>.</summary>
    public static EmptyBaselineAnalyzer MirrorOf(DiagnosticAnalyzer rule)
    {
        var (kinds, generatedCode) = RegistrationRecorder.Record(rule);
        return new EmptyBaselineAnalyzer(kinds, generatedCode);
    }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(generatedCode);
        var kinds = registrations;
        context.RegisterCompilationStartAction(start =>
        {
            foreach (var registration in kinds)
            {
                start.RegisterOperationAction(static _ => { }, registration);
            }
        });
    }
}
