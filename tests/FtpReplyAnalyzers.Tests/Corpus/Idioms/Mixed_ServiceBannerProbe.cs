// Models an uptime monitor that reads the greeting banners of FTP, SMTP, POP3 and IMAP services and checks them by prefix.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.MixedServiceBannerProbe1
{
    public sealed record ProbeResult(string Service, bool Healthy, string Banner);

    public sealed class BannerProbe
    {
        public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

        public async Task<IReadOnlyList<ProbeResult>> ProbeAllAsync(string host, CancellationToken ct)
        {
            var results = new List<ProbeResult>
            {
                await ProbeFtpAsync(host, ct),
                await ProbeSmtpAsync(host, ct),
                await ProbePop3Async(host, ct),
            };

            string imap = await ReadBannerAsync(host, 143, ct);
            results.Add(new ProbeResult("imap", imap.StartsWith("* OK", StringComparison.Ordinal), imap));
            return results;
        }

        private async Task<ProbeResult> ProbeFtpAsync(string host, CancellationToken ct)
        {
            string banner = await ReadBannerAsync(host, 21, ct);

            // A busy FTP server may answer "120 ready in n minutes" or refuse with "421 Too many users".
            bool healthy = banner.StartsWith("[|220|] ") || banner.StartsWith("[|220|]-") || banner.StartsWith("[|120|]");
            if (banner.StartsWith("[|421|]", StringComparison.Ordinal))
            {
                return new ProbeResult("ftp", false, "FTP server full: " + banner);
            }

            return new ProbeResult("ftp", healthy, banner);
        }

        private async Task<ProbeResult> ProbeSmtpAsync(string host, CancellationToken ct)
        {
            string banner = await ReadBannerAsync(host, 25, ct);
            bool healthy = banner.StartsWith("220");
            if (banner.StartsWith("554") || banner.StartsWith("421"))
            {
                return new ProbeResult("smtp", false, "SMTP refused session: " + banner);
            }

            return new ProbeResult("smtp", healthy, banner);
        }

        private async Task<ProbeResult> ProbePop3Async(string host, CancellationToken ct)
        {
            string banner = await ReadBannerAsync(host, 110, ct);
            return new ProbeResult("pop3", banner.StartsWith("+OK"), banner);
        }

        private async Task<string> ReadBannerAsync(string host, int port, CancellationToken ct)
        {
            using var tcp = new TcpClient();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(ConnectTimeout);
            try
            {
                await tcp.ConnectAsync(host, port, cts.Token);
                using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
                return await reader.ReadLineAsync(cts.Token) ?? string.Empty;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
            {
                return "(no banner: " + ex.GetType().Name + ")";
            }
        }
    }
}
