using System.Runtime;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// With <c>--without-collections</c>: a measured pass with no garbage collection inside it, where the machine has the
/// memory for one. Off by default.
/// </summary>
/// <remarks>
/// A full analysis of the 4N corpus allocates about 900 MiB, nearly all of it the compiler's. The collector then runs
/// about ten times a pass, 100 to 300 ms each, and each pause is charged to whichever callback happened to allocate
/// the straw: the driver's telemetry put 113 ms on FTP0001 in one pass and 612 ms in the next, on the same code. Inside
/// a no-GC region (<see cref="GC.TryStartNoGCRegion(long)"/>) no pause lands anywhere, so repeated passes agree, which
/// is what comparing two versions of a rule needs. It is not the default because it distorts the large corpus: with
/// no compaction, the 4N pass's objects spread over 2 GiB and everything on 4N runs slower per line than on N (the
/// whole analysis grew 6.3 times for 4 times the code, the peer 7.6 times, against 4.3 and 3.4 with the collector).
/// A pass that outgrows the region gets its collections after all, and says so.
/// </remarks>
internal sealed class CollectionFreeRegion : IDisposable
{
    // About 0.75 MiB per generated file for a full analysis (0.9 GiB for 1,200 files), measured; twice that, plus room.
    private const long BytesPerFile = 3L << 19;
    private const long Floor = 256L << 20;

    // The runtime refuses a region larger than it can reserve; larger corpora simply run with collections.
    private const long Ceiling = 8L << 30;

    private readonly int collectionsBefore;

    private CollectionFreeRegion(bool entered)
    {
        Entered = entered;
        collectionsBefore = GC.CollectionCount(0);
    }

    /// <summary>True with <c>--without-collections</c>; otherwise every pass runs with the collector, as a build does.</summary>
    public static bool Enabled { get; set; }

    /// <summary>True when the pass began inside a no-GC region.</summary>
    public bool Entered { get; }

    /// <summary>Collections that happened since the region began (0 when it held).</summary>
    public int Collections => GC.CollectionCount(0) - collectionsBefore;

    /// <summary>Starts a region large enough for a pass over <paramref name="files"/> files, when the runtime grants it.</summary>
    public static CollectionFreeRegion Enter(int files)
    {
        if (!Enabled)
        {
            return new CollectionFreeRegion(entered: false);
        }

        return Start(Math.Min(Ceiling, Floor + (files * BytesPerFile)));
    }

    /// <summary>
    /// A region of <paramref name="size"/> bytes whether or not <c>--without-collections</c> was given: for a measurement
    /// small enough that a region distorts nothing (an editor's request), when the runtime grants it.
    /// </summary>
    public static CollectionFreeRegion Always(long size) => Start(size);

    private static CollectionFreeRegion Start(long size)
    {
        bool entered;
        try
        {
            // Starting the region performs one collection first, before the clock starts.
            entered = GC.TryStartNoGCRegion(size);
        }
        catch (ArgumentOutOfRangeException)
        {
            entered = false;
        }
        catch (InvalidOperationException)
        {
            // Already in a region (a caller forgot to dispose): measure with collections rather than fail.
            entered = false;
        }

        return new CollectionFreeRegion(entered);
    }

    public void Dispose()
    {
        // The region ends by itself when the pass outgrows it; ending it then would throw.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }
}
