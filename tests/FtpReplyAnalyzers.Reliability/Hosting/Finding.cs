namespace FtpReplyAnalyzers.Reliability.Hosting;

/// <summary>The kinds of defect the harnesses count; each is one field of the summary line.</summary>
public enum FindingKind
{
    /// <summary>The analyzer or the fix threw (AD0001 for users), or did not finish in time.</summary>
    Crash,

    /// <summary>The fixed code has an error or warning the original did not have.</summary>
    FixCompileRegression,

    /// <summary>The fixed program computes something else for some input.</summary>
    BehaviourMismatch,

    /// <summary>A second Fix All changed the already fixed code.</summary>
    NonIdempotent,

    /// <summary>
    /// The Roslyn host threw with no frame of this package on the stack (Roslyn 4.8 builds some operation trees of
    /// broken code with an exception). Counted and shown apart: nothing in this repository can fix it.
    /// </summary>
    HostFailure,
}

/// <summary>One defect, with the source that shows it, so that it can be reproduced and fixed at its root.</summary>
public sealed record Finding(FindingKind Kind, string Origin, string Detail, string Source)
{
    public override string ToString() =>
        $"{Kind} in {Origin}: {Detail}{Environment.NewLine}--- source ---{Environment.NewLine}{Source}{Environment.NewLine}--- end ---";
}
