using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The floor: registers exactly what one of our rules registers (concurrent execution, the same generated-code flags,
/// one compilation-start action that registers the rule's operation actions on the same operation kinds) and returns at
/// once. What the driver charges this analyzer per operation is what any analyzer of that shape pays before doing
/// anything. <see cref="MirrorOf"/> reads a rule's registrations by running its Initialize against recording contexts.
/// <see cref="ReadingMirrorOf"/> is the same mirror that also reads each literal's constant value, the one fact no rule
/// about literals can skip: the floor of <c>ratio_vs_reads_floor</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyBaselineAnalyzer : DiagnosticAnalyzer
{
    // Enabled by default like our rules: the driver skips analyzers whose every diagnostic is off.
    private static readonly DiagnosticDescriptor NeverReported =
        new("BASE0001", "Empty baseline", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private readonly ImmutableArray<ImmutableArray<OperationKind>> registrations;
    private readonly GeneratedCodeAnalysisFlags generatedCode;
    private readonly bool readsLiterals;

    // Where a reading mirror puts what it read, so that the read cannot be left out.
    private static bool lastHadValue;

    private EmptyBaselineAnalyzer(ImmutableArray<ImmutableArray<OperationKind>> registrations, GeneratedCodeAnalysisFlags generatedCode, bool readsLiterals)
    {
        this.registrations = registrations;
        this.generatedCode = generatedCode;
        this.readsLiterals = readsLiterals;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeverReported];

    /// <summary>An empty analyzer with the same operation actions as <paramref name="rule"/>.</summary>
    public static EmptyBaselineAnalyzer MirrorOf(DiagnosticAnalyzer rule) => Mirror(rule, readsLiterals: false);

    /// <summary>The mirror of <paramref name="rule"/> that reads the constant value of each literal it is given, and nothing else.</summary>
    public static EmptyBaselineAnalyzer ReadingMirrorOf(DiagnosticAnalyzer rule) => Mirror(rule, readsLiterals: true);

    private static EmptyBaselineAnalyzer Mirror(DiagnosticAnalyzer rule, bool readsLiterals)
    {
        var (kinds, generatedCode) = RegistrationRecorder.Record(rule);
        return new EmptyBaselineAnalyzer(kinds, generatedCode, readsLiterals);
    }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(generatedCode);
        var kinds = registrations;
        Action<OperationAnalysisContext> callback = readsLiterals ? ReadLiteral : static _ => { };
        context.RegisterCompilationStartAction(start =>
        {
            foreach (var registration in kinds)
            {
                start.RegisterOperationAction(callback, registration);
            }
        });
    }

    private static void ReadLiteral(OperationAnalysisContext context)
    {
        if (context.Operation.Kind == OperationKind.Literal)
        {
            lastHadValue = context.Operation.ConstantValue.HasValue;
        }
    }
}
