// Models an explicit FTPS (RFC 4217) control connection: AUTH TLS, PBSZ, PROT and CCC negotiation over SslStream.
using System;
using System.Globalization;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.ExplicitTls1
{
    public readonly record struct ControlReply(int Code, string Text);

    public sealed class FtpsPolicyException : IOException
    {
        public FtpsPolicyException(string message) : base(message) { }
    }

    public sealed class FtpsControlConnection : IAsyncDisposable
    {
        private const int ImplicitTlsPort = 990;
        private readonly string _host;
        private readonly int _port;
        private readonly bool _requireTls;
        private TcpClient? _tcp;
        private Stream? _stream;
        private StreamReader? _reader;

        public FtpsControlConnection(string host, int port = 21, bool requireTls = true)
        {
            _host = host;
            _port = port;
            _requireTls = requireTls;
        }

        public bool IsEncrypted { get; private set; }

        public bool DataProtected { get; private set; }

        public async Task ConnectAsync(CancellationToken ct)
        {
            _tcp = new TcpClient();
            await _tcp.ConnectAsync(_host, _port, ct).ConfigureAwait(false);
            _stream = _tcp.GetStream();

            if (_port == ImplicitTlsPort)
            {
                await WrapAsync(ct).ConfigureAwait(false);
            }

            _reader = new StreamReader(_stream, Encoding.UTF8, false, 1024, leaveOpen: true);
            var greeting = await ReadReplyAsync(ct).ConfigureAwait(false);
            if (greeting.Code != [|220|])
            {
                throw new IOException("unexpected greeting: " + greeting.Text);
            }

            if (_port != ImplicitTlsPort)
            {
                await NegotiateAuthAsync(ct).ConfigureAwait(false);
            }

            await NegotiateProtectionAsync(ct).ConfigureAwait(false);
        }

        private async Task NegotiateAuthAsync(CancellationToken ct)
        {
            var reply = await SendAsync("AUTH TLS", ct).ConfigureAwait(false);
            if (reply.Code == [|504|] || reply.Code == [|502|] || reply.Code == [|500|])
            {
                // very old servers only know the draft "AUTH SSL" mechanism name
                reply = await SendAsync("AUTH SSL", ct).ConfigureAwait(false);
            }

            if (reply.Code == [|234|] || reply.Code == [|334|])
            {
                await WrapAsync(ct).ConfigureAwait(false);
                return;
            }

            if (reply.Code == [|431|])
            {
                throw new FtpsPolicyException("server cannot provide TLS right now: " + reply.Text);
            }

            if (reply.Code == [|534|] || _requireTls)
            {
                throw new FtpsPolicyException("TLS negotiation refused: " + reply.Text);
            }
        }

        private async Task NegotiateProtectionAsync(CancellationToken ct)
        {
            if (!IsEncrypted)
            {
                return;
            }

            var pbsz = await SendAsync("PBSZ 0", ct).ConfigureAwait(false);
            if (pbsz.Code != [|200|])
            {
                throw new IOException("PBSZ rejected: " + pbsz.Text);
            }

            var prot = await SendAsync("PROT P", ct).ConfigureAwait(false);
            switch (prot.Code)
            {
                case [|200|]:
                    DataProtected = true;
                    break;
                case [|536|]:
                case [|504|]:
                    // server does not support a private data channel: stay on clear data if allowed
                    if (_requireTls)
                    {
                        throw new FtpsPolicyException("server refuses PROT P");
                    }

                    await SendAsync("PROT C", ct).ConfigureAwait(false);
                    break;
                case [|534|]:
                    throw new FtpsPolicyException("PROT P denied for policy reasons");
                default:
                    throw new IOException("PROT failed: " + prot.Text);
            }
        }

        public async Task ClearCommandChannelAsync(CancellationToken ct)
        {
            var reply = await SendAsync("CCC", ct).ConfigureAwait(false);
            if (reply.Code == [|533|])
            {
                throw new FtpsPolicyException("server refuses to drop TLS on the control channel");
            }

            if (reply.Code == [|200|])
            {
                IsEncrypted = false;
            }
        }

        public bool ShouldRetryDataWithSessionReuse(ControlReply transferReply)
        {
            // 522 from a TLS-enabled server usually means "data channel must reuse the control TLS session"
            return transferReply.Code == [|522|] || transferReply.Code == [|521|];
        }

        private async Task WrapAsync(CancellationToken ct)
        {
            var ssl = new SslStream(_stream!, leaveInnerStreamOpen: false);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = _host,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            }, ct).ConfigureAwait(false);
            _stream = ssl;
            _reader = new StreamReader(_stream, Encoding.UTF8, false, 1024, leaveOpen: true);
            IsEncrypted = true;
        }

        private async Task<ControlReply> SendAsync(string command, CancellationToken ct)
        {
            var bytes = Encoding.UTF8.GetBytes(command + "\r\n");
            await _stream!.WriteAsync(bytes, ct).ConfigureAwait(false);
            return await ReadReplyAsync(ct).ConfigureAwait(false);
        }

        private async Task<ControlReply> ReadReplyAsync(CancellationToken ct)
        {
            var line = await _reader!.ReadLineAsync(ct).ConfigureAwait(false) ?? throw new EndOfStreamException();
            var code = int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            var text = new StringBuilder(line.Length > 4 ? line.Substring(4) : string.Empty);
            if (line.Length > 3 && line[3] == '-')
            {
                var terminator = line.Substring(0, 3) + " ";
                string? next;
                while ((next = await _reader.ReadLineAsync(ct).ConfigureAwait(false)) is not null)
                {
                    text.Append('\n').Append(next);
                    if (next.StartsWith(terminator, StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }

            return new ControlReply(code, text.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            if (_stream is not null)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }

            _tcp?.Dispose();
        }
    }
}
