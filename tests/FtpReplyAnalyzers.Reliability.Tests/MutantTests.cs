using FtpReplyAnalyzers.Reliability.Mutation;
using Xunit;

namespace FtpReplyAnalyzers.Reliability.Tests;

/// <summary>
/// Incomplete and broken code, as in an editor while typing: mutants of every source the tests and the sample use,
/// and of generated FTP code, through the analyzers and every offered fix. Nothing may throw, the fix may not add
/// errors, and a second Fix All must change nothing. The long run is the tool (README.md); this is its CI slice.
/// </summary>
public sealed class MutantTests
{
    private const int Mutants = 240;

    [Fact]
    public async Task Mutants_never_crash_the_analyzers_or_the_fix()
    {
        var seeds = MutantHarness.Seeds(seed: 1);
        var mutator = new Mutator(seeds, seed: 1);
        var host = MutantHarness.CreateHost();
        var tally = new ReliabilityTally();

        // Every seed source gets mutated at least once: the slice starts at mutant 0 and covers one round of seeds.
        var count = Math.Max(Mutants, seeds.Count);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (number, _) => await MutantHarness.RunOneAsync(host, mutator.Create(number), tally, TimeSpan.FromMinutes(3)));

        // Roslyn 4.8's own exceptions on some broken code (no frame of ours) are reported apart, not failures of this package.
        var ours = tally.Findings.Where(f => f.Kind != Hosting.FindingKind.HostFailure).ToList();
        Assert.True(ours.Count == 0, tally.SummaryLine + Environment.NewLine + string.Join(Environment.NewLine, ours.Take(3)));
        Assert.Equal(count, tally.Mutants);
        Assert.True(tally.Diagnostics > count, "the mutants should still hold many reply-code sites: " + tally.CoverageLine);
        Assert.True(tally.FixesApplied > count, "fixes should have been applied: " + tally.CoverageLine);
    }

    [Fact]
    public void Mutant_is_the_same_for_the_same_seed_and_number()
    {
        var seeds = MutantHarness.Seeds(seed: 3);
        var first = new Mutator(seeds, seed: 3);
        var second = new Mutator(MutantHarness.Seeds(seed: 3), seed: 3);
        foreach (var number in new[] { 0, 1, 17, 999, 12345 })
        {
            Assert.Equal(first.Create(number), second.Create(number));
        }

        Assert.NotEqual(first.Create(5).Text, new Mutator(seeds, seed: 4).Create(5).Text);
    }

    [Fact]
    public void Seeds_hold_the_corpus_the_test_snippets_the_sample_and_generated_code()
    {
        var names = MutantHarness.Seeds(seed: 1).Select(s => s.Name).ToList();
        Assert.True(names.Count(n => n.StartsWith("Corpus/", StringComparison.Ordinal)) >= 145, "every corpus case");
        Assert.Contains(names, n => n.StartsWith("StandIns/", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MagicReplyCodeFixTests.cs#", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("samples/", StringComparison.Ordinal));
        Assert.Equal(MutantHarness.GeneratedSeeds, names.Count(n => n.StartsWith("generated/", StringComparison.Ordinal)));
    }

    // --seeds-from: the mutants of a seed come from the files of the checkout they are read from, so two builds compared
    // on one checkout's files see the same mutants, and the fingerprint tells when the files differ.
    [Fact]
    public void Seeds_read_from_another_checkout_are_that_checkouts_and_the_fingerprint_tells_them_apart()
    {
        var checkout = Directory.CreateTempSubdirectory("ftp-seeds-");
        try
        {
            var tests = Path.Combine(checkout.FullName, "tests", "FtpReplyAnalyzers.Tests");
            foreach (var folder in new[] { "Cases", "HeldOut", "Blind", "StandIns" })
            {
                Directory.CreateDirectory(Path.Combine(tests, "Corpus", folder));
            }

            Directory.CreateDirectory(Path.Combine(checkout.FullName, "samples", "FtpClientSample"));
            File.WriteAllText(Path.Combine(tests, "Corpus", "Cases", "Ftp_One.cs"), "class A { bool B(int code) => code == [|550|]; }");
            File.WriteAllText(Path.Combine(tests, "Corpus", "StandIns", "FluentFtp.cs"), "namespace FluentFTP { public class FtpClient { } }");
            File.WriteAllText(Path.Combine(tests, "SomeTests.cs"), "class T { string S = \"\"\"\n class C { int X() => 421; }\n\"\"\"; }");
            File.WriteAllText(Path.Combine(checkout.FullName, "samples", "FtpClientSample", "Program.cs"), "class P { }");

            var fromCheckout = MutantHarness.Seeds(seed: 1, checkout.FullName);
            Assert.Equal(
                new[] { "Corpus/Cases/Ftp_One.cs", "StandIns/FluentFtp.cs", "SomeTests.cs#0", "samples/Program.cs" },
                fromCheckout.Select(s => s.Name).Where(n => !n.StartsWith("generated/", StringComparison.Ordinal)));
            Assert.Equal("class A { bool B(int code) => code == 550; }", fromCheckout[0].Text);
            Assert.Equal(new[] { "StandIns/FluentFtp.cs" }, SeedSources.StandIns(checkout.FullName).Select(s => s.Name));

            // Same files, same fingerprint and the same mutants; one file changed, another fingerprint.
            var again = MutantHarness.Seeds(seed: 1, checkout.FullName);
            Assert.Equal(SeedSources.Fingerprint(fromCheckout), SeedSources.Fingerprint(again));
            Assert.Equal(new Mutator(fromCheckout, seed: 1).Create(7), new Mutator(again, seed: 1).Create(7));
            Assert.NotEqual(SeedSources.Fingerprint(fromCheckout), SeedSources.Fingerprint(MutantHarness.Seeds(seed: 1)));
            File.AppendAllText(Path.Combine(tests, "Corpus", "Cases", "Ftp_One.cs"), "\n");
            Assert.NotEqual(SeedSources.Fingerprint(fromCheckout), SeedSources.Fingerprint(MutantHarness.Seeds(seed: 1, checkout.FullName)));
        }
        finally
        {
            checkout.Delete(recursive: true);
        }
    }
}
