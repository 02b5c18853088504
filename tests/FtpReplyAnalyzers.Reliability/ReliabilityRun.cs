using System.Diagnostics;
using FtpReplyAnalyzers.Reliability.Behaviour;
using FtpReplyAnalyzers.Reliability.Hosting;
using FtpReplyAnalyzers.Reliability.Mutation;

namespace FtpReplyAnalyzers.Reliability;

/// <summary>What a run does: how many mutants and snippets, from which seed, within what time.</summary>
public sealed record ReliabilityOptions
{
    public int Mutants { get; init; } = 1000;

    public int Snippets { get; init; } = 200;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// The checkout whose tests and sample the mutants are made from (and whose stand-ins they bind against); this
    /// repository when null. Two builds compared on the same mutants read them from one checkout.
    /// </summary>
    public string? SeedRoot { get; init; }

    /// <summary>Stop starting new inputs after this long (the counts then cover what ran); null for no limit.</summary>
    public TimeSpan? Budget { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>One input that takes longer than this is counted as a crash (a hang for the user).</summary>
    public TimeSpan PerInputTimeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>Runs the mutant harness and the behaviour harness and tallies what they find.</summary>
public static class ReliabilityRun
{
    /// <param name="options">What to run.</param>
    /// <param name="log">Progress lines, and each finding in full the moment it is found (the first few of each kind).</param>
    /// <param name="showPerKind">How many findings of each kind to log in full.</param>
    public static async Task<ReliabilityTally> RunAsync(ReliabilityOptions options, Action<string>? log = null, int showPerKind = 5)
    {
        var tally = new ReliabilityTally();
        if (log is not null)
        {
            tally.FindingAdded += finding =>
            {
                if (tally.Findings.Count(f => f.Kind == finding.Kind) <= showPerKind)
                {
                    log(finding.ToString());
                }
            };
        }

        var clock = Stopwatch.StartNew();
        bool OutOfTime() => options.Budget is { } budget && clock.Elapsed > budget;

        // Split the budget: mutants first (the bulk), then snippets, each with its share so neither starves.
        var total = Math.Max(1, options.Mutants + (options.Snippets * 5));
        var mutantShare = options.Budget is { } all ? all * (options.Mutants / (double)total) : (TimeSpan?)null;

        var seeds = MutantHarness.Seeds(options.Seed, options.SeedRoot);
        log?.Invoke($"seeds: {seeds.Count} sources from {options.SeedRoot ?? SeedSources.RepositoryRoot}, fingerprint {SeedSources.Fingerprint(seeds)}");
        var mutator = new Mutator(seeds, options.Seed);
        var mutantHost = MutantHarness.CreateHost(options.SeedRoot);
        var progress = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Mutants),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            async (number, _) =>
            {
                if (OutOfTime() || (mutantShare is { } share && clock.Elapsed > share))
                {
                    return;
                }

                await MutantHarness.RunOneAsync(mutantHost, mutator.Create(number), tally, options.PerInputTimeout).ConfigureAwait(false);
                if (Interlocked.Increment(ref progress) % 500 == 0)
                {
                    log?.Invoke($"[{clock.Elapsed:hh\\:mm\\:ss}] {tally.SummaryLine}");
                }
            }).ConfigureAwait(false);

        var snippetHost = new FixHost();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Snippets),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            async (number, _) =>
            {
                if (OutOfTime())
                {
                    return;
                }

                var snippet = SnippetGenerator.Generate(options.Seed, 1_000_000 + number);
                var result = await BehaviourHarness.CheckAsync(snippetHost, snippet, $"snippet {number} (seed {options.Seed})", options.PerInputTimeout).ConfigureAwait(false);
                tally.AddSnippet(result.Diagnostics, result.FixesApplied, result.Changed, result.Findings, result.InvalidReason);
            }).ConfigureAwait(false);

        log?.Invoke($"[{clock.Elapsed:hh\\:mm\\:ss}] {tally.CoverageLine}");
        return tally;
    }
}
