using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    private static readonly DiagnosticDescriptor NeverReported = NeverReportedDescriptor("BASE0001", "Empty baseline");

    private readonly ImmutableArray<ImmutableArray<OperationKind>> registrations;
    private readonly GeneratedCodeAnalysisFlags generatedCode;

    /// <summary>The shape of FTP0001 alone: one action on literals.</summary>
    public EmptyBaselineAnalyzer()
        : this([[OperationKind.Literal]], GeneratedCodeAnalysisFlags.ReportDiagnostics)
    {
    }

    private EmptyBaselineAnalyzer(ImmutableArray<ImmutableArray<OperationKind>> registrations, GeneratedCodeAnalysisFlags generatedCode)
    {
        this.registrations = registrations;
        this.generatedCode = generatedCode;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeverReported];

    /// <summary>
    /// The descriptor of a benchmark analyzer that reports nothing, enabled by default like our rules: the driver skips
    /// analyzers whose every diagnostic is off.
    /// </summary>
    internal static DiagnosticDescriptor NeverReportedDescriptor(string id, string title) =>
        new(id, title, "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>An empty analyzer with the same operation actions as <paramref name="rule"/>.</summary>
    public static EmptyBaselineAnalyzer MirrorOf(DiagnosticAnalyzer rule)
    {
        var registrations = RegistrationRecorder.OperationActions(rule, CSharpCompilation.Create("BaselineProbe"), new AnalyzerOptions([]));
        return new EmptyBaselineAnalyzer([.. registrations.Select(registration => registration.Kinds)], RegistrationRecorder.GeneratedCodeFlags(rule));
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
