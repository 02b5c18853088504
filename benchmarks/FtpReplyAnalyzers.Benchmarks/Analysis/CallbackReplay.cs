using FtpReplyAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// An analyzer's literal callbacks, and nothing else: every literal of a corpus is bound once, then the analyzer's
/// compilation-start and operation actions are called on them directly, as the driver would, but without the
/// driver, the compiler or the telemetry around them. A profiler watching a replay sees only the analyzer's own
/// work, repeated as often as needed to sample it well; a full analysis spends over 98% of its time compiling.
/// </summary>
internal sealed class CallbackReplay
{
    private static readonly AnalyzerOptions NoOptions = new([]);

    private readonly Compilation compilation;
    private readonly List<(IOperation Literal, ISymbol Container)> literals;

    private CallbackReplay(Compilation compilation, List<(IOperation, ISymbol)> literals)
    {
        this.compilation = compilation;
        this.literals = literals;
    }

    public int LiteralCount => literals.Count;

    public static CallbackReplay Prepare(BenchmarkCorpus corpus)
    {
        var compilation = corpus.CreateCompilation();
        var literals = new List<(IOperation, ISymbol)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is LiteralExpressionSyntax && model.GetOperation(node) is { } literal && model.GetEnclosingSymbol(node.SpanStart) is { } container)
                {
                    literals.Add((literal, OperationBlockOwner(container)));
                }
            }
        }

        return new CallbackReplay(compilation, literals);
    }

    /// <summary>Runs the analyzer once over every literal, from its compilation-start action on; returns its reports.</summary>
    public int Run(DiagnosticAnalyzer analyzer)
    {
        // The literal actions only: the replay hands each one every literal of the corpus.
        var literalActions = RegistrationRecorder.OperationActions(analyzer, compilation, NoOptions)
            .Where(registration => registration.Kinds.Contains(OperationKind.Literal))
            .Select(registration => registration.Action)
            .ToList();

        var reported = 0;
        Action<Diagnostic> report = _ => reported++;
        Func<Diagnostic, bool> supported = static _ => true;
        foreach (var (literal, container) in literals)
        {
            // The one public constructor is marked obsolete because it gives no control flow graph; FTP0001 asks for none.
#pragma warning disable CS0618
            var context = new OperationAnalysisContext(literal, container, compilation, NoOptions, report, supported, CancellationToken.None);
#pragma warning restore CS0618
            foreach (var action in literalActions)
            {
                action(context);
            }
        }

        return reported;
    }

    // The driver hands an operation action the member whose body holds the operation, not a lambda or local function in it.
    private static ISymbol OperationBlockOwner(ISymbol symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && symbol.ContainingSymbol is { } outer)
        {
            symbol = outer;
        }

        return symbol;
    }
}
