namespace FtpReplyAnalyzers.Benchmarks.Quick;

internal static class Statistics
{
    /// <summary>The median: one slow repetition (a GC, a neighbour's build) does not move it.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new InvalidOperationException("no values");
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double Median(IEnumerable<TimeSpan> values) => Median(values.Select(v => v.TotalMilliseconds));

    /// <summary>
    /// The fastest of repeated measurements of the same work: noise (a collection charged to the callback that happened
    /// to allocate, the scheduler) only ever adds time, so the fastest run is the steadiest measure of the work itself.
    /// </summary>
    public static double Fastest(IEnumerable<double> values) => values.Min();
}
