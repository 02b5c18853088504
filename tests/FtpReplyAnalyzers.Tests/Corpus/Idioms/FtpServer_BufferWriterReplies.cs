// Models a pipelines-style FTP server session that writes UTF-8 reply literals into an IBufferWriter<byte> output and flushes.
using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.FtpServerBufferWriterReplies1
{
    public interface IControlPipe
    {
        IBufferWriter<byte> Output { get; }

        ValueTask FlushAsync(CancellationToken ct);

        ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct);
    }

    public sealed class StreamControlPipe : IControlPipe
    {
        private readonly ArrayBufferWriter<byte> _buffer = new ArrayBufferWriter<byte>(4096);
        private readonly Stream _stream;

        public StreamControlPipe(Stream stream) => _stream = stream;

        public IBufferWriter<byte> Output => _buffer;

        public async ValueTask FlushAsync(CancellationToken ct)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, ct);
            _buffer.Clear();
        }

        public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct) => _stream.WriteAsync(bytes, ct);
    }

    public sealed class FtpPipeSession
    {
        private static readonly ReadOnlyMemory<byte> OpeningData = "[|150|] Opening data connection.\r\n"u8.ToArray();

        private readonly IControlPipe _pipe;
        private bool _tlsRequested;

        public FtpPipeSession(IControlPipe pipe) => _pipe = pipe;

        public bool RequireTls { get; init; } = true;

        public async ValueTask OnConnectedAsync(CancellationToken ct)
        {
            _pipe.Output.Write("[|220|]-Welcome to the pipeline FTP service.\r\n"u8);
            _pipe.Output.Write("[|220|] Uploads are scanned before publication.\r\n"u8);
            await _pipe.FlushAsync(ct);
        }

        public async ValueTask OnCommandAsync(string verb, string arg, CancellationToken ct)
        {
            switch (verb)
            {
                case "AUTH" when arg.Equals("TLS", StringComparison.OrdinalIgnoreCase):
                    _tlsRequested = true;
                    await _pipe.WriteAsync("[|234|] Proceed with negotiation.\r\n"u8.ToArray(), ct);
                    return;
                case "AUTH":
                    _pipe.Output.Write("[|504|] Unsupported security mechanism.\r\n"u8);
                    break;
                case "USER" when RequireTls && !_tlsRequested:
                    _pipe.Output.Write("[|534|] Policy requires TLS; use AUTH TLS first.\r\n"u8);
                    break;
                case "STAT":
                    _pipe.Output.Write("[|211|]-Pipeline FTP status\r\n"u8);
                    _pipe.Output.Write(Encoding.ASCII.GetBytes($" TLS requested: {_tlsRequested}\r\n"));
                    _pipe.Output.Write("[|211|] End of status\r\n"u8);
                    break;
                case "RETR":
                    await _pipe.WriteAsync(OpeningData, ct);
                    await Task.Delay(10, ct);
                    await _pipe.WriteAsync("[|226|] Closing data connection.\r\n"u8.ToArray(), ct);
                    return;
                case "ABOR":
                    _pipe.Output.Write("[|426|] Transfer aborted.\r\n"u8);
                    _pipe.Output.Write("[|226|] ABOR successful.\r\n"u8);
                    break;
                case "MODE" when arg != "S":
                    _pipe.Output.Write("[|504|] Only stream mode is supported.\r\n"u8);
                    break;
                default:
                    _pipe.Output.Write("[|500|] Syntax error, command unrecognized.\r\n"u8);
                    break;
            }

            await _pipe.FlushAsync(ct);
        }
    }
}
