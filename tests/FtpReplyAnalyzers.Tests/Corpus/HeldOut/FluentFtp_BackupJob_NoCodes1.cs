// Backup rotation job on FluentFTP that relies on FtpStatus, FtpResponseType and reply.Success instead of numeric reply codes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace HeldOut.FluentBackupJob1;

public sealed record BackupTarget(string Host, string User, string Password, int Port = 990, int KeepDays = 30, int KeepCount = 250);

public sealed class BackupRotation(BackupTarget target, TextWriter log)
{
    private static readonly TimeSpan PauseBetweenFiles = TimeSpan.FromMilliseconds(500);

    public async Task<int> RunAsync(IReadOnlyList<string> archives, CancellationToken ct)
    {
        await using var client = new AsyncFtpClient(target.Host, target.User, target.Password, target.Port);
        await client.Connect(ct);

        var failures = 0;
        foreach (var archive in archives)
        {
            var remote = "/backups/" + Path.GetFileName(archive);
            var status = await client.UploadFile(archive, remote, FtpRemoteExists.Skip, createRemoteDir: true, token: ct);
            switch (status)
            {
                case FtpStatus.Success:
                    var size = await client.GetFileSize(remote, -1, ct);
                    if (size != new FileInfo(archive).Length)
                    {
                        log.WriteLine($"{remote}: size mismatch ({size})");
                        failures++;
                    }

                    break;
                case FtpStatus.Skipped:
                    log.WriteLine($"{remote}: already present");
                    break;
                default:
                    failures++;
                    break;
            }

            await Task.Delay(PauseBetweenFiles, ct);
        }

        await PruneAsync(client, ct);
        return failures;
    }

    private async Task PruneAsync(AsyncFtpClient client, CancellationToken ct)
    {
        var listing = await client.Execute("NLST /backups", ct);
        if (!listing.Success)
        {
            log.WriteLine("listing failed: " + listing.ErrorMessage);
            return;
        }

        var cutoff = DateTime.UtcNow.AddDays(-target.KeepDays);
        var names = listing.InfoMessages.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.Trim())
            .Where(n => n.EndsWith(".tar.gz", StringComparison.Ordinal))
            .OrderByDescending(n => n, StringComparer.Ordinal)
            .ToList();

        foreach (var name in names.Skip(target.KeepCount))
        {
            var stamp = name.Length >= 8 && DateTime.TryParseExact(name[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : DateTime.MaxValue;
            if (stamp > cutoff)
            {
                continue;
            }

            try
            {
                await client.DeleteFile("/backups/" + name, ct);
            }
            catch (FtpCommandException ex) when (ex.ResponseType == FtpResponseType.TransientNegativeCompletion)
            {
                log.WriteLine($"{name}: busy, will retry tomorrow");
            }
            catch (FtpCommandException ex) when (ex.ResponseType == FtpResponseType.PermanentNegativeCompletion)
            {
                log.WriteLine($"{name}: cannot delete ({ex.Message})");
            }
        }

        var noop = await client.Execute("NOOP", ct);
        if (noop.Type != FtpResponseType.PositiveCompletion)
        {
            log.WriteLine("server unhappy after pruning");
        }
    }
}
