// Models an FTP client that tunnels its control connection through an HTTP/1.1 CONNECT proxy: HTTP proxy status, then FTP replies.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus.FtpHttpProxy1
{
    public sealed class FtpOverHttpProxyConnector
    {
        private readonly string _proxyHost;
        private readonly int _proxyPort;

        public FtpOverHttpProxyConnector(string proxyHost, int proxyPort = 3128)
        {
            _proxyHost = proxyHost;
            _proxyPort = proxyPort;
        }

        public TcpClient Connect(string ftpHost, int ftpPort = 21)
        {
            var tcp = new TcpClient(_proxyHost, _proxyPort);
            NetworkStream stream = tcp.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);

            byte[] connect = Encoding.ASCII.GetBytes($"CONNECT {ftpHost}:{ftpPort} HTTP/1.1\r\nHost: {ftpHost}:{ftpPort}\r\n\r\n");
            stream.Write(connect, 0, connect.Length);

            // "HTTP/1.1 200 Connection established"
            string statusLine = reader.ReadLine() ?? string.Empty;
            string[] parts = statusLine.Split(' ');
            int proxyStatus = parts.Length > 1 && int.TryParse(parts[1], out int s) ? s : 0;
            if (proxyStatus == 407)
            {
                tcp.Dispose();
                throw new UnauthorizedAccessException("Proxy authentication required.");
            }

            if (proxyStatus != 200)
            {
                tcp.Dispose();
                throw new IOException("Proxy refused tunnel: " + statusLine);
            }

            string? header;
            while (!string.IsNullOrEmpty(header = reader.ReadLine()))
            {
            }

            string greeting = reader.ReadLine() ?? string.Empty;
            int ftpCode = greeting.Length >= 3 ? int.Parse(greeting.Substring(0, 3)) : 0;
            if (ftpCode != [|220|])
            {
                tcp.Dispose();
                throw new IOException("FTP server behind proxy is not ready: " + greeting);
            }

            return tcp;
        }
    }
}
