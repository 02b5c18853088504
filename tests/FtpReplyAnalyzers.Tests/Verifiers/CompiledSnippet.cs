using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// A small C# source compiled the way the rules see user code (.NET 8 reference pack, the bundled library, C# 12), with
/// one span marked <c>[|...|]</c>: the tests of the context model's parts ask it for the operation or symbol there.
/// </summary>
internal sealed class CompiledSnippet
{
    private CompiledSnippet(CSharpCompilation compilation, TextSpan? marked)
    {
        Compilation = compilation;
        Tree = compilation.SyntaxTrees[0];
        Model = compilation.GetSemanticModel(Tree);
        Marked = marked;
    }

    public CSharpCompilation Compilation { get; }

    public SyntaxTree Tree { get; }

    public SemanticModel Model { get; }

    /// <summary>The span the source marked with <c>[|...|]</c>, if it marked one.</summary>
    public TextSpan? Marked { get; }

    /// <summary>
    /// Compiles <paramref name="source"/> (markup removed) with <paramref name="otherSources"/>, files of the same
    /// compilation that the snippet's <see cref="Tree"/> is not; a source that does not compile fails the test.
    /// </summary>
    public static async Task<CompiledSnippet> CompileAsync(string source, params string[] otherSources)
    {
        TextSpan? marked = null;
        var start = source.IndexOf("[|", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = source.IndexOf("|]", start, StringComparison.Ordinal);
            marked = new TextSpan(start, end - start - 2);
            source = source.Remove(end, 2).Remove(start, 2);
        }

        var compilation = CSharpCompilation.Create(
            "Snippet",
            new[] { source }.Concat(otherSources).Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12))),
            await TestReferences.AllAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the snippet does not compile: " + string.Join(Environment.NewLine, errors));
        return new CompiledSnippet(compilation, marked);
    }

    /// <summary>
    /// The operation of the marked expression, as the semantic model gives it (without what its use adds around it: the
    /// return of an expression-bodied member, a conversion to the member's type).
    /// </summary>
    public IOperation MarkedOperation()
    {
        Assert.True(Marked.HasValue, "the snippet marks no span");
        return OperationOf(Tree.GetRoot().FindNode(Marked!.Value, getInnermostNodeForTie: false));
    }

    /// <summary>The operation of <paramref name="node"/>, a node of the snippet, as the semantic model gives it.</summary>
    public IOperation OperationOf(SyntaxNode node)
    {
        var operation = Model.GetOperation(node);
        Assert.True(operation is not null, $"no operation at '{node}'");
        return operation!;
    }

    /// <summary>The marked expression's value, without the implicit conversion its use adds (to the member's return type).</summary>
    public IOperation MarkedValue()
    {
        var value = MarkedOperation();
        while (value is IConversionOperation { IsImplicit: true } conversion && conversion.Operand.Syntax == value.Syntax)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>The method, property or other member whose body holds <paramref name="operation"/>.</summary>
    public ISymbol ContainingSymbol(IOperation operation) =>
        Model.GetEnclosingSymbol(operation.Syntax.SpanStart) ?? throw new InvalidOperationException("no enclosing symbol");

    /// <summary>A type of the snippet (or of its references) by metadata name.</summary>
    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " is not declared");
}
