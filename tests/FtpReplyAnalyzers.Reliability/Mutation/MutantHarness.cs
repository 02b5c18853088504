using FtpReplyAnalyzers.Reliability.Behaviour;
using FtpReplyAnalyzers.Reliability.Hosting;

namespace FtpReplyAnalyzers.Reliability.Mutation;

/// <summary>
/// Incomplete and broken code: each mutant is analysed, every offered fix is computed and applied, then Fix All,
/// the fixed code compiled again and fixed a second time (<see cref="FixRoundTrip"/>). Nothing may throw.
/// </summary>
public static class MutantHarness
{
    /// <summary>How many generated FTP snippets join the repository's sources as seeds.</summary>
    public const int GeneratedSeeds = 40;

    /// <summary>The seeds of a run: every source of the tests and the sample, and generated FTP code.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="root">The checkout whose tests and sample are read; this repository when null.</param>
    public static IReadOnlyList<SeedSource> Seeds(int seed, string? root = null) =>
        SeedSources.FromRepository(root)
            .Concat(Enumerable.Range(0, GeneratedSeeds).Select(i => new SeedSource($"generated/{seed}/{i}", SnippetGenerator.Generate(seed, i).Source)))
            .ToList();

    /// <summary>The host mutants run in: the corpus stand-ins beside them, so FluentFTP and MailKit code binds.</summary>
    /// <param name="root">The checkout whose stand-ins are used; this repository when null.</param>
    public static FixHost CreateHost(string? root = null) => new(SeedSources.StandIns(root).Select(s => (s.Name, s.Text)));

    /// <summary>Runs one mutant and adds what it shows to the tally.</summary>
    public static async Task RunOneAsync(FixHost host, Mutant mutant, ReliabilityTally tally, TimeSpan timeout)
    {
        var result = await FixRoundTrip.RunAsync(host, mutant.Text, mutant.Origin, checkSingleFixCompiles: false, timeout).ConfigureAwait(false);
        tally.AddMutant(result.Diagnostics, result.FixesApplied, result.Findings);
        tally.Traces[mutant.Number] = result.Trace;
    }
}
