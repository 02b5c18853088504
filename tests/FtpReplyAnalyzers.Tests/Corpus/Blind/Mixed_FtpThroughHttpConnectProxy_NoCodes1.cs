// Models tunnelling an FTP control connection through an HTTP CONNECT proxy: the numbers checked are the proxy's HTTP status line, not FTP replies.
using System;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpHttpConnectProxy1
{
    public sealed class HttpConnectProxyException : IOException
    {
        public HttpConnectProxyException(int statusCode, string reason) : base("proxy answered " + statusCode.ToString(CultureInfo.InvariantCulture) + " " + reason)
        {
            StatusCode = statusCode;
        }

        public int StatusCode { get; }
    }

    public sealed class FtpProxyTunnel
    {
        private readonly string _proxyHost;
        private readonly int _proxyPort;
        private readonly string? _proxyAuthorization;

        public FtpProxyTunnel(string proxyHost, int proxyPort = 3128, string? proxyUser = null, string? proxyPassword = null)
        {
            _proxyHost = proxyHost;
            _proxyPort = proxyPort;
            if (proxyUser is not null)
            {
                _proxyAuthorization = Convert.ToBase64String(Encoding.UTF8.GetBytes(proxyUser + ":" + proxyPassword));
            }
        }

        /// <summary>Opens a raw stream to the FTP server's control port through the proxy; the FTP client takes it from there.</summary>
        public async Task<Stream> OpenFtpControlAsync(string ftpHost, int ftpPort, CancellationToken ct)
        {
            if (ftpPort != 21 && ftpPort != 990)
            {
                Console.Error.WriteLine("note: many proxies only allow CONNECT to ports 21, 443 and 990");
            }

            var tcp = new TcpClient();
            await tcp.ConnectAsync(_proxyHost, _proxyPort, ct).ConfigureAwait(false);
            var stream = tcp.GetStream();

            var request = new StringBuilder()
                .Append("CONNECT ").Append(ftpHost).Append(':').Append(ftpPort.ToString(CultureInfo.InvariantCulture)).Append(" HTTP/1.1\r\n")
                .Append("Host: ").Append(ftpHost).Append(':').Append(ftpPort.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            if (_proxyAuthorization is not null)
            {
                request.Append("Proxy-Authorization: Basic ").Append(_proxyAuthorization).Append("\r\n");
            }

            request.Append("\r\n");
            var bytes = Encoding.ASCII.GetBytes(request.ToString());
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);

            var statusLine = await ReadLineAsync(stream, ct).ConfigureAwait(false);
            var parts = statusLine.Split(' ', 3);
            if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                tcp.Dispose();
                throw new IOException("not an HTTP proxy: " + statusLine);
            }

            string header;
            while ((header = await ReadLineAsync(stream, ct).ConfigureAwait(false)).Length > 0)
            {
                // skip response headers
            }

            if (status == 200)
            {
                return stream;
            }

            tcp.Dispose();
            var reason = parts.Length > 2 ? parts[2] : string.Empty;
            if (status == 407)
            {
                throw new HttpConnectProxyException(status, "proxy authentication required");
            }

            if (status == 403 || status == 405)
            {
                throw new HttpConnectProxyException(status, "proxy does not allow CONNECT to this port");
            }

            if (status == 502 || status == 503 || status == 504)
            {
                throw new HttpConnectProxyException(status, "proxy could not reach the FTP server: " + reason);
            }

            throw new HttpConnectProxyException(status, reason);
        }

        private static async Task<string> ReadLineAsync(Stream stream, CancellationToken ct)
        {
            var sb = new StringBuilder();
            var one = new byte[1];
            while (await stream.ReadAsync(one, ct).ConfigureAwait(false) == 1)
            {
                if (one[0] == (byte)'\n')
                {
                    break;
                }

                if (one[0] != (byte)'\r')
                {
                    sb.Append((char)one[0]);
                }

                if (sb.Length > 8192)
                {
                    throw new IOException("proxy header line too long");
                }
            }

            return sb.ToString();
        }
    }
}
