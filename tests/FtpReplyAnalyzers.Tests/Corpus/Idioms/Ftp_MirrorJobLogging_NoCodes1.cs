// Models an FTP mirror job's logging, permission and summary code whose numbers look like reply codes but are counts and modes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Idioms.FtpMirrorJobLogging1
{
    public interface IJobLogger
    {
        void Info(string message);
        void Warn(string message);
    }

    public sealed class MirrorSummary
    {
        public int Copied { get; set; }
        public int Skipped { get; set; }
        public int Failed { get; set; }
        public long Bytes { get; set; }

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"{Copied} files copied, {Skipped} skipped, {Failed} failed ({Bytes / 1024} KiB)");
    }

    public sealed class MirrorJobOptions
    {
        public string Host { get; set; } = "ftp.example.net";
        public int Port { get; set; } = 21;
        public int ImplicitTlsPort { get; set; } = 990;
        public int MaxParallel { get; set; } = 4;
        public int RetryDelayMs { get; set; } = 500;
        public string UploadedFileMode { get; set; } = "550";
        public string UploadedDirectoryMode { get; set; } = "750";
    }

    public sealed class MirrorJob
    {
        private readonly IJobLogger _log;
        private readonly MirrorJobOptions _options;

        public MirrorJob(IJobLogger log, MirrorJobOptions options)
        {
            _log = log;
            _options = options;
        }

        public IEnumerable<string> PermissionCommands(string remotePath, bool isDirectory)
        {
            string mode = isDirectory ? _options.UploadedDirectoryMode : _options.UploadedFileMode;
            yield return "SITE CHMOD " + mode + " " + remotePath;
            if (!isDirectory && remotePath.EndsWith(".sh", StringComparison.Ordinal))
            {
                yield return "SITE CHMOD 750 " + remotePath;
            }
        }

        public void Report(MirrorSummary summary)
        {
            _log.Info(summary.ToString());
            if (summary.Failed > 0)
            {
                _log.Warn(summary.Failed + " files failed; see the transfer log");
            }
        }

        public static void SelfTest(IJobLogger log)
        {
            var summary = new MirrorSummary { Copied = 550, Skipped = 0, Failed = 0, Bytes = 226 * 1024 };
            string text = summary.ToString();
            if (text != "550 files copied, 0 skipped, 0 failed (226 KiB)")
            {
                throw new InvalidOperationException("summary format changed: " + text);
            }

            log.Info("550 files copied");
            log.Info("421 directories scanned in 3.2 s");
        }

        public string BuildBanner()
        {
            var sb = new StringBuilder();
            sb.Append("Mirror of ").Append(_options.Host).Append(':').Append(_options.Port);
            sb.Append(" with ").Append(_options.MaxParallel).Append(" workers");
            return sb.ToString();
        }
    }
}
