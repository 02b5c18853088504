using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Runs an analyzer's <c>Initialize</c> and its compilation-start actions against recording contexts, without a driver
/// (on an empty compilation), and keeps what the empty baselines mirror: the operation kinds of each operation action,
/// and the generated-code flags. Our rules register nothing else; any other registration throws, so a new kind of
/// action cannot go unmeasured silently.
/// </summary>
internal static class RegistrationRecorder
{
    public static (ImmutableArray<ImmutableArray<OperationKind>> OperationActions, GeneratedCodeAnalysisFlags GeneratedCode) Record(DiagnosticAnalyzer analyzer)
    {
        var session = new RecordingAnalysisContext();
        analyzer.Initialize(session);
        var start = new RecordingCompilationStartContext(CSharpCompilation.Create("BaselineProbe"), new AnalyzerOptions([]));
        foreach (var action in session.CompilationStartActions)
        {
            action(start);
        }

        return ([.. start.OperationActions], session.GeneratedCode);
    }

    private sealed class RecordingAnalysisContext : OperationOnlyAnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = [];

        // The driver's default when an analyzer does not say.
        public GeneratedCodeAnalysisFlags GeneratedCode { get; private set; } = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);
    }

    private sealed class RecordingCompilationStartContext(Compilation compilation, AnalyzerOptions options)
        : OperationOnlyCompilationStartContext(compilation, options, CancellationToken.None)
    {
        public List<ImmutableArray<OperationKind>> OperationActions { get; } = [];

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            OperationActions.Add(operationKinds);
    }
}
