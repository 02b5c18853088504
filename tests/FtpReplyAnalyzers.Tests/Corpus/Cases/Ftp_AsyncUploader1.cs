// Models an async FTP uploader over a raw control connection with retry on transient (4xx) replies.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.AsyncUploader1;

public sealed record FtpReplyLine(int Code, string Text);

public sealed class ResilientUploader
{
    private const int MaxRetries = 3;
    private readonly Func<CancellationToken, Task<FtpControlChannel>> _connect;

    public ResilientUploader(Func<CancellationToken, Task<FtpControlChannel>> connect) => _connect = connect;

    public async Task UploadAsync(string localFile, string remoteFile, CancellationToken ct)
    {
        int retries = 0;
        while (true)
        {
            await using FtpControlChannel channel = await _connect(ct);
            FtpReplyLine reply = await channel.SendAsync("STOR " + remoteFile, ct);

            if (reply.Code is [|421|] or [|425|] or [|426|])
            {
                retries++;
                if (retries == 3)
                {
                    throw new IOException($"Giving up after {MaxRetries} attempts: {reply.Text}");
                }

                await Task.Delay(250 * retries, ct);
                continue;
            }

            if (reply.Code is not ([|150|] or [|125|]))
            {
                throw new IOException($"STOR refused ({reply.Code}): {reply.Text}");
            }

            await channel.SendDataAsync(localFile, ct);
            FtpReplyLine done = await channel.ReadReplyAsync(ct);
            if (done.Code == [|226|])
            {
                return;
            }

            if (done.Code == [|452|] || done.Code == [|552|])
            {
                throw new IOException("Remote disk full: " + done.Text);
            }

            throw new IOException($"Upload failed ({done.Code}): {done.Text}");
        }
    }
}

public sealed class FtpControlChannel : IAsyncDisposable
{
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    public FtpControlChannel(NetworkStream stream)
    {
        _stream = stream;
        _reader = new StreamReader(stream, Encoding.ASCII);
    }

    public async Task<FtpReplyLine> SendAsync(string command, CancellationToken ct)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(command + "\r\n");
        await _stream.WriteAsync(bytes, ct);
        return await ReadReplyAsync(ct);
    }

    public async Task<FtpReplyLine> ReadReplyAsync(CancellationToken ct)
    {
        string line = await _reader.ReadLineAsync(ct) ?? throw new EndOfStreamException();
        return new FtpReplyLine(int.Parse(line.AsSpan(0, 3)), line.Substring(4));
    }

    public Task SendDataAsync(string localFile, CancellationToken ct) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
