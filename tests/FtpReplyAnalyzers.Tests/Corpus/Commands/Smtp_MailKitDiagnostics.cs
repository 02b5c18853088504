// Models a MailKit SmtpClient subclass used by a relay health page: raw NOOP, HELP, RSET, VRFY and QUIT through the protected SendCommand, with codes read from SmtpResponse (no FTP involved).
using System;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Commands.SmtpMailKitDiagnostics1
{
    public sealed record RelayHealth(bool Alive, string? Help, bool VerifySupported, bool ClosedCleanly);

    public sealed class DiagnosticSmtpClient : SmtpClient
    {
        public bool Noop() => (int)SendCommand("NOOP").StatusCode == 250;

        public string? Help()
        {
            SmtpResponse response = SendCommand("HELP");
            return (int)response.StatusCode is 214 or 211 ? response.Response : null;
        }

        public bool Rset() => SendCommand("RSET").StatusCode == SmtpStatusCode.Ok;

        public bool Vrfy(string mailbox)
        {
            return (int)SendCommand("VRFY " + mailbox).StatusCode switch
            {
                250 or 251 or 252 => true,
                502 or 504 or 550 => false,
                _ => false,
            };
        }

        public async Task<bool> QuitAsync(CancellationToken token)
        {
            SmtpResponse response = await SendCommandAsync("QUIT", token);
            return (int)response.StatusCode == 221;
        }
    }

    public static class RelayHealthCheck
    {
        public static async Task<RelayHealth> RunAsync(string host, CancellationToken token)
        {
            using var client = new DiagnosticSmtpClient();
            await client.ConnectAsync(host, 587, SecureSocketOptions.StartTls, token);
            bool alive = client.Noop();
            string? help = client.Help();
            bool verify = client.Vrfy("postmaster");
            client.Rset();
            bool closed = await client.QuitAsync(token);
            return new RelayHealth(alive, help, verify, closed);
        }
    }
}
