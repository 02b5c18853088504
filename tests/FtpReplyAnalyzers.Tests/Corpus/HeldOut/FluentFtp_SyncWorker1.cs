// C# 12 mirror worker over FluentFTP's AsyncFtpClient: exception filters on CompletionCode, a switch expression on reply codes, retry delays.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace HeldOut.FluentSyncWorker1;

public sealed record SyncOptions(string Host, string User, string Password, int Port = 2121, int MaxRetries = 5);

public sealed class MirrorWorker(SyncOptions options, TextWriter log)
{
    private readonly List<string> _skipped = [];
    private readonly List<string> _uploaded = [];

    public IReadOnlyList<string> Skipped => _skipped;

    public async Task RunAsync(IReadOnlyList<string> localFiles, string remoteRoot, CancellationToken ct)
    {
        await using var client = new AsyncFtpClient(options.Host, options.User, options.Password, options.Port);
        await client.Connect(ct);

        var utf8 = await client.Execute("OPTS UTF8 ON", ct);
        if (utf8.Code is not [|"200"|] and not [|"202"|])
        {
            log.WriteLine($"server refused UTF8: {utf8.Message}");
        }

        for (var i = 0; i < localFiles.Count; i++)
        {
            var file = localFiles[i];
            var remote = remoteRoot.TrimEnd('/') + "/" + Path.GetFileName(file);
            for (var attempt = 1; attempt <= options.MaxRetries; attempt++)
            {
                try
                {
                    await client.UploadFile(file, remote, FtpRemoteExists.Overwrite, createRemoteDir: true, token: ct);
                    _uploaded.Add(remote);
                    break;
                }
                catch (FtpCommandException ex) when (ex.CompletionCode == [|"553"|])
                {
                    _skipped.Add(file);
                    break;
                }
                catch (FtpCommandException ex) when (ex.CompletionCode is [|"421"|] or [|"426"|] && attempt < options.MaxRetries)
                {
                    log.WriteLine($"transient {ex.CompletionCode}, retry {attempt}");
                    await Task.Delay(250 * attempt, ct);
                    if (!client.IsConnected)
                    {
                        await client.Connect(ct);
                    }
                }
            }

            var percent = (i + 1) * 100 / localFiles.Count;
            if (percent % 10 == 0)
            {
                log.WriteLine($"{percent}% done");
            }
        }

        foreach (var remote in _uploaded)
        {
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var reply = await client.Execute($"MFMT {stamp} {remote}", ct);
            var outcome = reply.Code switch
            {
                [|"213"|] => "timestamp set",
                [|"500"|] or [|"502"|] => "MFMT unsupported",
                [|"550"|] => "file vanished",
                _ => reply.ErrorMessage,
            };
            log.WriteLine($"{remote}: {outcome}");
        }

        await client.Disconnect(ct);
    }
}
