using System.Collections.Immutable;
using FtpReplyAnalyzers.Reliability.Hosting;

namespace FtpReplyAnalyzers.Reliability.Behaviour;

/// <summary>
/// Behaviour kept: a generated snippet is compiled and run over every input that matters, then fixed (Fix All, and
/// one site on its own), compiled and run again. The outcomes must be identical, the fixed code must compile with
/// no new error or warning, and a second Fix All must change nothing (<see cref="FixRoundTrip"/>).
/// </summary>
public static class BehaviourHarness
{
    /// <summary>What one snippet showed. <see cref="InvalidReason"/> is set when the generator wrote code that does not compile.</summary>
    public sealed record Result(int Diagnostics, int FixesApplied, bool Changed, ImmutableArray<Finding> Findings, string? InvalidReason);

    public static async Task<Result> CheckAsync(FixHost host, FtpSnippet snippet, string origin, TimeSpan timeout)
    {
        var roundTrip = await FixRoundTrip.RunAsync(host, snippet.Source, origin, checkSingleFixCompiles: true, timeout).ConfigureAwait(false);
        var findings = roundTrip.Findings.ToBuilder();
        using var cancellation = new CancellationTokenSource(timeout);
        var token = cancellation.Token;

        var (image, errors) = await ProbeRunner.EmitAsync(roundTrip.Original, token).ConfigureAwait(false);
        if (image is null)
        {
            return new Result(roundTrip.Diagnostics, roundTrip.FixesApplied, false, findings.ToImmutable(), errors);
        }

        var before = ProbeRunner.Run(image);
        var originalText = (await roundTrip.Original.GetTextAsync(token).ConfigureAwait(false)).ToString();
        var fixedText = (await roundTrip.Fixed.GetTextAsync(token).ConfigureAwait(false)).ToString();
        var changed = originalText != fixedText;

        await CompareAsync(roundTrip.Fixed, "Fix All").ConfigureAwait(false);

        // One site fixed on its own, as from the lightbulb: the middle diagnostic, so runs cover every position.
        try
        {
            var analysis = await FixHost.AnalyzeAsync(roundTrip.Original, concurrent: false, token).ConfigureAwait(false);
            if (!analysis.Diagnostics.IsEmpty)
            {
                var diagnostic = analysis.Diagnostics[analysis.Diagnostics.Length / 2];
                var actions = await FixHost.ActionsForAsync(roundTrip.Original, diagnostic, token).ConfigureAwait(false);
                if (!actions.IsEmpty)
                {
                    var single = await FixHost.ApplyAsync(roundTrip.Original, actions[0], token).ConfigureAwait(false);
                    await CompareAsync(single, $"'{actions[0].Title}' at {diagnostic.Location.GetLineSpan().StartLinePosition}").ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || token.IsCancellationRequested)
        {
            findings.Add(new Finding(FindingKind.Crash, origin, "single fix for the behaviour check threw: " + exception, snippet.Source));
        }

        return new Result(roundTrip.Diagnostics, roundTrip.FixesApplied, changed, findings.ToImmutable(), null);

        async Task CompareAsync(Microsoft.CodeAnalysis.Document candidate, string how)
        {
            var (fixedImage, fixedErrors) = await ProbeRunner.EmitAsync(candidate, token).ConfigureAwait(false);
            if (fixedImage is null)
            {
                // The round trip has counted the new errors already; only say so when it could not see them.
                if (!findings.Any(f => f.Kind == FindingKind.FixCompileRegression))
                {
                    findings.Add(new Finding(FindingKind.FixCompileRegression, origin, $"{how}: the fixed code does not emit: {fixedErrors}", snippet.Source));
                }

                return;
            }

            var difference = ProbeRunner.FirstDifference(before, ProbeRunner.Run(fixedImage));
            if (difference is not null)
            {
                var text = (await candidate.GetTextAsync(token).ConfigureAwait(false)).ToString();
                findings.Add(new Finding(
                    FindingKind.BehaviourMismatch,
                    origin,
                    $"{how}: {difference}{Environment.NewLine}--- fixed ---{Environment.NewLine}{text}",
                    snippet.Source));
            }
        }
    }
}
