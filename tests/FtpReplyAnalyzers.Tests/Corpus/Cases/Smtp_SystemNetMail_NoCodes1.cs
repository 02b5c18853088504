// Models System.Net.Mail sending with SmtpException/SmtpFailedRecipientsException status-code handling (SMTP, not FTP).
using System;
using System.Net;
using System.Net.Mail;
using System.Threading;

namespace Corpus.SmtpSystemNetMail1
{
    public sealed class AlertMailer
    {
        private readonly SmtpClient _smtp;

        public AlertMailer(string host, int port = 587)
        {
            _smtp = new SmtpClient(host, port)
            {
                EnableSsl = port == 587 || port == 465,
                Timeout = 10000,
                DeliveryMethod = SmtpDeliveryMethod.Network,
            };
        }

        public bool Send(MailMessage message, int maxAttempts = 3)
        {
            for (int attempt = 1; attempt <= maxAttempts; attempt++)
            {
                try
                {
                    _smtp.Send(message);
                    return true;
                }
                catch (SmtpFailedRecipientsException ex)
                {
                    foreach (SmtpFailedRecipientException inner in ex.InnerExceptions)
                    {
                        int code = (int)inner.StatusCode;
                        if (code == 550 || code == 553)
                        {
                            Console.Error.WriteLine($"Dropping bad recipient {inner.FailedRecipient}");
                            message.To.Remove(new MailAddress(inner.FailedRecipient!));
                        }
                    }
                }
                catch (SmtpException ex) when (ex.StatusCode == SmtpStatusCode.MailboxBusy || (int)ex.StatusCode == 451 || ex.StatusCode == (SmtpStatusCode)421)
                {
                    Thread.Sleep(250 * attempt);
                }
                catch (SmtpException ex)
                {
                    switch ((int)ex.StatusCode)
                    {
                        case 530:
                        case 535:
                            throw new UnauthorizedAccessException("SMTP authentication failed.", ex);
                        case 552:
                            Console.Error.WriteLine("Message too large for the mail server.");
                            return false;
                        default:
                            throw;
                    }
                }
            }

            return false;
        }
    }
}
