using System.Collections.Concurrent;
using System.Collections.Immutable;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Reliability.Hosting;

/// <summary>
/// Runs FTP0001 and its fix the way an IDE or <c>dotnet format</c> does, outside the Roslyn testing library: one
/// project in an <see cref="AdhocWorkspace"/> (so the fix's simplifier and import adder run for real), a subject
/// document whose text each harness swaps in, and optional companion documents (stand-ins for FluentFTP...).
/// Solutions are immutable snapshots, so one host serves many threads.
/// </summary>
public sealed class FixHost
{
    /// <summary>The language the harnesses parse: the newest the Roslyn floor (4.8) knows, C# 12.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Parse, preprocessorSymbols: ["DEBUG"]);

    /// <summary>The rule under test (the analyzer's RuleIdentifiers is internal to its assembly).</summary>
    public const string ReplyRuleId = "FTP0001";

    /// <summary>Every analyzer the package ships (found in the analyzer assembly), so that each is held to "never throws".</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(MagicReplyCodeAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();
    /// <summary>The rules with a fix, and their fixes: FTP0001's and FTP0003's.</summary>
    private static readonly IReadOnlyDictionary<string, CodeFixProvider> Providers = new Dictionary<string, CodeFixProvider>(StringComparer.Ordinal)
    {
        [ReplyRuleId] = new MagicReplyCodeFixProvider(),
        [ClassCheckRuleId] = new FtpReplyAnalyzers.FTP0003.ReplyClassCheckFixProvider(),
    };

    /// <summary>The reply-class rule, whose fix goes through the same round trip.</summary>
    public const string ClassCheckRuleId = "FTP0003";

    private readonly Solution baseSolution;
    private readonly DocumentId subjectId;

    public FixHost(IEnumerable<(string Name, string Text)>? companions = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "ReliabilitySubject",
            "ReliabilitySubject",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(
                outputKind,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                concurrentBuild: false),
            parseOptions: ParseOptions,
            metadataReferences: ReferenceSet.Net80AndBundledLibrary);
        var solution = workspace.CurrentSolution.AddProject(project);
        foreach (var (name, text) in companions ?? [])
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text));
        }

        subjectId = DocumentId.CreateNewId(projectId);
        baseSolution = solution.AddDocument(subjectId, "Subject.cs", SourceText.From(string.Empty));
    }

    /// <summary>The subject document holding <paramref name="source"/>, beside the companions.</summary>
    public Document Subject(string source) =>
        baseSolution.WithDocumentText(subjectId, SourceText.From(source)).GetDocument(subjectId)!;

    /// <summary>
    /// FTP0001's diagnostics in <paramref name="document"/> (the rule with a fix), and every failure of any of the
    /// package's analyzers: exceptions they threw (the host's AD0001) with their stack traces.
    /// </summary>
    public static async Task<Analysis> AnalyzeAsync(Document document, bool concurrent, CancellationToken cancellationToken)
    {
        var compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, diagnostic) => failures.Enqueue(exception.ToString()),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, options);
        var diagnostics = await withAnalyzers
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken)
            .ConfigureAwait(false);

        // An exception the callback saw is also an AD0001 diagnostic; report AD0001 only when the callback was silent.
        if (failures.IsEmpty)
        {
            foreach (var failure in diagnostics.Where(d => d.Id == "AD0001"))
            {
                failures.Enqueue(failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var replies = diagnostics
            .Where(d => Providers.ContainsKey(d.Id))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        return new Analysis(document, replies, [.. failures]);
    }

    /// <summary>The compiler's own diagnostics of the document (not the analyzer's), for before/after comparisons.</summary>
    public static async Task<ImmutableArray<Diagnostic>> CompilerDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        return model.GetDiagnostics(cancellationToken: cancellationToken);
    }

    /// <summary>The code actions the fix offers for one diagnostic, as the lightbulb asks for them.</summary>
    public static async Task<ImmutableArray<CodeAction>> ActionsForAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await Providers[diagnostic.Id].RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.ToImmutable();
    }

    /// <summary>
    /// Applies one code action as a host does: its operations (which run the simplifier and add the using), then
    /// the changed document's text. Returns the document after the change, or the same document when none.
    /// </summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var changed = document;
        foreach (var operation in operations.OfType<ApplyChangesOperation>())
        {
            changed = operation.ChangedSolution.GetDocument(document.Id) ?? changed;
        }

        // Realise the text: a fix that fails only when its result is rendered fails here, not later.
        _ = await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// Fix All in the document, through the provider's own Fix All provider (one equivalence key for every shape):
    /// the lightbulb's "Fix all occurrences in document" and <c>dotnet format analyzers</c>.
    /// </summary>
    public static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // Rule by rule, as a user running `dotnet format analyzers` once per rule: FTP0001 first, then FTP0003 on the
        // diagnostics of the document FTP0001's fix left (the first rule's rewrite moves the second's locations).
        var changed = await FixAllOfRuleAsync(document, [.. diagnostics.Where(d => d.Id == ReplyRuleId)], ReplyRuleId, cancellationToken).ConfigureAwait(false);
        var classChecks = diagnostics.Where(d => d.Id == ClassCheckRuleId).ToImmutableArray();
        if (changed != document && !classChecks.IsEmpty)
        {
            var again = await AnalyzeAsync(changed, concurrent: false, cancellationToken).ConfigureAwait(false);
            classChecks = [.. again.Diagnostics.Where(d => d.Id == ClassCheckRuleId)];
        }

        return await FixAllOfRuleAsync(changed, classChecks, ClassCheckRuleId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> FixAllOfRuleAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string ruleId, CancellationToken cancellationToken)
    {
        if (diagnostics.IsEmpty)
        {
            return document;
        }

        string? equivalenceKey = null;
        foreach (var diagnostic in diagnostics)
        {
            var actions = await ActionsForAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (!actions.IsEmpty)
            {
                equivalenceKey = actions[0].EquivalenceKey;
                break;
            }
        }

        if (equivalenceKey is null)
        {
            return document;
        }

        var provider = Providers[ruleId];
        var fixAllProvider = provider.GetFixAllProvider()!;
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new KnownDiagnostics(document, diagnostics),
            cancellationToken);
        var fixAll = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
        return fixAll is null ? document : await ApplyAsync(document, fixAll, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What one analysis found: FTP0001 and FTP0003 diagnostics (the rules with a fix) in source order, and analyzer failures.</summary>
    public sealed record Analysis(Document Document, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Failures);

    /// <summary>Fix All's view of the diagnostics: the ones already computed for the document.</summary>
    private sealed class KnownDiagnostics(Document document, ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document target, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(target.Id == document.Id ? diagnostics : []);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(project.Id == document.Project.Id ? diagnostics : []);
    }
}
