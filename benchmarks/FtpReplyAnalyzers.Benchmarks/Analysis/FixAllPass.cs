using System.Collections.Immutable;
using System.Diagnostics;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Fix All for FTP0001 over a whole project, as the lightbulb's "Fix all occurrences in project" and
/// <c>dotnet format analyzers</c> run it: the fix-all provider computes the new solution, the code action's
/// clean-up (imports, simplification, formatting) runs, and the change is applied to the workspace.
/// </summary>
internal sealed class FixAllPass
{
    private readonly ResettableWorkspace workspace;
    private readonly Solution original;
    private readonly ProjectId projectId;
    private readonly ImmutableArray<Diagnostic> diagnostics;

    // Held so that the snapshot's compilation stays warm between runs, whatever the workspace's caches decide.
    private readonly Compilation warmCompilation;

    private FixAllPass(ResettableWorkspace workspace, ProjectId projectId, Compilation warmCompilation, ImmutableArray<Diagnostic> diagnostics)
    {
        this.workspace = workspace;
        this.projectId = projectId;
        this.warmCompilation = warmCompilation;
        this.diagnostics = diagnostics;
        original = workspace.CurrentSolution;
    }

    /// <summary>FTP0001 sites in the project, fixable or not (Fix All skips the ones without a fix).</summary>
    public int Sites => diagnostics.Length;

    /// <summary>Lines of the project as prepared, before any fix.</summary>
    public int LineCount => warmCompilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count);

    /// <summary>
    /// A new workspace holding the corpus as one project, its compilation declared, and the FTP0001 diagnostics an
    /// analysis of the same files found, moved onto the workspace's documents (same file, same span, same
    /// properties). Finding them is analysis, measured elsewhere: nothing here is timed.
    /// </summary>
    public static async Task<FixAllPass> PrepareAsync(BenchmarkCorpus corpus, ImmutableArray<Diagnostic> found)
    {
        var workspace = new ResettableWorkspace();
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
        // As in an IDE that has just shown the diagnostics: the compilation exists and its declarations are bound.
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        _ = compilation.GetDeclarationDiagnostics();

        var trees = compilation.SyntaxTrees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
        ImmutableArray<Diagnostic> moved = [.. found.Select(d => MoveTo(d, trees[d.Location.SourceTree!.FilePath]))];
        return new FixAllPass(workspace, projectId, compilation, moved);
    }

    /// <summary>
    /// Computes and applies Fix All, from the prepared state (the workspace is put back to it first, so every run
    /// starts from the same warm compilation); returns the time it took and the number of documents it changed.
    /// </summary>
    public async Task<(TimeSpan Time, int ChangedDocuments)> RunAsync()
    {
        var project = workspace.Reset(original).GetProject(projectId)!;
        var fixer = new MagicReplyCodeFixProvider();
        var equivalenceKey = await EquivalenceKeyAsync(fixer, project);

        // With --without-collections, no collection inside the measurement either (see CollectionFreeRegion).
        using var region = CollectionFreeRegion.Enter(project.DocumentIds.Count);
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
    /// and, when asked, the FTP0001 sites left (those with no fix: string case labels and patterns).
    /// </summary>
    public async Task<(int Errors, int? SitesLeft)> CheckAsync(bool countSitesLeft)
    {
        var compilation = await workspace.CurrentSolution.GetProject(projectId)!.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (!countSitesLeft)
        {
            return (errors, null);
        }

        var left = await compilation.WithAnalyzers([new MagicReplyCodeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return (errors, left.Length);
    }

    // The same diagnostic on the same span of the workspace's own tree of the file. The fix reads the id, the
    // location and the properties; the message is kept as text (its arguments are not public).
    private static Diagnostic MoveTo(Diagnostic diagnostic, SyntaxTree tree)
    {
        var descriptor = diagnostic.Descriptor;
        var asText = new DiagnosticDescriptor(descriptor.Id, descriptor.Title, "{0}", descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault);
        return Diagnostic.Create(asText, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties, diagnostic.GetMessage());
    }

    // The key the provider registers its fixes under, read from the provider rather than copied here.
    private async Task<string?> EquivalenceKeyAsync(CodeFixProvider fixer, Project project)
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

    /// <summary>
    /// A workspace like <see cref="AdhocWorkspace"/> (which is sealed) that can also be put back to an earlier snapshot
    /// of itself, compilations and all.
    /// </summary>
    private sealed class ResettableWorkspace() : Workspace(MefHostServices.DefaultHost, "Benchmark")
    {
        public override bool CanApplyChange(ApplyChangesKind feature) => true;

        public Solution AddSolution(SolutionInfo solution)
        {
            OnSolutionAdded(solution);
            return CurrentSolution;
        }

        public Solution Reset(Solution snapshot) => SetCurrentSolution(snapshot);
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
