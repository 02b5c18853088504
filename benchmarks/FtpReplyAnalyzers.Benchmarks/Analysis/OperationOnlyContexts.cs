using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// An analysis context for our rules' <c>Initialize</c>, which register compilation-start actions and nothing else:
/// any other registration throws, so a new kind of action cannot go unnoticed by the benchmarks that stand in for the
/// driver (<see cref="RegistrationRecorder"/>, Investigations/FileFilteredAnalyzer.cs).
/// </summary>
internal abstract class OperationOnlyAnalysisContext : AnalysisContext
{
    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();

    internal static NotSupportedException Unsupported() => new("our rules register operation actions only; a new kind of action needs handling here");
}

/// <summary>A compilation-start context where only operation actions may be registered (see <see cref="OperationOnlyAnalysisContext"/>).</summary>
internal abstract class OperationOnlyCompilationStartContext(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    : CompilationStartAnalysisContext(compilation, options, cancellationToken)
{
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw OperationOnlyAnalysisContext.Unsupported();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw OperationOnlyAnalysisContext.Unsupported();
}
