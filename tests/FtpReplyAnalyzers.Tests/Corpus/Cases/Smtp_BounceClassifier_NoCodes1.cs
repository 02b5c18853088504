// Models classification of SMTP delivery failures (bounces) by SMTP reply code for a mailing-list manager.
using System;
using System.Text.RegularExpressions;

namespace Corpus.MailBounces1
{
    public enum BounceKind
    {
        Soft,
        Hard,
        Policy,
        Unknown,
    }

    public sealed record SmtpBounce(string Recipient, int ReplyCode, string EnhancedStatus, string Diagnostic);

    public static class BounceClassifier
    {
        private static readonly Regex DiagnosticCode = new Regex(@"^smtp;\s*(\d{3})\s+(\d\.\d{1,3}\.\d{1,3})", RegexOptions.Compiled);

        public static SmtpBounce? ParseDsnLine(string recipient, string diagnosticLine)
        {
            Match m = DiagnosticCode.Match(diagnosticLine);
            if (!m.Success)
            {
                return null;
            }

            return new SmtpBounce(recipient, int.Parse(m.Groups[1].Value), m.Groups[2].Value, diagnosticLine);
        }

        public static BounceKind Classify(SmtpBounce bounce)
        {
            if (bounce.ReplyCode is 421 or 450 or 451 or 452)
            {
                return BounceKind.Soft;
            }

            if (bounce.ReplyCode == 550 && bounce.EnhancedStatus == "5.7.1")
            {
                return BounceKind.Policy;
            }

            switch (bounce.ReplyCode)
            {
                case 550:
                case 551:
                case 553:
                    return BounceKind.Hard;
                case 552:
                    return bounce.EnhancedStatus == "5.2.2" ? BounceKind.Soft : BounceKind.Hard;
                case 554:
                    return bounce.Diagnostic.Contains("spam", StringComparison.OrdinalIgnoreCase) ? BounceKind.Policy : BounceKind.Hard;
                default:
                    return BounceKind.Unknown;
            }
        }

        public static bool ShouldUnsubscribe(SmtpBounce bounce, int previousHardBounces) =>
            Classify(bounce) == BounceKind.Hard && (previousHardBounces == 2 || bounce.ReplyCode == 551);
    }
}
