// FTP client that tunnels its control connection through an HTTP CONNECT proxy, then sends HOST and logs in; proxy status and FTP replies share one class.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace HeldOut.FtpViaHttpProxy1
{
    public sealed class TunnelledFtpConnection : IDisposable
    {
        private const int MaxProxyAttempts = 3;
        private readonly TcpClient _tcp = new TcpClient();
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public void Open(string proxyHost, int proxyPort, string ftpHost, string virtualHost, NetworkCredential cred)
        {
            for (int attempt = 1; ; attempt++)
            {
                int proxyStatus = ConnectThroughProxy(proxyHost, proxyPort, ftpHost, 21);
                if (proxyStatus == 200)
                {
                    break;
                }

                if (proxyStatus == 407)
                {
                    throw new UnauthorizedAccessException("proxy authentication required");
                }

                if ((proxyStatus == 502 || proxyStatus == 504) && attempt < MaxProxyAttempts)
                {
                    Thread.Sleep(500);
                    continue;
                }

                throw new IOException($"proxy refused the tunnel with HTTP {proxyStatus}");
            }

            var (code, text) = ReadReply();
            if (code != [|220|])
            {
                throw new IOException($"unexpected greeting {code}: {text}");
            }

            (code, text) = Command("HOST " + virtualHost);
            if (code == [|434|])
            {
                throw new IOException($"virtual host {virtualHost} is not available on {ftpHost}");
            }

            if (code != [|220|] && code != [|500|] && code != [|502|])
            {
                // servers without HOST support answer 500/502 and we simply carry on
                throw new IOException($"HOST failed ({code}): {text}");
            }

            (code, text) = Command("USER " + cred.UserName);
            if (code == [|331|])
            {
                (code, text) = Command("PASS " + cred.Password);
            }

            if (code == [|430|] || code == [|530|])
            {
                throw new UnauthorizedAccessException(text);
            }

            if (code != [|230|])
            {
                throw new IOException($"login failed ({code}): {text}");
            }
        }

        private int ConnectThroughProxy(string proxyHost, int proxyPort, string ftpHost, int ftpPort)
        {
            if (!_tcp.Connected)
            {
                _tcp.Connect(proxyHost, proxyPort);
            }

            var stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.ASCII);
            _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            _writer.WriteLine($"CONNECT {ftpHost}:{ftpPort} HTTP/1.1");
            _writer.WriteLine($"Host: {ftpHost}:{ftpPort}");
            _writer.WriteLine();

            var statusLine = _reader.ReadLine() ?? throw new IOException("proxy closed the connection");
            var status = int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
            while (!string.IsNullOrEmpty(_reader.ReadLine()))
            {
                // skip the proxy's response headers
            }

            return status;
        }

        private (int Code, string Text) Command(string line)
        {
            _writer!.WriteLine(line);
            return ReadReply();
        }

        private (int Code, string Text) ReadReply()
        {
            var line = _reader!.ReadLine() ?? throw new IOException("control connection closed");
            var code = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            if (line.Length > 3 && line[3] == '-')
            {
                var end = line.Substring(0, 3) + " ";
                string? next;
                while ((next = _reader.ReadLine()) != null && !next.StartsWith(end, StringComparison.Ordinal))
                {
                }

                line = next ?? line;
            }

            return (code, line.Length > 4 ? line.Substring(4) : string.Empty);
        }

        public void Dispose() => _tcp.Dispose();
    }
}
