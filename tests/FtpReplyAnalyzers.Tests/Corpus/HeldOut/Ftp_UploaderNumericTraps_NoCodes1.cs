// Nightly FTP upload job full of numbers that are not reply codes: ports, buffer sizes, header lengths, delays, retries, percentages, chmod modes.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;

namespace HeldOut.FtpUploaderTraps1
{
    public sealed class UploadJobSettings
    {
        public string Host { get; set; } = "ftp.partner.example";
        public int Port { get; set; } = 21;
        public int ImplicitTlsPort { get; set; } = 990;
        public int TestServerPort { get; set; } = 2121;
        public bool UseImplicitTls { get; set; }
        public int MaxAttempts { get; set; } = 3;
        public int RetryDelayMs { get; set; } = 250;
        public int ConnectTimeoutMs { get; set; } = 500;
        public string DirectoryMode { get; set; } = "550";
        public string FileMode { get; set; } = "440";
    }

    public sealed class NightlyUploadJob
    {
        private const int HeaderLength = 200;
        private const int SmallBuffer = 512;
        private const int LargeBuffer = 8192;

        private readonly UploadJobSettings _settings;

        public NightlyUploadJob(UploadJobSettings settings)
        {
            _settings = settings;
        }

        public static int Main(string[] args)
        {
            var settings = new UploadJobSettings { UseImplicitTls = args.Length > 0 && args[0] == "--tls" };
            if (args.Length > 1 && args[1] == "--test")
            {
                settings.Port = settings.TestServerPort;
            }

            var job = new NightlyUploadJob(settings);
            var ok = job.RunAsync(Directory.GetFiles("outbox"), CancellationToken.None).GetAwaiter().GetResult();
            Environment.ExitCode = ok ? 0 : 2;
            return Environment.ExitCode;
        }

        public async Task<bool> RunAsync(string[] files, CancellationToken ct)
        {
            var port = _settings.UseImplicitTls ? _settings.ImplicitTlsPort : _settings.Port;
            using var client = new AsyncFtpClient(_settings.Host, "batch", "secret", port);
            await client.Connect(ct);

            var done = 0;
            foreach (var file in files)
            {
                if (!HasValidHeader(file))
                {
                    Console.WriteLine($"{file}: header is not {HeaderLength} bytes, skipping");
                    continue;
                }

                var status = FtpStatus.Failed;
                for (var attempt = 1; attempt <= _settings.MaxAttempts && status != FtpStatus.Success; attempt++)
                {
                    status = await client.UploadFile(file, "/inbound/" + Path.GetFileName(file), FtpRemoteExists.Overwrite, true, ct);
                    if (status == FtpStatus.Failed)
                    {
                        await Task.Delay(_settings.RetryDelayMs * attempt, ct);
                    }
                }

                done++;
                var percent = done * 100 / files.Length;
                if (percent == 50)
                {
                    Console.WriteLine("half way there");
                }
            }

            var chmod = await client.Execute($"SITE CHMOD {_settings.DirectoryMode} /inbound", ct);
            if (!chmod.Success)
            {
                Console.WriteLine("could not restrict /inbound: " + chmod.ErrorMessage);
            }

            var remoteSize = await client.GetFileSize("/inbound/manifest.txt", -1, ct);
            await client.Disconnect(ct);
            return remoteSize != -1 && done == files.Length;
        }

        private static bool HasValidHeader(string file)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, LargeBuffer);
            var header = new byte[SmallBuffer];
            int bytesRead = stream.Read(header, 0, HeaderLength);
            return bytesRead == 200 && header[0] == (byte)'H';
        }
    }
}
