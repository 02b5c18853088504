// Notification sender on System.Net.Mail that classifies SmtpException and SmtpFailedRecipientsException status codes for retries.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Mail;
using System.Threading;

namespace HeldOut.SystemNetMailSender1
{
    public enum DeliveryResult
    {
        Sent,
        RetryLater,
        BadRecipient,
        AuthProblem,
        Rejected
    }

    public sealed class NotificationSender
    {
        private readonly SmtpClient _client;
        private readonly List<string> _deadLetters = new List<string>();

        public NotificationSender(string host, NetworkCredential credential)
        {
            _client = new SmtpClient(host, 587)
            {
                EnableSsl = true,
                Credentials = credential,
                Timeout = 100000
            };
        }

        public IReadOnlyList<string> DeadLetters => _deadLetters;

        public DeliveryResult Send(MailMessage message)
        {
            for (int attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    _client.Send(message);
                    return DeliveryResult.Sent;
                }
                catch (SmtpFailedRecipientsException ex)
                {
                    foreach (SmtpFailedRecipientException inner in ex.InnerExceptions)
                    {
                        if (inner.StatusCode == SmtpStatusCode.MailboxBusy || (int)inner.StatusCode == 450)
                        {
                            Thread.Sleep(5000);
                            continue;
                        }

                        _deadLetters.Add(inner.FailedRecipient ?? "?");
                    }

                    return DeliveryResult.BadRecipient;
                }
                catch (SmtpException ex) when ((int)ex.StatusCode == 421)
                {
                    Thread.Sleep(250 * (attempt + 1));
                }
                catch (SmtpException ex)
                {
                    switch ((int)ex.StatusCode)
                    {
                        case 550:
                        case 553:
                            return DeliveryResult.BadRecipient;
                        case 530:
                        case 535:
                            return DeliveryResult.AuthProblem;
                        case 451:
                        case 452:
                            Thread.Sleep(1000);
                            break;
                        case 552:
                        case 554:
                            return DeliveryResult.Rejected;
                        default:
                            if (ex.StatusCode == (SmtpStatusCode)501)
                            {
                                return DeliveryResult.Rejected;
                            }
                            throw;
                    }
                }
            }

            return DeliveryResult.RetryLater;
        }
    }
}
