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
    private readonly IReadOnlyDictionary<SyntaxTree, ImmutableArray<Diagnostic>>? replay;
    private readonly bool readsValues;

    /// <summary>The shape of FTP0001 alone: one action on literals.</summary>
    public EmptyBaselineAnalyzer()
        : this([[OperationKind.Literal]], GeneratedCodeAnalysisFlags.ReportDiagnostics, [NeverReported], replay: null, readsValues: false)
    {
    }

    private EmptyBaselineAnalyzer(
        ImmutableArray<ImmutableArray<OperationKind>> registrations,
        GeneratedCodeAnalysisFlags generatedCode,
        ImmutableArray<DiagnosticDescriptor> supported,
        IReadOnlyDictionary<SyntaxTree, ImmutableArray<Diagnostic>>? replay,
        bool readsValues)
    {
        this.registrations = registrations;
        this.generatedCode = generatedCode;
        this.replay = replay;
        this.readsValues = readsValues;
        SupportedDiagnostics = supported;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The descriptor of a benchmark analyzer that reports nothing, enabled by default like our rules: the driver skips
    /// analyzers whose every diagnostic is off.
    /// </summary>
    internal static DiagnosticDescriptor NeverReportedDescriptor(string id, string title) =>
        new(id, title, "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>The kinds this baseline registers, one entry per operation action (for the details table).</summary>
    public string Shape => string.Join(" + ", registrations.Select(kinds => string.Join("|", kinds)));

    /// <summary>An empty analyzer with the same operation actions as <paramref name="rule"/>.</summary>
    public static EmptyBaselineAnalyzer MirrorOf(DiagnosticAnalyzer rule)
    {
        var registrations = RegistrationRecorder.OperationActions(rule, CSharpCompilation.Create("BaselineProbe"), new AnalyzerOptions([]));
        return new EmptyBaselineAnalyzer(
            [.. registrations.Select(registration => registration.Kinds)],
            RegistrationRecorder.GeneratedCodeFlags(rule),
            [NeverReported],
            replay: null,
            readsValues: false);
    }

    /// <summary>
    /// A reporting floor: this mirror, reporting the ids of <paramref name="supported"/> (its rule's), plus one
    /// syntax-tree action that reports again, unchanged, the diagnostics <paramref name="reported"/> holds for that tree
    /// (what the rule reported in an earlier pass over the same trees). With <paramref name="readsValues"/>, the
    /// operation actions also read the constant value of the operation they are given, the plain way for a rule that
    /// reacts to values (ours look at the literal's token first and read only the constants it does not turn away). It
    /// decides nothing and builds no diagnostic: what it costs beyond the empty mirror is the price of the reports (and
    /// of about one call per file), which any analyzer that reports the same sites pays whatever its detection costs, and
    /// of the reads.
    /// </summary>
    public EmptyBaselineAnalyzer ReportingFloor(ImmutableArray<DiagnosticDescriptor> supported, IEnumerable<Diagnostic> reported, bool readsValues)
    {
        var byTree = reported
            .Where(d => d.Location.SourceTree is not null)
            .GroupBy(d => d.Location.SourceTree!)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray());
        return new EmptyBaselineAnalyzer(registrations, generatedCode, supported, byTree, readsValues);
    }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(generatedCode);
        var kinds = registrations;
        var readsValues = this.readsValues;
        context.RegisterCompilationStartAction(start =>
        {
            foreach (var registration in kinds)
            {
                if (readsValues)
                {
                    start.RegisterOperationAction(static operation => _ = operation.Operation.ConstantValue.HasValue, registration);
                }
                else
                {
                    start.RegisterOperationAction(static _ => { }, registration);
                }
            }
        });

        if (replay is { } reports)
        {
            context.RegisterSyntaxTreeAction(tree =>
            {
                if (reports.TryGetValue(tree.Tree, out var diagnostics))
                {
                    foreach (var diagnostic in diagnostics)
                    {
                        tree.ReportDiagnostic(diagnostic);
                    }
                }
            });
        }
    }
}
