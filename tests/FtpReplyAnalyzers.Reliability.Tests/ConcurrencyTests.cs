using System.Collections.Immutable;
using FtpReplyAnalyzers.Reliability.Hosting;
using FtpReplyAnalyzers.Reliability.Mutation;
using FtpReplyAnalyzers.Reliability.Stress;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FtpReplyAnalyzers.Reliability.Tests;

/// <summary>
/// Concurrency: the corpus analysed as one project with the host's concurrent execution, again and again, gives the
/// same diagnostics as one sequential run, with fresh analyzer instances and with one instance shared by several
/// compilations at once (as an IDE shares it between projects). Shared mutable state would show as a difference.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly Lazy<Compilation> Corpus = new(() => StressAnalysis.Compile(
        SeedSources.FromRepository()
            .Where(s => s.Name.StartsWith("Corpus/", StringComparison.Ordinal) || s.Name.StartsWith("StandIns/", StringComparison.Ordinal))
            .Select(s => (s.Name, s.Text))));

    [Fact]
    public async Task Concurrent_analysis_of_many_files_gives_the_same_diagnostics_every_time()
    {
        var sequential = await StressAnalysis.AnalyzeAsync(Corpus.Value, concurrent: false, CancellationToken.None, FreshAnalyzers());
        Assert.Empty(sequential.Failures);
        Assert.True(sequential.Diagnostics.Length > 700, "the corpus holds hundreds of reply codes");

        for (var run = 0; run < 6; run++)
        {
            var analyzers = run % 2 == 0 ? FreshAnalyzers() : FixHost.Analyzers;
            var concurrent = await StressAnalysis.AnalyzeAsync(Corpus.Value, concurrent: true, CancellationToken.None, analyzers);
            Assert.Empty(concurrent.Failures);
            AssertSame(sequential.Diagnostics, concurrent.Diagnostics, $"run {run}");
        }
    }

    [Fact]
    public async Task Compilations_analysed_at_once_with_one_shared_analyzer_agree_with_one_at_a_time()
    {
        var shared = FreshAnalyzers();
        var projects = Enumerable.Range(0, 4)
            .Select(i => Corpus.Value.RemoveSyntaxTrees(Corpus.Value.SyntaxTrees.Where((_, index) => index % 4 != i && !IsStandIn(Corpus.Value.SyntaxTrees.ElementAt(index)))))
            .ToArray();
        var alone = new ImmutableArray<string>[projects.Length];
        for (var i = 0; i < projects.Length; i++)
        {
            alone[i] = (await StressAnalysis.AnalyzeAsync(projects[i], concurrent: false, CancellationToken.None, FreshAnalyzers())).Diagnostics;
        }

        for (var round = 0; round < 2; round++)
        {
            var together = await Task.WhenAll(projects.Select(p => Task.Run(() => StressAnalysis.AnalyzeAsync(p, concurrent: true, CancellationToken.None, shared))));
            for (var i = 0; i < projects.Length; i++)
            {
                Assert.Empty(together[i].Failures);
                AssertSame(alone[i], together[i].Diagnostics, $"project {i}, round {round}");
            }
        }
    }

    private static void AssertSame(ImmutableArray<string> expected, ImmutableArray<string> actual, string which)
    {
        var missing = expected.Except(actual).Take(3).ToList();
        var extra = actual.Except(expected).Take(3).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{which}: {expected.Length} diagnostics expected, {actual.Length} reported; missing: {string.Join(" | ", missing)}; extra: {string.Join(" | ", extra)}");
    }

    private static bool IsStandIn(SyntaxTree tree) => tree.FilePath.StartsWith("StandIns/", StringComparison.Ordinal);

    private static ImmutableArray<DiagnosticAnalyzer> FreshAnalyzers() =>
        FixHost.Analyzers.Select(a => (DiagnosticAnalyzer)Activator.CreateInstance(a.GetType())!).ToImmutableArray();
}
