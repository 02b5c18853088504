// Models a build-server step that shells out to curl/lftp/docker for FTP deploys and maps their process exit codes.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpDeployProcessRunner1
{
    public sealed class FtpDeployStep
    {
        private const int CurlFtpAccessDenied = 9;
        private const int CurlLoginDenied = 67;
        private const int CurlRemoteFileNotFound = 78;

        public string Tool { get; set; } = "curl";

        public async Task<int> RunAsync(string localFile, string ftpUrl, CancellationToken ct)
        {
            var psi = new ProcessStartInfo(Tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            if (Tool == "curl")
            {
                psi.ArgumentList.Add("--ftp-create-dirs");
                psi.ArgumentList.Add("--retry");
                psi.ArgumentList.Add("3");
                psi.ArgumentList.Add("--connect-timeout");
                psi.ArgumentList.Add("20");
                psi.ArgumentList.Add("-T");
                psi.ArgumentList.Add(localFile);
                psi.ArgumentList.Add(ftpUrl);
            }
            else
            {
                psi.ArgumentList.Add("-c");
                psi.ArgumentList.Add("set net:max-retries 3; set net:timeout 20; put " + localFile + " -o " + ftpUrl);
            }

            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + Tool);
            var stderr = await process.StandardError.ReadToEndAsync(ct).ConfigureAwait(false);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);

            if (process.ExitCode == 0)
            {
                return 0;
            }

            if (Tool == "curl")
            {
                switch (process.ExitCode)
                {
                    case CurlFtpAccessDenied:
                    case CurlLoginDenied:
                        Console.Error.WriteLine("FTP credentials rejected: " + stderr);
                        return 2;
                    case CurlRemoteFileNotFound:
                        Console.Error.WriteLine("remote path does not exist: " + stderr);
                        return 3;
                    case 28:
                        Console.Error.WriteLine("operation timed out");
                        return 4;
                }
            }

            Console.Error.WriteLine(Tool + " failed with exit code " + process.ExitCode + ": " + stderr);
            return 1;
        }

        public static async Task<int> RunInContainerAsync(string image, string args, CancellationToken ct)
        {
            var psi = new ProcessStartInfo("docker", "run --rm " + image + " " + args) { UseShellExecute = false };
            using var process = Process.Start(psi)!;
            await process.WaitForExitAsync(ct).ConfigureAwait(false);

            if (process.ExitCode == 125)
            {
                Console.Error.WriteLine("docker daemon error: the ftp deploy container did not start");
            }
            else if (process.ExitCode == 126 || process.ExitCode == 127)
            {
                Console.Error.WriteLine("deploy script in the image is missing or not executable");
            }
            else if (process.ExitCode == 137)
            {
                Console.Error.WriteLine("deploy container was killed (out of memory?)");
            }

            return process.ExitCode;
        }

        public static void Main(string[] args)
        {
            var step = new FtpDeployStep { Tool = args.Length > 0 ? args[0] : "curl" };
            var code = step.RunAsync(args.Length > 1 ? args[1] : "site.zip", args.Length > 2 ? args[2] : "ftp://deploy.example.com:21/site/", CancellationToken.None).GetAwaiter().GetResult();
            if (code == 2)
            {
                // EX_NOPERM from sysexits.h, so the pipeline shows "credentials" rather than a generic failure
                Environment.Exit(77);
            }

            Environment.ExitCode = code;
        }
    }
}
