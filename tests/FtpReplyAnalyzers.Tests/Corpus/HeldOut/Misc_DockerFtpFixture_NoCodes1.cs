// Integration-test fixture that starts an FTP server container with docker, checks process exit codes and waits for port 2121.
using System;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.DockerFtpFixture1
{
    public sealed class FtpContainerFixture : IAsyncDisposable
    {
        private const int HostPort = 2121;
        private const int ContainerPort = 21;
        private const int PassiveFrom = 30000;
        private const int PassiveTo = 30009;
        private const int MaxProbeAttempts = 40;

        private string? _containerId;

        public int Port => HostPort;

        public async Task StartAsync(CancellationToken ct)
        {
            var args = $"run -d --rm -p {HostPort}:{ContainerPort} -p {PassiveFrom}-{PassiveTo}:{PassiveFrom}-{PassiveTo} " +
                       "-e FTP_USER=test -e FTP_PASS=test -e PASV_MIN_PORT=30000 -e PASV_MAX_PORT=30009 fauria/vsftpd";
            var (exitCode, output) = await RunDockerAsync(args, ct);
            if (exitCode == 125)
            {
                throw new InvalidOperationException("docker daemon refused to run the container: " + output);
            }

            if (exitCode == 127)
            {
                throw new InvalidOperationException("docker CLI not found on PATH");
            }

            if (exitCode != 0)
            {
                throw new InvalidOperationException($"docker run exited with {exitCode}: {output}");
            }

            _containerId = output.Trim();
            for (var attempt = 1; attempt <= MaxProbeAttempts; attempt++)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync("127.0.0.1", HostPort, ct);
                    return;
                }
                catch (SocketException)
                {
                    await Task.Delay(250, ct);
                }
            }

            throw new TimeoutException($"FTP container did not open port {HostPort} within {MaxProbeAttempts * 250} ms");
        }

        private static async Task<(int ExitCode, string Output)> RunDockerAsync(string arguments, CancellationToken ct)
        {
            var psi = new ProcessStartInfo("docker", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start docker");
            var stdout = await process.StandardOutput.ReadToEndAsync(ct);
            var stderr = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, process.ExitCode == 0 ? stdout : stderr);
        }

        public async ValueTask DisposeAsync()
        {
            if (_containerId is null)
            {
                return;
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var (exitCode, _) = await RunDockerAsync("rm -f " + _containerId, cts.Token);
            if (exitCode != 0)
            {
                Console.Error.WriteLine("could not remove FTP test container " + _containerId);
            }
        }
    }
}
