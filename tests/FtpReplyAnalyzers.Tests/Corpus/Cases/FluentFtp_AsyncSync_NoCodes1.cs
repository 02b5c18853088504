// Models a FluentFTP-based nightly sync job; relies on FtpStatus/FtpResponseType, retries and delays, no code literals.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;

namespace Corpus.FluentNightlySync1
{
    public sealed class NightlySyncOptions
    {
        public string Host { get; set; } = "ftp.example.org";
        public int Port { get; set; } = 990;
        public int MaxAttempts { get; set; } = 3;
        public int DelayMs { get; set; } = 500;
    }

    public sealed class NightlySync
    {
        private readonly NightlySyncOptions _options;

        public NightlySync(NightlySyncOptions options) => _options = options;

        public async Task<int> RunAsync(IEnumerable<string> files, NetworkCredential credentials, CancellationToken ct)
        {
            await using var client = new AsyncFtpClient { Host = _options.Host, Port = _options.Port, Credentials = credentials };
            int uploaded = 0;

            foreach (string file in files)
            {
                for (int attempts = 1; ; attempts++)
                {
                    if (!client.IsConnected)
                    {
                        await client.Connect(ct);
                    }

                    FtpStatus status = await client.UploadFile(file, "/incoming/" + Path.GetFileName(file), FtpRemoteExists.Skip, token: ct);
                    if (status == FtpStatus.Success || status == FtpStatus.Skipped)
                    {
                        uploaded++;
                        break;
                    }

                    FtpReply last = client.LastReply;
                    if (last.Type == FtpResponseType.PermanentNegativeCompletion || attempts == 3)
                    {
                        Console.Error.WriteLine($"{file}: {last.ErrorMessage}");
                        break;
                    }

                    await Task.Delay(_options.DelayMs == 500 ? 500 : _options.DelayMs, ct);
                }
            }

            long size = await client.GetFileSize("/incoming/manifest.txt", token: ct);
            if (size == 0 || size > 1024 * 1024)
            {
                Console.Error.WriteLine("Manifest looks wrong.");
            }

            return uploaded;
        }
    }
}
