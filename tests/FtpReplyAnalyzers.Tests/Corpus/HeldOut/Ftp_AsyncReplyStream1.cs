// FTP control channel that exposes replies as an IAsyncEnumerable, consumed with await foreach during RETR and ABOR.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.FtpAsyncReplies1;

public readonly record struct ControlReply(int Code, string Text);

public sealed class ControlChannel(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8, false, 4096, leaveOpen: true);
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };

    public Task SendAsync(string command) => _writer.WriteLineAsync(command);

    public async IAsyncEnumerable<ControlReply> RepliesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        while (true)
        {
            var line = await _reader.ReadLineAsync(ct);
            if (line is null)
            {
                yield break;
            }

            if (line.Length < 4 || !int.TryParse(line.AsSpan(0, 3), out var code))
            {
                continue;
            }

            var text = new StringBuilder(line[4..]);
            if (line[3] == '-')
            {
                var terminator = $"{code} ";
                while (await _reader.ReadLineAsync(ct) is { } next)
                {
                    if (next.StartsWith(terminator, StringComparison.Ordinal))
                    {
                        text.AppendLine(next[4..]);
                        break;
                    }

                    text.AppendLine(next);
                }
            }

            yield return new ControlReply(code, text.ToString());
        }
    }
}

public sealed class StreamingDownloader(ControlChannel control, Func<CancellationToken, Task<Stream>> openData)
{
    public async Task<long> RetrieveAsync(string path, Stream destination, IProgress<long>? progress, CancellationToken ct)
    {
        await control.SendAsync($"RETR {path}");
        long total = 0;
        var buffer = new byte[81920];
        await foreach (var reply in control.RepliesAsync(ct))
        {
            if (reply.Code is [|150|] or [|125|])
            {
                await using var data = await openData(ct);
                int read;
                while ((read = await data.ReadAsync(buffer, ct)) > 0)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), ct);
                    total += read;
                    progress?.Report(total);
                }

                continue;
            }

            if (reply.Code == [|226|] || reply.Code == [|250|])
            {
                return total;
            }

            if (reply is { Code: [|426|] })
            {
                throw new IOException("transfer aborted by the server");
            }

            if (reply.Code == [|110|])
            {
                // restart marker, not used in stream mode
                continue;
            }

            if (reply.Code == [|451|])
            {
                await Task.Delay(250, ct);
                throw new IOException($"server-side error while sending {path}");
            }

            throw new IOException($"RETR failed: {reply.Code} {reply.Text}");
        }

        throw new EndOfStreamException("control connection closed during RETR");
    }

    public async Task AbortAsync(CancellationToken ct)
    {
        await control.SendAsync("ABOR");
        await foreach (var reply in control.RepliesAsync(ct))
        {
            if (reply.Code == [|426|])
            {
                // the aborted transfer's reply; the ABOR reply follows
                continue;
            }

            if (reply.Code is [|225|] or [|226|])
            {
                return;
            }

            throw new IOException(reply.Text);
        }
    }
}
