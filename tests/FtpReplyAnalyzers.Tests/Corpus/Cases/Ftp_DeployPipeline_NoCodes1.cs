// Models a deployment step that uploads a build over FluentFTP and then runs docker; numbers are exit codes, ports and counts.
using System;
using System.Diagnostics;
using System.IO;
using FluentFTP;

namespace Corpus.FtpDeployPipeline1
{
    public static class DeployStep
    {
        public static int Main(string[] args)
        {
            string artifact = args.Length > 0 ? args[0] : "build.zip";
            using var ftp = new FtpClient("deploy.example.org", "ci", Environment.GetEnvironmentVariable("FTP_PASSWORD") ?? string.Empty, 2121);
            ftp.Connect();

            FtpStatus status = ftp.UploadFile(artifact, "/releases/" + Path.GetFileName(artifact), FtpRemoteExists.Overwrite, createRemoteDir: true);
            if (status != FtpStatus.Success)
            {
                FtpReply last = ftp.LastReply;
                Console.Error.WriteLine($"Upload failed: {last.Message}");
                return last.Type == FtpResponseType.TransientNegativeCompletion ? 75 : 1;
            }

            ftp.Disconnect();

            var psi = new ProcessStartInfo("docker", "compose up -d --pull always")
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            using Process process = Process.Start(psi)!;
            process.WaitForExit(120000);

            if (process.ExitCode == 125)
            {
                Console.Error.WriteLine("docker daemon error");
                Environment.Exit(125);
            }

            if (process.ExitCode == 126 || process.ExitCode == 127)
            {
                Console.Error.WriteLine("docker not executable or not found");
                return process.ExitCode;
            }

            return process.ExitCode == 0 ? 0 : 2;
        }
    }
}
