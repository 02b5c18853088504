// Models a modern FTP client's reply record with switch statements, switch expressions, property patterns and nested ternaries on Code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Blind.ReplyRecordPatterns1
{
    public sealed record FtpServerReply(int Code, IReadOnlyList<string> Lines)
    {
        public string Text => string.Join("\n", Lines);

        public bool IsMultiline => Lines.Count > 1;
    }

    public enum TransferOutcome
    {
        Completed,
        Reconnect,
        RetryOtherDataMode,
        QuotaExceeded,
        NotFound,
        Failed,
    }

    public static class FtpReplyInterpreter
    {
        public static TransferOutcome Classify(FtpServerReply reply)
        {
            switch (reply.Code)
            {
                case [|226|]:
                case [|250|]:
                    return TransferOutcome.Completed;
                case [|421|]:
                    return TransferOutcome.Reconnect;
                case [|425|]:
                case [|426|]:
                    return TransferOutcome.RetryOtherDataMode;
                case [|552|]:
                    return TransferOutcome.QuotaExceeded;
                case [|550|]:
                    return TransferOutcome.NotFound;
                default:
                    return TransferOutcome.Failed;
            }
        }

        public static string Describe(FtpServerReply reply) => reply.Code switch
        {
            [|425|] => "Can't open data connection.",
            [|426|] => "Connection closed; transfer aborted.",
            [|450|] => "File busy, try again later.",
            [|452|] => "Server is low on disk space.",
            [|530|] => "Not logged in.",
            [|550|] => "File unavailable.",
            [|553|] => "File name not allowed.",
            _ => reply.Text,
        };

        public static bool IsMissing(FtpServerReply reply) => reply is { Code: [|550|] };

        public static bool IsPassiveAnswer(FtpServerReply reply) => reply is { Code: [|227|] or [|229|], Lines.Count: 1 };

        public static string ShortLabel(FtpServerReply r) =>
            r.Code == [|226|] ? "done"
            : r.Code == [|550|] ? "missing"
            : r.Code == [|530|] ? "login"
            : r.Code == [|421|] ? "dropped"
            : "other";

        public static string? FeatureList(FtpServerReply reply)
        {
            if (reply is not { Code: [|211|], IsMultiline: true })
            {
                return null;
            }

            return string.Join(",", reply.Lines.Skip(1).Take(reply.Lines.Count - 2).Select(l => l.Trim()));
        }

        public static bool ShouldSendPassword(FtpServerReply afterUser) => afterUser.Code is [|331|] or [|332|];

        public static bool LoggedIn(FtpServerReply reply) => reply.Code != [|530|] && (reply.Code == [|230|] || reply.Code == [|202|]);

        public static string Summarize(IEnumerable<FtpServerReply> session)
        {
            var list = session.ToList();
            var last = list.LastOrDefault();
            return last switch
            {
                null => "no replies",
                { Code: [|221|] } => "clean logout after " + list.Count + " replies",
                { Code: [|421|] } => "server closed the session",
                _ => "session ended with " + last.Code,
            };
        }
    }
}
