using System.Collections.Immutable;
using System.Composition.Hosting;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// The package in an editor: diagnostics published by a real language server (csharp-ls, restored from the
/// repository's tool manifest), and the lightbulb as Visual Studio and Rider host it (MSBuildWorkspace loads the
/// project, MEF discovers the fix provider in the restored package, code actions are applied with their clean-up).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EditorTests(PackageFixture package)
{
    private static readonly string ProgramSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs.txt"));
    private static readonly string FixedSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.fixed.cs.txt"));

    [Fact]
    public async Task Language_server_publishes_FTP0001_at_the_literal_with_its_meaning()
    {
        var consumer = package.CreateConsumer("LspConsumer", ProgramSource);
        (await consumer.RunAsync("restore")).EnsureSuccess("dotnet restore");

        // The SDK records where a local tool was restored in a cache under the CLI home (~/.dotnet/toolResolverCache),
        // shared by every run on the machine, and a restore into another packages folder does not replace an entry that
        // points into an earlier run's packages folder, deleted since: `tool run` then asks for the restore that has just
        // succeeded. A CLI home of the consumer's own keeps the tool with this consumer's packages.
        var toolEnvironment = new Dictionary<string, string>(consumer.Environment)
        {
            ["DOTNET_CLI_HOME"] = Path.Combine(consumer.Folder, ".dotnet-home"),
            ["DOTNET_NOLOGO"] = "1",
        };
        (await DotnetCli.RunAsync(RepositoryFiles.Root, toolEnvironment, "tool", "restore")).EnsureSuccess("dotnet tool restore");

        var rootUri = new Uri(consumer.Folder + "/").AbsoluteUri.TrimEnd('/');
        var documentUri = new Uri(consumer.ProgramPath).AbsoluteUri;
        await using var server = LanguageServerClient.Start(
            RepositoryFiles.Root,
            toolEnvironment,
            parameters => new JsonArray((parameters?["items"]?.AsArray() ?? []).Select(_ => (JsonNode)new JsonObject { ["analyzersEnabled"] = true }).ToArray()),
            "dotnet", "tool", "run", "csharp-ls");

        var initialize = await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = consumer.Name }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject() },
            },
        });
        await server.WaitForAsync(m => m["id"]?.GetValue<int>() == initialize ? m : null, TimeSpan.FromMinutes(1));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = ProgramSource },
        });

        var published = await server.WaitForAsync(
            m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics"
                && m["params"]?["uri"]?.GetValue<string>() == documentUri
                && m["params"]!["diagnostics"]!.AsArray().Any(d => d?["code"]?.ToString() == "FTP0001")
                    ? m["params"]!["diagnostics"]!.AsArray()
                    : null,
            TimeSpan.FromMinutes(4));

        var ftp = published.Where(d => d?["code"]?.ToString() == "FTP0001").ToList();
        Assert.Equal(18, ftp.Count);

        // `replyCode == 421` on the Retry line: the range is exactly the literal.
        var lines = ProgramSource.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("Retry(int replyCode)", StringComparison.Ordinal));
        var character = lines[line].IndexOf("421", StringComparison.Ordinal);
        var retry = ftp.Single(d => d!["range"]!["start"]!["line"]!.GetValue<int>() == line && d["range"]!["start"]!["character"]!.GetValue<int>() == character)!;
        Assert.Equal(character + 3, retry["range"]!["end"]!["character"]!.GetValue<int>());
        Assert.Equal(
            "FTP reply 421 means \"service not available, closing control connection\" (transient negative: retry later): use FtpReplyCode.ServiceNotAvailable",
            retry["message"]!.GetValue<string>());
        Assert.Equal(2, retry["severity"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lightbulb_offers_the_fix_from_the_restored_package_and_Fix_All_matches_dotnet_format()
    {
        var consumer = package.CreateConsumer("IdeConsumer", ProgramSource);
        (await consumer.RunAsync("restore")).EnsureSuccess("dotnet restore");
        IdeHost.EnsureMSBuildRegistered();
        await IdeHost.VerifyLightbulbAsync(consumer, ProgramSource, FixedSource);
    }

    /// <summary>The IDE side, kept out of the test methods so that MSBuild is registered before its types load.</summary>
    private static class IdeHost
    {
        private static readonly Lazy<bool> Registered = new(() =>
        {
            Microsoft.Build.Locator.MSBuildLocator.RegisterDefaults();
            return true;
        });

        public static void EnsureMSBuildRegistered() => _ = Registered.Value;

        public static async Task VerifyLightbulbAsync(PackageFixture.Consumer consumer, string source, string expectedFixed)
        {
            var packagesFolder = consumer.Environment["NUGET_PACKAGES"];
            using var workspace = MSBuildWorkspace.Create(new Dictionary<string, string> { ["NuGetPackageRoot"] = packagesFolder + "/" });
            var project = await workspace.OpenProjectAsync(Path.Combine(consumer.Folder, consumer.Name + ".csproj"));

            // Our assemblies come from the package the consumer restored, not from this repository's build output.
            var ours = project.AnalyzerReferences.Where(r => Path.GetFileName(r.FullPath ?? "").StartsWith("FtpReplyAnalyzers.", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, ours.Count);
            Assert.All(ours, r => Assert.StartsWith(packagesFolder, r.FullPath, StringComparison.Ordinal));

            // MEF discovery, as a host does: every [ExportCodeFixProvider] in the package's analyzer folder.
            var fixAssembly = Assembly.LoadFrom(ours.Single(r => r.FullPath!.EndsWith("CodeFixes.dll", StringComparison.Ordinal)).FullPath!);
            using var container = new ContainerConfiguration().WithAssembly(fixAssembly).CreateContainer();
            // One fix per rule that has one (FTP0001, FTP0003, FTP0004, whose fix has no Fix All); this test drives FTP0001's.
            var providers = container.GetExports<CodeFixProvider>().ToList();
            Assert.Equal(["FTP0001", "FTP0003", "FTP0004"], providers.SelectMany(p => p.FixableDiagnosticIds).Order(StringComparer.Ordinal));
            Assert.Null(providers.Single(p => p.FixableDiagnosticIds.Contains("FTP0004")).GetFixAllProvider());
            var provider = providers.Single(p => p.FixableDiagnosticIds.Contains("FTP0001"));

            var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync())
                .Where(d => d.Id == "FTP0001")
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
            Assert.Equal(18, diagnostics.Length);

            var document = project.Documents.Single(d => d.Name == "Program.cs");
            var actions = new List<(Diagnostic Diagnostic, CodeAction Action)>();
            foreach (var diagnostic in diagnostics)
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add((diagnostic, action)), CancellationToken.None));
            }

            // Every site, the string case label included, gets exactly one action, titled with the member it writes.
            Assert.Equal(18, actions.Count);
            Assert.All(actions, a => Assert.Matches("^Use (FtpReplyCode|FtpStatusCode|FtpReplyCodeStrings)\\.[A-Za-z]+$", a.Action.Title));
            Assert.Single(actions.Select(a => a.Action.EquivalenceKey).Distinct());
            var retry = actions.First(a => a.Diagnostic.GetMessage().StartsWith("FTP reply 421", StringComparison.Ordinal));
            Assert.Equal("Use FtpReplyCode.ServiceNotAvailable", retry.Action.Title);

            // One action, applied with the host's clean-up (using added, name simplified): only that site changes.
            var oneFixed = await ApplyAsync(retry.Action, document);
            var expectedOne = source.Replace("using System.Net;\n", "using System.Net;\nusing FtpReplyAnalyzers;\n", StringComparison.Ordinal)
                .Replace("replyCode == 421 ||", "replyCode == (int)FtpReplyCode.ServiceNotAvailable ||", StringComparison.Ordinal);
            Assert.Equal(expectedOne, oneFixed);

            // Fix All in the document, through the provider's own FixAllProvider: the same text dotnet format writes.
            var fixAll = provider.GetFixAllProvider()!;
            var context = new FixAllContext(
                document,
                provider,
                FixAllScope.Document,
                retry.Action.EquivalenceKey,
                ["FTP0001"],
                new FixedDiagnostics(diagnostics),
                CancellationToken.None);
            var fixAllAction = await fixAll.GetFixAsync(context);
            Assert.NotNull(fixAllAction);
            Assert.Equal(expectedFixed, await ApplyAsync(fixAllAction, document));
        }

        private static async Task<string> ApplyAsync(CodeAction action, Document document)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        }

        private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
        {
            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>([]);
        }
    }
}
