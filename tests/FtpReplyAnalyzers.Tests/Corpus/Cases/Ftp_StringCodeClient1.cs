// Models a hand-rolled async FTP client that keeps reply codes as strings (FluentFTP-style) in its own FtpResponse class.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.StringCodeClient1.Ftp
{
    public sealed class FtpResponse
    {
        public string Code { get; init; } = string.Empty;
        public string Message { get; init; } = string.Empty;
        public bool IsMultiLine { get; init; }

        public static FtpResponse Parse(string line) => new FtpResponse
        {
            Code = line.Substring(0, 3),
            Message = line.Length > 4 ? line.Substring(4) : string.Empty,
            IsMultiLine = line.Length > 3 && line[3] == '-',
        };
    }

    public sealed class TextFtpClient
    {
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public TextFtpClient(Stream control)
        {
            _reader = new StreamReader(control);
            _writer = new StreamWriter(control) { NewLine = "\r\n", AutoFlush = true };
        }

        public async Task<FtpResponse> CommandAsync(string command, CancellationToken ct)
        {
            await _writer.WriteLineAsync(command.AsMemory(), ct);
            string line = await _reader.ReadLineAsync(ct) ?? throw new EndOfStreamException();
            return FtpResponse.Parse(line);
        }

        public async Task<long> RestartAtAsync(long offset, CancellationToken ct)
        {
            FtpResponse rest = await CommandAsync("REST " + offset, ct);
            if (rest.Code != [|"350"|])
            {
                return 0;
            }

            return offset;
        }

        public async Task<bool> AbortAsync(CancellationToken ct)
        {
            FtpResponse abort = await CommandAsync("ABOR", ct);
            if (abort.Code == [|"426"|])
            {
                // the aborted transfer is reported first; the ABOR reply follows
                string next = await _reader.ReadLineAsync(ct) ?? string.Empty;
                abort = FtpResponse.Parse(next);
            }

            switch (abort.Code)
            {
                case [|"225"|]:
                case [|"226"|]:
                    return true;
                default:
                    return false;
            }
        }

        public async Task<string?> SystemTypeAsync(CancellationToken ct)
        {
            FtpResponse syst = await CommandAsync("SYST", ct);
            return syst.Code is [|"215"|] ? syst.Message : null;
        }

        public async Task LogoutAsync(CancellationToken ct)
        {
            FtpResponse quit = await CommandAsync("QUIT", ct);
            if (!quit.Code.Equals([|"221"|], StringComparison.Ordinal))
            {
                Console.Error.WriteLine("Server did not acknowledge QUIT: " + quit.Message);
            }
        }
    }
}
