using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Runs an analyzer's <c>Initialize</c> and its compilation-start actions against recording contexts, without a driver,
/// and keeps the operation actions they register with their operation kinds. Our rules register nothing else; any
/// other registration throws, so a new kind of action cannot go unmeasured silently.
/// </summary>
internal static class RegistrationRecorder
{
    public static IReadOnlyList<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions(
        DiagnosticAnalyzer analyzer,
        Compilation compilation,
        AnalyzerOptions options)
    {
        var session = new RecordingAnalysisContext();
        analyzer.Initialize(session);
        var start = new RecordingCompilationStartContext(compilation, options);
        foreach (var action in session.CompilationStartActions)
        {
            action(start);
        }

        return start.OperationActions;
    }

    /// <summary>What the analyzer's <c>Initialize</c> asks of the driver for generated code.</summary>
    public static GeneratedCodeAnalysisFlags GeneratedCodeFlags(DiagnosticAnalyzer analyzer)
    {
        var session = new RecordingAnalysisContext();
        analyzer.Initialize(session);
        return session.GeneratedCode;
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = [];

        // The driver's default when an analyzer does not say.
        public GeneratedCodeAnalysisFlags GeneratedCode { get; private set; } = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class RecordingCompilationStartContext(Compilation compilation, AnalyzerOptions options)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions { get; } = [];

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            OperationActions.Add((action, operationKinds));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private static NotSupportedException Unsupported() => new("our rules register operation actions only; nothing else is recorded");
}
