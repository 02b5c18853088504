// Models an FTP client library's reply record with extension helpers using property patterns and or/and/not combinators.
using System;
using System.Collections.Generic;

namespace Corpus.FtpReplyPatterns1
{
    public sealed record FtpServerReply(int Code, IReadOnlyList<string> Lines)
    {
        public string Text => string.Join("\n", Lines);
    }

    public static class FtpServerReplyExtensions
    {
        public static bool IsFileNotFound(this FtpServerReply reply) => reply is { Code: [|550|] };

        public static bool IsLoginRequired(this FtpServerReply reply) => reply.Code is [|530|] or [|332|];

        public static bool ClosesControlConnection(this FtpServerReply reply) => reply.Code is [|421|] or [|221|];

        public static bool IsRestartAccepted(this FtpServerReply reply) => reply.Code == [|350|];

        public static bool IsUnexpected(this FtpServerReply reply) =>
            reply.Code is not [|550|] and not [|226|] and not [|250|];

        public static void EnsureTransferComplete(this FtpServerReply reply)
        {
            if (reply is not { Code: [|226|] or [|250|] })
            {
                throw new InvalidOperationException($"Transfer not complete ({reply.Code}): {reply.Text}");
            }
        }

        public static string Summarize(this FtpServerReply reply)
        {
            string firstLine = reply.Lines.Count == 0 ? string.Empty : reply.Lines[0];
            if (firstLine.Length > 80)
            {
                firstLine = firstLine.Substring(0, 80) + "...";
            }

            return reply switch
            {
                { Code: [|230|] } => "logged in",
                { Code: [|227|] } or { Code: [|229|] } => "passive mode: " + firstLine,
                { Code: [|554|] } => "restart offset rejected",
                { Lines.Count: 0 } => "empty reply",
                _ => firstLine,
            };
        }
    }
}
