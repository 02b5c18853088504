using System.Collections.Immutable;
using System.Diagnostics;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Fix All for FTP0001 over a whole project, as the lightbulb's "Fix all occurrences in project" and
/// <c>dotnet format analyzers</c> run it: the fix-all provider computes the new solution, the code action's
/// clean-up (imports, simplification, formatting) runs, and the change is applied to the workspace.
/// </summary>
internal sealed class FixAllPass
{
    private readonly AdhocWorkspace workspace;
    private readonly Project project;
    private readonly ImmutableArray<Diagnostic> diagnostics;

    private FixAllPass(AdhocWorkspace workspace, Project project, ImmutableArray<Diagnostic> diagnostics)
    {
        this.workspace = workspace;
        this.project = project;
        this.diagnostics = diagnostics;
    }

    /// <summary>FTP0001 sites in the project, fixable or not (Fix All skips the ones without a fix).</summary>
    public int Sites => diagnostics.Length;

    /// <summary>
    /// A workspace holding the corpus as one project, and the FTP0001 diagnostics to fix. Finding them is analysis,
    /// measured elsewhere; it is done here, before the clock starts.
    /// </summary>
    public static async Task<FixAllPass> PrepareAsync(BenchmarkCorpus corpus)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(corpus.Name);
        var documents = corpus.Files.Select(file => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, file.Path),
            Path.GetFileName(file.Path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(file.Text), VersionStamp.Default, file.Path)),
            filePath: file.Path));
        var projectInfo = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            corpus.Name,
            "Corpus_" + corpus.Name,
            LanguageNames.CSharp,
            compilationOptions: corpus.CompilationOptions,
            parseOptions: BenchmarkCorpus.ParseOptions,
            documents: documents,
            metadataReferences: ReferenceAssemblies.All);
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Default, projects: [projectInfo]));
        var project = solution.GetProject(projectId)!;

        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        var found = await compilation.WithAnalyzers([new MagicReplyCodeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return new FixAllPass(workspace, project, found);
    }

    /// <summary>Computes and applies Fix All; returns the time it took and the number of documents it changed.</summary>
    public async Task<(TimeSpan Time, int ChangedDocuments)> RunAsync()
    {
        var fixer = new MagicReplyCodeFixProvider();
        var equivalenceKey = await EquivalenceKeyAsync(fixer);

        var clock = Stopwatch.StartNew();
        var context = new FixAllContext(
            project,
            fixer,
            FixAllScope.Project,
            equivalenceKey,
            fixer.FixableDiagnosticIds,
            new KnownDiagnostics(diagnostics),
            CancellationToken.None);
        var fix = await fixer.GetFixAllProvider()!.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered nothing");
        var operations = await fix.GetOperationsAsync(CancellationToken.None);
        var before = workspace.CurrentSolution;
        foreach (var operation in operations)
        {
            operation.Apply(workspace, CancellationToken.None);
        }

        clock.Stop();
        var changed = workspace.CurrentSolution.GetChanges(before).GetProjectChanges().Sum(p => p.GetChangedDocuments().Count());
        return (clock.Elapsed, changed);
    }

    /// <summary>
    /// After <see cref="RunAsync"/>: the compiler errors of the fixed project (a fix must keep the program compiling)
    /// and the FTP0001 sites left (those with no fix: string case labels and patterns).
    /// </summary>
    public async Task<(int Errors, int SitesLeft)> CheckAsync()
    {
        var compilation = await workspace.CurrentSolution.GetProject(project.Id)!.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var left = await compilation.WithAnalyzers([new MagicReplyCodeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return (errors, left.Length);
    }

    // The key the provider registers its fixes under, read from the provider rather than copied here.
    private async Task<string?> EquivalenceKeyAsync(CodeFixProvider fixer)
    {
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            CodeAction? registered = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => registered ??= action, CancellationToken.None));
            if (registered is not null)
            {
                return registered.EquivalenceKey;
            }
        }

        throw new InvalidOperationException("no FTP0001 site in the corpus has a fix");
    }

    /// <summary>Serves the diagnostics found before the clock started, as an IDE serves its cached ones.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        // Per tree, so that serving one document costs the same in a large project as in a small one.
        private readonly Dictionary<SyntaxTree, Diagnostic[]> byTree = diagnostics
            .Where(d => d.Location.SourceTree is not null)
            .GroupBy(d => d.Location.SourceTree!)
            .ToDictionary(g => g.Key, g => g.ToArray());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return tree is not null && byTree.TryGetValue(tree, out var found) ? found : [];
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
