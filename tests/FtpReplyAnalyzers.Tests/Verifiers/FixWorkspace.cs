using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// Fixes run as an editor or <c>dotnet format</c> runs them, outside the testing library: a project in a workspace of
/// the test's own (C# 12, <see cref="TestReferences"/>), the first action a provider offers for a diagnostic, and the
/// document that action's operations produce (the clean-up included).
/// </summary>
internal static class FixWorkspace
{
    public static async Task<Project> CreateProjectAsync(AdhocWorkspace workspace, string name) =>
        workspace.CurrentSolution
            .AddProject(name, name, LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp12))
            .AddMetadataReferences(await TestReferences.AllAsync());

    /// <summary>The first action <paramref name="provider"/> offers for <paramref name="diagnostic"/>, or null.</summary>
    public static async Task<CodeAction?> FirstActionAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions.Count > 0 ? actions[0] : null;
    }

    /// <summary><paramref name="document"/> as <paramref name="action"/> leaves it.</summary>
    public static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
    }
}
