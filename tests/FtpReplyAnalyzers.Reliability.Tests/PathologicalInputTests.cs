using FtpReplyAnalyzers.Reliability.Stress;
using Xunit;
using Xunit.Abstractions;

namespace FtpReplyAnalyzers.Reliability.Tests;

/// <summary>
/// Pathological input: the analyzers finish, on the host's own threads (no big stack lent), without an exception.
/// The bounds are minutes, far above the seconds these take: they catch a hang or quadratic blow-up, not jitter.
/// Times are written to the test output.
/// </summary>
public sealed class PathologicalInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Ten_thousand_term_or_chain_of_comparisons() =>
        await AnalyzeAsync("or-chain", PathologicalInputs.OrChain(10_000), expectedFtp0001: 10_000);

    [Fact]
    public async Task Ten_thousand_class_checks_in_one_chain() =>
        await AnalyzeAsync("class-check chain", PathologicalInputs.ClassCheckChain(10_000), expectedFtp0001: 0, expectedFtp0003: 10_000);

    [Fact]
    public async Task Five_megabyte_file() =>
        await AnalyzeAsync("5 MB", PathologicalInputs.LargeFile(5 * 1024 * 1024), expectedFtp0001: null);

    [Fact]
    // 1,000 comparisons and a 99,000-element table FtpReplyTable.Codes: a list of codes held by an FTP type, every
    // element reported (the list is judged once, not once per element).
    public async Task Hundred_thousand_reply_code_literals() =>
        await AnalyzeAsync("100,000 literals", PathologicalInputs.ManyLiterals(100_000), expectedFtp0001: 100_000);

    [Fact]
    public async Task Deeply_nested_switch_expressions() =>
        await AnalyzeAsync("nested switches", PathologicalInputs.NestedSwitches(250), expectedFtp0001: null);

    private async Task AnalyzeAsync(string name, string source, int? expectedFtp0001, int? expectedFtp0003 = null)
    {
        using var cancellation = new CancellationTokenSource(Bound);
        var compilation = StressAnalysis.Compile([("Pathological.cs", source)]);
        var outcome = await StressAnalysis.AnalyzeAsync(compilation, concurrent: true, cancellation.Token);
        output.WriteLine($"{name}: {source.Length:N0} characters, {outcome.Diagnostics.Length} diagnostics in {outcome.Elapsed.TotalSeconds:F1} s");

        Assert.Empty(outcome.Failures);
        var ftp0001 = outcome.Diagnostics.Count(d => d.StartsWith("FTP0001 ", StringComparison.Ordinal));
        if (expectedFtp0003 is { } classChecks)
        {
            Assert.Equal(classChecks, outcome.Diagnostics.Count(d => d.StartsWith("FTP0003 ", StringComparison.Ordinal)));
        }

        if (expectedFtp0001 is { } expected)
        {
            Assert.Equal(expected, ftp0001);
        }
        else
        {
            Assert.True(ftp0001 > 0, "the input holds reply-code sites");
        }
    }
}
