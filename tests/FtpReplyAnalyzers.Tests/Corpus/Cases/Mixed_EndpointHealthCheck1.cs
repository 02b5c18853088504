// Models a monitoring probe that checks an FTP greeting over a socket and an HTTP health URL with HttpClient.
using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MixedHealthCheck1
{
    public sealed record ProbeResult(string Target, bool Healthy, long ElapsedMs, string Detail);

    public static class EndpointProbes
    {
        public static async Task<ProbeResult> ProbeFtpAsync(string host, int port, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            using var tcp = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(500);
            await tcp.ConnectAsync(host, port, timeout.Token);

            using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
            string greeting = await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
            int code = greeting.Length >= 3 && int.TryParse(greeting.AsSpan(0, 3), out int parsed) ? parsed : 0;
            sw.Stop();

            bool healthy = code == [|220|];
            string detail = code switch
            {
                [|220|] => "ready",
                [|120|] => "starting",
                [|421|] => "refusing connections",
                0 => "no greeting",
                _ => "unexpected greeting: " + greeting,
            };

            if (port == 21 && sw.ElapsedMilliseconds > 250)
            {
                detail += " (slow)";
            }

            return new ProbeResult($"ftp://{host}:{port}", healthy, sw.ElapsedMilliseconds, detail);
        }

        public static async Task<ProbeResult> ProbeHttpAsync(HttpClient client, Uri healthUrl, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            using HttpResponseMessage response = await client.GetAsync(healthUrl, ct);
            sw.Stop();

            int status = (int)response.StatusCode;
            bool healthy = status == 200 || status == 204;
            string detail = status switch
            {
                200 or 204 => "ok",
                503 => "draining",
                500 => "failing",
                _ => "HTTP " + status,
            };

            return new ProbeResult(healthUrl.ToString(), healthy, sw.ElapsedMilliseconds, detail);
        }
    }
}
