// Models a raw-socket HTTP/1.1 health prober and a tiny status endpoint that test and write status lines as text (no FTP).
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.HttpRawStatusLine1
{
    public enum Health
    {
        Up,
        Degraded,
        Down,
    }

    public sealed class RawHttpProbe
    {
        public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(3000);

        public async Task<Health> ProbeAsync(string host, string path, CancellationToken ct)
        {
            using var tcp = new TcpClient();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(Timeout);
            await tcp.ConnectAsync(host, 80, cts.Token);
            NetworkStream stream = tcp.GetStream();
            byte[] request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nA-IM: feed\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request, cts.Token);

            using var reader = new StreamReader(stream, Encoding.ASCII);
            string statusLine = await reader.ReadLineAsync(cts.Token) ?? string.Empty;

            if (statusLine.StartsWith("HTTP/1.1 200") || statusLine.StartsWith("HTTP/1.0 200"))
            {
                return Health.Up;
            }

            if (statusLine.StartsWith("HTTP/1.1 226", StringComparison.Ordinal))
            {
                return Health.Up; // 226 IM Used: delta encoding accepted
            }

            string[] parts = statusLine.Split(' ', 3);
            string line = parts.Length > 1 ? parts[1] : string.Empty;
            if (line.StartsWith("200") || line.StartsWith("204"))
            {
                return Health.Up;
            }

            if (line.StartsWith("429") || line.StartsWith("503"))
            {
                return Health.Degraded;
            }

            return !line.StartsWith("421") && !line.StartsWith("500") ? Health.Degraded : Health.Down;
        }
    }

    public sealed class StatusEndpoint
    {
        private static readonly byte[] Unavailable = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\nContent-Length: 0\r\n\r\n"u8.ToArray();

        public bool Draining { get; set; }

        public async Task RespondAsync(Stream client, string requestLine, CancellationToken ct)
        {
            if (Draining)
            {
                await client.WriteAsync(Unavailable, ct);
                return;
            }

            string response = "HTTP/1.1 200 OK";
            string body = "{\"status\":\"ok\"}";
            if (!requestLine.StartsWith("GET /health ", StringComparison.Ordinal))
            {
                response = requestLine.StartsWith("GET ") ? "HTTP/1.1 404 Not Found" : "HTTP/1.1 405 Method Not Allowed";
                body = string.Empty;
            }

            var sb = new StringBuilder();
            sb.Append(response).Append("\r\n");
            sb.Append("Content-Type: application/json\r\n");
            sb.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(body)).Append("\r\n\r\n");
            sb.Append(body);
            await client.WriteAsync(Encoding.UTF8.GetBytes(sb.ToString()), ct);
        }

        public static void WriteBadRequest(Stream client)
        {
            client.Write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"u8);
        }

        public static void WriteServerError(Stream client)
        {
            client.Write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"u8);
        }
    }
}
