// Static extension methods on FluentFTP's FtpReply and FtpCommandException that a sync tool uses to interpret string reply codes.
using System;
using System.Globalization;
using FluentFTP;
using FluentFTP.Exceptions;

namespace HeldOut.FluentReplyExtensions1
{
    public static class FtpReplyExtensions
    {
        public static bool IsFileUnavailable(this FtpReply reply) => reply.Code == [|"550"|];

        public static bool IsNotLoggedIn(this FtpReply reply) => reply.Code.Equals([|"530"|], StringComparison.Ordinal);

        public static bool IsBusy(this FtpReply reply) => reply.Code is [|"450"|] or [|"421"|];

        public static bool IsTransferComplete(this FtpReply reply) =>
            int.Parse(reply.Code, CultureInfo.InvariantCulture) == [|226|];

        public static bool IsPathCreated(this FtpReply r) => r.Code.Equals([|"257"|]);

        public static bool IsQuotaExceeded(this FtpCommandException ex) =>
            ex.CompletionCode == [|"552"|] || ex.CompletionCode == [|"452"|];

        public static string Describe(this FtpReply r)
        {
            switch (r.Code)
            {
                case [|"331"|]:
                    return "password required";
                case [|"332"|]:
                    return "account required";
                case [|"350"|]:
                    return "pending further information";
                case [|"500"|]:
                case [|"501"|]:
                    return "syntax error";
                case [|"502"|]:
                case [|"504"|]:
                    return "not implemented";
                default:
                    return r.Message;
            }
        }

        public static long? ParseSize(this FtpReply r)
        {
            if (r.Code != [|"213"|])
            {
                return null;
            }

            return long.TryParse(r.Message.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
    }

    public static class SyncDecisions
    {
        public static bool ShouldRetry(FtpReply reply, int attempt, int maxAttempts)
        {
            if (attempt >= maxAttempts)
            {
                return false;
            }

            return reply.IsBusy() || reply.Code == [|"425"|] || reply.Code == [|"426"|];
        }

        public static bool ShouldSkip(FtpCommandException ex) => ex.IsQuotaExceeded() || ex.CompletionCode == [|"553"|];
    }
}
