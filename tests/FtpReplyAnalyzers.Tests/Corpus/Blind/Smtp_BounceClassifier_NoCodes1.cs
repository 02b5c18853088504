// Models a newsletter bounce classifier: SMTP reply codes from System.Net.Mail exceptions and parsed DSN lines, in lambdas, switches and patterns.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Mail;

namespace Blind.BounceClassifier1
{
    public enum BounceKind
    {
        None,
        Soft,
        Hard,
        Policy,
        Unknown,
    }

    public sealed record DsnEntry(string Recipient, int SmtpCode, string EnhancedStatus, string Diagnostic);

    public static class BounceClassifier
    {
        public static BounceKind Classify(SmtpException ex)
        {
            if (ex is SmtpFailedRecipientException recipient && (int)recipient.StatusCode == 550)
            {
                return BounceKind.Hard;
            }

            switch ((int)ex.StatusCode)
            {
                case 421:
                case 450:
                case 451:
                case 452:
                    return BounceKind.Soft;
                case 550:
                case 551:
                case 553:
                    return BounceKind.Hard;
                case 530:
                case 554:
                    return BounceKind.Policy;
                default:
                    return BounceKind.Unknown;
            }
        }

        public static BounceKind Classify(DsnEntry entry) => entry.SmtpCode switch
        {
            421 or 450 or 451 or 452 => BounceKind.Soft,
            550 or 551 or 553 => entry.EnhancedStatus == "5.7.1" ? BounceKind.Policy : BounceKind.Hard,
            552 => entry.EnhancedStatus.Equals("5.2.2", StringComparison.Ordinal) ? BounceKind.Soft : BounceKind.Hard,
            _ => BounceKind.Unknown,
        };

        public static DsnEntry? ParseDsnDiagnostic(string recipient, string diagnostic)
        {
            // "Diagnostic-Code: smtp; 550 5.1.1 <x@y>: Recipient address rejected"
            var semicolon = diagnostic.IndexOf(';');
            if (semicolon < 0)
            {
                return null;
            }

            var parts = diagnostic.Substring(semicolon + 1).Trim().Split(' ', 3);
            if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return null;
            }

            return new DsnEntry(recipient, code, parts[1], parts.Length > 2 ? parts[2] : string.Empty);
        }

        public static IReadOnlyList<string> MailboxesToSuppress(IEnumerable<DsnEntry> entries) =>
            entries.Where(e => e.SmtpCode == 550 || e.SmtpCode == 553)
                   .Where(e => !e.EnhancedStatus.Equals("5.7.1", StringComparison.Ordinal))
                   .Select(e => e.Recipient)
                   .Distinct(StringComparer.OrdinalIgnoreCase)
                   .ToList();

        public static bool ShouldRetryLater(IEnumerable<DsnEntry> entries) => entries.Any(e => e.SmtpCode is 421 or 450 or 451);

        public static bool MailboxFull(DsnEntry e) => e is { SmtpCode: 552, EnhancedStatus: "5.2.2" } || (e.SmtpCode == 452 && e.EnhancedStatus == "4.2.2");

        public static string Summary(DsnEntry e) =>
            e.SmtpCode == 550 ? "mailbox unavailable"
            : e.SmtpCode == 552 ? "mailbox full"
            : e.SmtpCode == 554 ? "transaction failed"
            : "other";

        public static bool IsGreylisted(SmtpException ex) => ex.StatusCode == SmtpStatusCode.MailboxBusy || ex.StatusCode == (SmtpStatusCode)451;
    }
}
