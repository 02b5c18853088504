// Models the FTPS (RFC 4217) explicit-TLS handshake of a hand-written client: AUTH TLS, PBSZ 0, PROT P.
using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Corpus.ExplicitTlsClient1
{
    public enum FtpsMode
    {
        Explicit,
        Implicit,
    }

    public class FtpsSessionOptions
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 21;
        public FtpsMode Mode { get; set; } = FtpsMode.Explicit;
        public bool RequireDataProtection { get; set; } = true;
    }

    public class FtpsHandshake
    {
        private readonly FtpsSessionOptions _options;
        private Stream _stream;
        private StreamReader _reader;

        public FtpsHandshake(FtpsSessionOptions options, NetworkStream stream)
        {
            _options = options;
            if (options.Mode == FtpsMode.Implicit && options.Port == 21)
            {
                options.Port = 990;
            }

            _stream = stream;
            _reader = new StreamReader(stream, Encoding.ASCII);
        }

        private int Send(string line, out string message)
        {
            byte[] data = Encoding.ASCII.GetBytes(line + "\r\n");
            _stream.Write(data, 0, data.Length);
            string reply = _reader.ReadLine() ?? string.Empty;
            message = reply.Length > 4 ? reply.Substring(4) : reply;
            return reply.Length >= 3 ? int.Parse(reply.Substring(0, 3)) : 0;
        }

        public void Secure()
        {
            int code = Send("AUTH TLS", out string message);
            if (code != [|234|])
            {
                code = Send("AUTH SSL", out message);
                if (code != [|234|])
                {
                    throw new AuthenticationException("Server refused AUTH: " + message);
                }
            }

            var ssl = new SslStream(_stream, leaveInnerStreamOpen: false);
            ssl.AuthenticateAsClient(_options.Host, null, SslProtocols.Tls12 | SslProtocols.Tls13, checkCertificateRevocation: true);
            _stream = ssl;
            _reader = new StreamReader(ssl, Encoding.ASCII);

            code = Send("PBSZ 0", out message);
            if (code != [|200|])
            {
                throw new IOException("PBSZ failed: " + message);
            }

            code = Send(_options.RequireDataProtection ? "PROT P" : "PROT C", out message);
            if (code == [|534|] || code == [|536|])
            {
                throw new AuthenticationException("Requested protection level refused by policy: " + message);
            }

            if (code == [|504|])
            {
                throw new NotSupportedException("PROT not supported for this parameter: " + message);
            }
        }
    }
}
