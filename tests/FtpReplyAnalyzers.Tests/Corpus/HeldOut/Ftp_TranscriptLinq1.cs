// LINQ analysis of recorded FTP session transcripts: failed logins, rejected uploads, passive-mode trouble and transfer volume per client.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.FtpTranscriptLinq1
{
    public sealed record TranscriptEntry(DateTime At, string ClientIp, string Command, int ReplyCode, long Bytes);

    public sealed record ClientSummary(string ClientIp, int FailedLogins, int RejectedUploads, double FailedTransferPercent);

    public static class TranscriptAnalyzer
    {
        private static bool IsTransfer(TranscriptEntry e) =>
            e.Command.StartsWith("RETR", StringComparison.OrdinalIgnoreCase) ||
            e.Command.StartsWith("STOR", StringComparison.OrdinalIgnoreCase);

        public static IReadOnlyList<ClientSummary> Summarize(IEnumerable<TranscriptEntry> entries) =>
            entries
                .GroupBy(e => e.ClientIp)
                .Select(g => new ClientSummary(
                    g.Key,
                    g.Count(e => e.Command.StartsWith("PASS", StringComparison.OrdinalIgnoreCase) && e.ReplyCode == [|530|]),
                    g.Count(e => e.Command.StartsWith("STOR", StringComparison.OrdinalIgnoreCase) && (e.ReplyCode == [|553|] || e.ReplyCode == [|552|])),
                    100.0 * g.Count(e => IsTransfer(e) && e.ReplyCode != [|226|]) / Math.Max(1, g.Count(IsTransfer))))
                .OrderByDescending(s => s.FailedLogins)
                .Take(50)
                .ToList();

        public static IEnumerable<string> SuspectedBruteForce(IEnumerable<TranscriptEntry> entries, int threshold = 20) =>
            from e in entries
            where e.ReplyCode == [|530|] || e.ReplyCode == [|430|]
            group e by e.ClientIp into g
            where g.Count() > threshold
            select g.Key;

        public static bool ExtendedPassiveUnsupported(IEnumerable<TranscriptEntry> entries) =>
            entries.Where(e => e.Command == "EPSV")
                   .Any(e => e.ReplyCode is [|500|] or [|502|]);

        public static int DataConnectionFailures(IEnumerable<TranscriptEntry> entries) =>
            entries.Count(e => e.ReplyCode == [|425|]);

        public static long BytesTransferred(IEnumerable<TranscriptEntry> entries) =>
            entries.Where(e => e.ReplyCode.Equals([|226|])).Sum(e => e.Bytes);

        public static TranscriptEntry? LastDisconnect(IEnumerable<TranscriptEntry> entries) =>
            entries.LastOrDefault(e => e.ReplyCode == [|421|] || (e.Command == "QUIT" && e.ReplyCode == [|221|]));

        public static Dictionary<int, int> Histogram(IEnumerable<TranscriptEntry> entries) =>
            entries.GroupBy(e => e.ReplyCode).ToDictionary(g => g.Key, g => g.Count());
    }
}
