// Models the mail part of an FTP server watchdog: MailKit SMTP alerts with SmtpCommandException status checks (all SMTP, no FTP codes).
using System;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Blind.FtpOutageNotifier1
{
    public sealed class FtpOutageNotifier
    {
        private const int SubmissionPort = 587;
        private const int SmtpsPort = 465;
        private readonly string _relay;
        private readonly string _user;
        private readonly string _password;

        public FtpOutageNotifier(string relay, string user, string password)
        {
            _relay = relay;
            _user = user;
            _password = password;
        }

        public int Port { get; set; } = SubmissionPort;

        public async Task<bool> NotifyAsync(string ftpServerName, string problem, CancellationToken ct)
        {
            var message = new MimeMessage { Subject = "FTP server " + ftpServerName + " is down: " + problem };

            using var client = new SmtpClient { Timeout = 20000 };
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                try
                {
                    var options = Port == SmtpsPort ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
                    await client.ConnectAsync(_relay, Port, options, ct).ConfigureAwait(false);
                    await client.AuthenticateAsync(_user, _password, ct).ConfigureAwait(false);
                    await client.SendAsync(message, ct).ConfigureAwait(false);
                    await client.DisconnectAsync(true, ct).ConfigureAwait(false);
                    return true;
                }
                catch (SmtpCommandException ex) when (ex.StatusCode == (SmtpStatusCode)421 || (int)ex.StatusCode == 450 || (int)ex.StatusCode == 451)
                {
                    // relay is temporarily unhappy: back off and try again
                    await Task.Delay(TimeSpan.FromSeconds(15 * attempt), ct).ConfigureAwait(false);
                }
                catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)ex.StatusCode == 550)
                {
                    Console.Error.WriteLine("ops mailbox rejected the alert: " + ex.Message);
                    return false;
                }
                catch (SmtpCommandException ex) when (ex.StatusCode is (SmtpStatusCode)530 or (SmtpStatusCode)534)
                {
                    // relay demands TLS/auth we did not offer; switch to implicit TLS once
                    Port = SmtpsPort;
                }
                catch (AuthenticationException)
                {
                    return false;
                }
            }

            return false;
        }

        public static string Explain(SmtpCommandException ex)
        {
            switch ((int)ex.StatusCode)
            {
                case 421:
                    return "relay shutting down";
                case 452:
                    return "relay out of storage";
                case 535:
                    return "bad SMTP credentials";
                case 552:
                    return "alert too large";
                case 554:
                    return "relay refused the transaction";
                default:
                    return ex.StatusCode.ToString();
            }
        }

        public static bool IsRelayDenied(SmtpResponse response) => response is { StatusCode: (SmtpStatusCode)550 } || (int)response.StatusCode == 551;
    }
}
