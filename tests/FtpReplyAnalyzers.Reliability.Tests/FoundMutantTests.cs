using FtpReplyAnalyzers.Reliability.Hosting;
using FtpReplyAnalyzers.Reliability.Mutation;
using Xunit;

namespace FtpReplyAnalyzers.Reliability.Tests;

/// <summary>
/// Broken code the long run found a fix mishandling (reduced where that still shows it), kept as sources (mutant numbers
/// name other mutants once the repository's test sources change). Each one failed before its fix; the round trip
/// must now find nothing: no new compiler error after a fix or Fix All, and nothing left for a second Fix All.
/// </summary>
public sealed class FoundMutantTests
{
    public static TheoryData<string, bool, string> Sources => new()
    {
        // Seed 11, mutant 1692 on fa03861: Fix All of a reply-code cast and reply text in one expression, in a file broken
        // elsewhere, left global::FtpReplyAnalyzers.FtpReplyCodes.ToCodeString(...) unsimplified inside the interpolation
        // hole the reply-text fix writes (CS0103 'global'). That hole's expression is parenthesised for the clean-up.
        {
            "reply text fixed into an interpolation hole",
            true,
            """
            using System;
            using System.Net;
            using FtpReplyAnalyzers;
            using FtpReplyCode = FtpReplyAnalyzers.FtpReplyCode;

            namespace Probes;

            public sealed class FtpResponse
            {
                public FtpResponse(int code, string message)
                {
                    Code = code;
                    Message = message;
                }

                public int Code { get; set; }

                public string Message { get; }

                public static FtpResponse Reply(int code, string message) => new FtpResponse(code, message);
            }

            public sealed class FtpReply
            {
                public FtpReply(string code) => Code = code;

                public string Code { get; set; }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class FtpExpectsAttribute : Attribute
            {
                public FtpExpectsAttribute(string code) => Code = code;

                public string Code { get; }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class FtpExpectsCodeAttribute : Attribute
            {
                public FtpExpectsCodeAttribute(int code) => Code = code;

                public int Code { get; }
            }

            public static class FtpProbe
            {
                private static int Status(int value) => value;

                public static object? Probe0(int replyCode) => replyCode > 400 ? (FtpStatusCode?)550 : $"110 Sent {replyCode} bytes\r\n";

                public static object? Probe1(int replyCode) => replyCode > 0 ? (FtpStatusCode)332 : (FtpStatusCode)335;

                public static object? Probe2(int replyCode) => $"{(536 != int?)(replyCode < 0 ? null : (FtpStatusCode?)replyCode))} for {replyCode}";
            }
            """
        },

        // Seed 11, mutant 1736 on a18adf8: a comparison inside an interpolation hole, in a method that does not bind
        // (`code` used before its declaration), so the clean-up left global::...FtpReplyCode in the hole, where "::"
        // starts a format clause (CS0103 'global'). Fixes now parenthesise what they write inside a hole.
        {
            "comparison in an interpolation hole",
            true,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using FluentFTP;

            public static class FtpHealthProbe
            {
                public static async Task<bool> ProbeAsync(AsyncFtpClient client, CancellationToken ct)
                {
                    FtpReply feat = await client.Execute($"{code == 550}", ct);
                    FtpReply noop = await client.Execute("NOOP", ct);
                    int code = int.Parse(noop.Code);
                    return code == 200;
                }
            }
            """
        },

        // Seed 11, mutant 2373: a class check in a const initialiser, reported because the constant it reads is broken;
        // the helper call does not compile there (CS0133). No FTP0003 fix where a constant is needed.
        {
            "class check in a const initialiser",
            false,
            """
            class FtpSession
            {
                const int LastReplyCode = $"{code == 550}";
                const bool Transient = LastReplyCode >= 400 && LastReplyCode < 500;
            }
            """
        },

        // Seed 11, mutant 3765: `(int)(FtpStatusCode)550 == 421` got its 421 fixed only by a second Fix All, once the cast
        // had become (int)FtpStatusCode.ActionNotTakenFileUnavailable. A cast to a reply-code enum under an int cast now
        // says FTP before the fix as it does after.
        {
            "reply-code cast under an int cast",
            true,
            """
            using System.Net;

            static class FtpReplies
            {
                public static bool Retry(int replyCode) => (int)(FtpStatusCode)550 == 421 || 425 == replyCode;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Round_trip_finds_nothing(string name, bool fixable, string source)
    {
        var roundTrip = await FixRoundTrip.RunAsync(MutantHarness.CreateHost(), source, name, checkSingleFixCompiles: true, TimeSpan.FromMinutes(3));

        var ours = roundTrip.Findings.Where(f => f.Kind != FindingKind.HostFailure).ToList();
        Assert.True(ours.Count == 0, string.Join(Environment.NewLine, ours));
        Assert.True(roundTrip.Diagnostics > 0, "the code should still be reported");
        Assert.True(fixable ? roundTrip.FixesApplied > 0 : roundTrip.FixesApplied == 0, $"{roundTrip.FixesApplied} fixes applied");
    }
}
