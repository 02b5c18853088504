// Models MailKit SMTP sending with SmtpCommandException handling and a VRFY probe via SmtpResponse (SMTP, not FTP).
using System;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Corpus.SmtpMailKit1
{
    public sealed class NewsletterSender
    {
        private readonly string _host;
        private readonly int _port;

        public NewsletterSender(string host, int port = 587)
        {
            _host = host;
            _port = port;
        }

        public async Task<bool> SendAsync(MimeMessage message, string user, string password, CancellationToken ct)
        {
            using var client = new SmtpClient { Timeout = 30000 };
            await client.ConnectAsync(_host, _port, _port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls, ct);
            await client.AuthenticateAsync(user, password, ct);

            try
            {
                await client.SendAsync(message, ct);
                return true;
            }
            catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)ex.StatusCode == 550)
            {
                Console.Error.WriteLine("Recipient rejected: " + ex.Mailbox?.Address);
                return false;
            }
            catch (SmtpCommandException ex)
            {
                switch (ex.StatusCode)
                {
                    case SmtpStatusCode.MailboxBusy:
                    case (SmtpStatusCode)451:
                    case SmtpStatusCode.ServiceNotAvailable:
                        await Task.Delay(500, ct);
                        return false;
                    case (SmtpStatusCode)552:
                        throw new InvalidOperationException("Message exceeds storage allocation.", ex);
                    default:
                        throw;
                }
            }
            finally
            {
                await client.DisconnectAsync(true, ct);
            }
        }
    }

    public sealed class VerifyingSmtpClient : SmtpClient
    {
        public async Task<bool> MailboxExistsAsync(string address, CancellationToken ct)
        {
            SmtpResponse response = await SendCommandAsync("VRFY " + address, ct);
            if ((int)response.StatusCode is 250 or 251)
            {
                return true;
            }

            if ((int)response.StatusCode == 252)
            {
                // server will not verify but will attempt delivery
                return true;
            }

            return (int)response.StatusCode != 550 && response.StatusCode != SmtpStatusCode.MailboxNameNotAllowed;
        }
    }
}
