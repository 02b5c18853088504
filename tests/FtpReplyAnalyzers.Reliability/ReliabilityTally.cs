using System.Collections.Concurrent;
using FtpReplyAnalyzers.Reliability.Hosting;

namespace FtpReplyAnalyzers.Reliability;

/// <summary>
/// The counts of a run, safe to add to from many threads. Each count is of inputs (mutants or snippets) that showed
/// that kind of defect at least once, so one broken input cannot inflate a count by its number of sites.
/// </summary>
public sealed class ReliabilityTally
{
    private readonly ConcurrentQueue<Finding> findings = new();
    private int mutants;
    private int snippets;
    private int invalidSnippets;
    private int changedSnippets;
    private int diagnostics;
    private int fixesApplied;
    private int crashes;
    private int fixCompileRegressions;
    private int behaviourMismatches;
    private int nonIdempotent;
    private int hostFailures;

    public int Mutants => mutants;

    public int Snippets => snippets;

    /// <summary>Snippets the generator wrote that do not compile: a defect of the harness, reported apart.</summary>
    public int InvalidSnippets => invalidSnippets;

    /// <summary>Snippets whose Fix All changed something: the behaviour check had something to check.</summary>
    public int ChangedSnippets => changedSnippets;

    public int Diagnostics => diagnostics;

    public int FixesApplied => fixesApplied;

    public int Crashes => crashes;

    public int FixCompileRegressions => fixCompileRegressions;

    public int BehaviourMismatches => behaviourMismatches;

    public int NonIdempotent => nonIdempotent;

    /// <summary>Inputs on which Roslyn itself threw, with no frame of ours (see <see cref="FindingKind.HostFailure"/>).</summary>
    public int HostFailures => hostFailures;

    /// <summary>Raised for each finding as it is added (from the thread that found it).</summary>
    public event Action<Finding>? FindingAdded;

    /// <summary>Every finding, with its source, in the order found.</summary>
    public IReadOnlyCollection<Finding> Findings => findings;

    /// <summary>Each mutant's trace (<see cref="FixRoundTrip.Result.Trace"/>), by mutant number.</summary>
    public ConcurrentDictionary<int, string> Traces { get; } = new();

    /// <summary>Invalid snippets' first compile errors, to fix the generator.</summary>
    public ConcurrentQueue<string> InvalidExamples { get; } = new();

    /// <summary>True when every defect count is 0 and every snippet compiled.</summary>
    public bool Clean => crashes == 0 && fixCompileRegressions == 0 && behaviourMismatches == 0 && nonIdempotent == 0 && invalidSnippets == 0;

    /// <summary>The one line a long run prints.</summary>
    public string SummaryLine =>
        $"mutants: {mutants}, crashes: {crashes}, fix_compile_regressions: {fixCompileRegressions}, behaviour_mismatches: {behaviourMismatches}, nonidempotent: {nonIdempotent}";

    /// <summary>What else the run covered, for the log.</summary>
    public string CoverageLine =>
        $"snippets: {snippets} ({changedSnippets} changed by Fix All, {invalidSnippets} invalid), diagnostics of rules with a fix (FTP0001, FTP0003): {diagnostics}, single fixes applied: {fixesApplied}, Roslyn host failures (no frame of ours): {hostFailures}";

    public void AddMutant(int diagnosticCount, int fixCount, IEnumerable<Finding> found)
    {
        Interlocked.Increment(ref mutants);
        Add(diagnosticCount, fixCount, found);
    }

    public void AddSnippet(int diagnosticCount, int fixCount, bool changed, IEnumerable<Finding> found, string? invalidReason)
    {
        Interlocked.Increment(ref snippets);
        if (changed)
        {
            Interlocked.Increment(ref changedSnippets);
        }

        if (invalidReason is not null)
        {
            Interlocked.Increment(ref invalidSnippets);
            InvalidExamples.Enqueue(invalidReason);
        }

        Add(diagnosticCount, fixCount, found);
    }

    private void Add(int diagnosticCount, int fixCount, IEnumerable<Finding> found)
    {
        Interlocked.Add(ref diagnostics, diagnosticCount);
        Interlocked.Add(ref fixesApplied, fixCount);
        var kinds = new HashSet<FindingKind>();
        foreach (var finding in found)
        {
            findings.Enqueue(finding);
            kinds.Add(finding.Kind);
            FindingAdded?.Invoke(finding);
        }

        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case FindingKind.Crash:
                    Interlocked.Increment(ref crashes);
                    break;
                case FindingKind.FixCompileRegression:
                    Interlocked.Increment(ref fixCompileRegressions);
                    break;
                case FindingKind.BehaviourMismatch:
                    Interlocked.Increment(ref behaviourMismatches);
                    break;
                case FindingKind.NonIdempotent:
                    Interlocked.Increment(ref nonIdempotent);
                    break;
                case FindingKind.HostFailure:
                    Interlocked.Increment(ref hostFailures);
                    break;
            }
        }
    }
}
