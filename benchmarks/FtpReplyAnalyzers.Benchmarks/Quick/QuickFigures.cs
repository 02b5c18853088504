namespace FtpReplyAnalyzers.Benchmarks.Quick;

/// <summary>The figures the quick mode prints, in order (benchmarks/README.md defines each one).</summary>
internal static class QuickFigures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "share_of_compile_percent",
        "ratio_vs_peer",
        "ide_edit_ratio_vs_empty",
        "ide_edit_extra_growth_4x",
        "growth_4x",
        "fixall_growth_4x",
        "ratio_vs_reads_floor",
    ];

    public static IReadOnlyList<(string Name, double Value)> Of(QuickMeasurements m)
    {
        var (small, large) = (m.Small, m.Large);
        double[] values =
        [
            100 * m.OursMs(large) / m.CompileMs,
            m.OursMs(large) / m.PeerMs(large),
            EditRatio(m, large),
            EditExtraMs(m, large) / EditExtraMs(m, small),
            m.OursMs(large) / m.OursMs(small),
            m.FixAllMs(large) / m.FixAllMs(small),
            m.OursMs(large) / m.ReadingBaselineMs(large),
        ];
        return [.. Names.Zip(values)];
    }

    /// <summary>The median, over the edits, of ours over the mirrors for the same edit.</summary>
    public static double EditRatio(QuickMeasurements m, Corpus.BenchmarkCorpus corpus) => Statistics.Median(m.Edits[corpus].Select(e => e.Ratio));

    /// <summary>The median, over the edits, of our milliseconds beyond the mirrors' for the same edit.</summary>
    public static double EditExtraMs(QuickMeasurements m, Corpus.BenchmarkCorpus corpus) => Statistics.Median(m.Edits[corpus].Select(e => e.ExtraMs));
}
