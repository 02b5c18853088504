// Models an async FTP control-channel client whose SendAsync returns a (Code, Text) tuple, checked through extension methods and deconstruction.
// Bugs: RNTO accepted with 350 (RNTO answers 250; 350 is RNFR's); FEAT's deconstructed code compared with 214 (FEAT answers 211; 214 is HELP's); LpsvAsync() expected to answer 227 (LPSV answers 228).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands2.FtpClientAsyncTupleReplies1
{
    public sealed class UnexpectedReplyException : IOException
    {
        public UnexpectedReplyException(int code, string text)
            : base(code.ToString(CultureInfo.InvariantCulture) + " " + text)
        {
            Code = code;
        }

        public int Code { get; }
    }

    public static class ReplyTupleExtensions
    {
        public static async Task<(int Code, string Text)> EnsureAsync(this Task<(int Code, string Text)> pending, params int[] accepted)
        {
            (int code, string text) = await pending.ConfigureAwait(false);
            return Array.IndexOf(accepted, code) >= 0 ? (code, text) : throw new UnexpectedReplyException(code, text);
        }

        public static bool IsOneOf(this (int Code, string Text) reply, params int[] codes) => Array.IndexOf(codes, reply.Code) >= 0;
    }

    public sealed class AsyncControlChannel : IAsyncDisposable
    {
        private readonly TcpClient _tcp = new();
        private readonly List<string> _lines = new();
        private readonly List<string> _features = new();
        private StreamReader _reader = StreamReader.Null;
        private StreamWriter _writer = StreamWriter.Null;

        public IReadOnlyList<string> Features => _features;

        public bool Utf8 { get; private set; }

        public async Task ConnectAsync(string host, int port, CancellationToken ct)
        {
            await _tcp.ConnectAsync(host, port, ct).ConfigureAwait(false);
            NetworkStream stream = _tcp.GetStream();
            _reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            var greeting = await ReadAsync(ct).ConfigureAwait(false);
            if (greeting.Code != [|220|])
            {
                throw new UnexpectedReplyException(greeting.Code, greeting.Text);
            }
        }

        public Task<(int Code, string Text)> SendAsync(string line, CancellationToken ct = default) => WriteThenReadAsync(line, ct);

        public Task<(int Code, string Text)> LpsvAsync(CancellationToken ct = default) => SendAsync("LPSV", ct);

        public async Task LoginAsync(string user, string password, CancellationToken ct)
        {
            var first = await SendAsync($"USER {user}", ct).ConfigureAwait(false);
            if (first.Code == [|331|])
            {
                await SendAsync($"PASS {password}", ct).EnsureAsync([|230|], [|202|]).ConfigureAwait(false);
            }
            else if (first.Code != [|230|])
            {
                throw new UnexpectedReplyException(first.Code, first.Text);
            }
        }

        public async Task<IReadOnlyList<string>> ReadFeaturesAsync(CancellationToken ct)
        {
            _features.Clear();
            var (code, text) = await SendAsync("FEAT", ct).ConfigureAwait(false);
            if (code == [|214|]) // FTP0004: 214 FEAT
            {
                for (int i = 1; i < _lines.Count - 1; i++)
                {
                    _features.Add(_lines[i].Trim());
                }
            }
            else if (code is not ([|500|] or [|502|]))
            {
                throw new UnexpectedReplyException(code, text);
            }

            if (_features.Contains("UTF8"))
            {
                Utf8 = (await SendAsync("OPTS UTF8 ON", ct).ConfigureAwait(false)).IsOneOf([|200|]);
            }

            return _features;
        }

        public async Task BinaryAsync(CancellationToken ct) => await SendAsync("TYPE I", ct).EnsureAsync([|200|]).ConfigureAwait(false);

        public async Task RenameAsync(string from, string to, CancellationToken ct)
        {
            await SendAsync($"RNFR {from}", ct).EnsureAsync([|350|]).ConfigureAwait(false);
            await SendAsync($"RNTO {to}", ct).EnsureAsync([|250|], [|350|]).ConfigureAwait(false); // FTP0004: 350 RNTO
        }

        public async Task<IPEndPoint> OpenLongPassiveAsync(CancellationToken ct)
        {
            var reply = await LpsvAsync(ct).ConfigureAwait(false);
            if (reply.Code != [|227|]) // FTP0004: 227 LPSV
            {
                throw new UnexpectedReplyException(reply.Code, reply.Text);
            }

            string[] n = reply.Text.Substring(reply.Text.IndexOf('(') + 1).TrimEnd(')', '.').Split(',');
            var address = new IPAddress(new[] { byte.Parse(n[2], CultureInfo.InvariantCulture), byte.Parse(n[3], CultureInfo.InvariantCulture), byte.Parse(n[4], CultureInfo.InvariantCulture), byte.Parse(n[5], CultureInfo.InvariantCulture) });
            return new IPEndPoint(address, int.Parse(n[7], CultureInfo.InvariantCulture) * 256 + int.Parse(n[8], CultureInfo.InvariantCulture));
        }

        public async Task<int> OpenExtendedPassiveAsync(CancellationToken ct)
        {
            var reply = await SendAsync("EPSV", ct).ConfigureAwait(false);
            return reply.IsOneOf([|229|])
                ? int.Parse(reply.Text.Split('|')[3], CultureInfo.InvariantCulture)
                : throw new UnexpectedReplyException(reply.Code, reply.Text);
        }

        public async Task<IReadOnlyList<string>> ListMachineReadableAsync(string path, Func<Task<IReadOnlyList<string>>> readData, CancellationToken ct)
        {
            await SendAsync($"MLSD {path}", ct).EnsureAsync([|150|], [|125|]).ConfigureAwait(false);
            IReadOnlyList<string> entries = await readData().ConfigureAwait(false);
            var done = await ReadAsync(ct).ConfigureAwait(false);
            return done.Code == [|226|] ? entries : throw new UnexpectedReplyException(done.Code, done.Text);
        }

        public async ValueTask DisposeAsync()
        {
            if (_tcp.Connected)
            {
                var bye = await SendAsync("QUIT").ConfigureAwait(false);
                if (!bye.IsOneOf([|221|], [|421|]))
                {
                    await Console.Error.WriteLineAsync("QUIT: " + bye.Text).ConfigureAwait(false);
                }
            }

            _tcp.Dispose();
        }

        private async Task<(int Code, string Text)> WriteThenReadAsync(string line, CancellationToken ct)
        {
            await _writer.WriteLineAsync(line.AsMemory(), ct).ConfigureAwait(false);
            return await ReadAsync(ct).ConfigureAwait(false);
        }

        private async Task<(int Code, string Text)> ReadAsync(CancellationToken ct)
        {
            _lines.Clear();
            string line = await _reader.ReadLineAsync(ct).ConfigureAwait(false) ?? throw new EndOfStreamException();
            _lines.Add(line);
            while (line.Length > 3 && line[3] == '-')
            {
                string next = await _reader.ReadLineAsync(ct).ConfigureAwait(false) ?? throw new EndOfStreamException();
                _lines.Add(next);
                if (next.Length > 3 && next[3] == ' ' && next.StartsWith(line.Substring(0, 3), StringComparison.Ordinal))
                {
                    line = next;
                }
            }

            return (int.Parse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture), line.Length > 4 ? line.Substring(4) : string.Empty);
        }
    }
}
