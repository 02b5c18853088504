// Models a CI deploy console tool that pushes a build output with FluentFTP, checks FtpCommandException codes and pings a health endpoint.
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Blind.CiDeployTool1
{
    public static class DeployProgram
    {
        private const int ExitOk = 0;
        private const int ExitUsage = 1;
        private const int ExitDeployFailed = 2;
        private const int ExitHealthCheckFailed = 3;

        public static async Task<int> Main(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: deploy <localDir> <remoteDir> [healthUrl]");
                return ExitUsage;
            }

            var host = Environment.GetEnvironmentVariable("DEPLOY_FTP_HOST") ?? "localhost";
            var user = Environment.GetEnvironmentVariable("DEPLOY_FTP_USER") ?? "deploy";
            var pass = Environment.GetEnvironmentVariable("DEPLOY_FTP_PASS") ?? string.Empty;
            var port = int.TryParse(Environment.GetEnvironmentVariable("DEPLOY_FTP_PORT"), out var p) ? p : 21;

            var localDir = args[0];
            var remoteDir = args[1];
            var failures = 0;

            using (var client = new FtpClient(host, user, pass, port))
            {
                try
                {
                    client.Connect();
                }
                catch (FtpAuthenticationException ex) when (ex.CompletionCode is [|"530"|] or [|"430"|])
                {
                    Console.Error.WriteLine("::error::FTP login rejected for user " + user);
                    return ExitDeployFailed;
                }

                // take the site offline while files are replaced
                var offline = client.Execute("RNFR " + remoteDir + "/app_offline.htm.disabled");
                if (offline.Code == [|"350"|])
                {
                    client.Execute("RNTO " + remoteDir + "/app_offline.htm");
                }

                foreach (var file in Directory.EnumerateFiles(localDir, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(localDir, file).Replace('\\', '/');
                    var remote = remoteDir.TrimEnd('/') + "/" + relative;
                    try
                    {
                        var status = client.UploadFile(file, remote, FtpRemoteExists.Overwrite, createRemoteDir: true);
                        if (status == FtpStatus.Failed)
                        {
                            failures++;
                            Console.WriteLine("::warning::upload failed: " + relative + " (" + client.LastReply.Code + ")");
                        }
                    }
                    catch (FtpCommandException ex) when (ex.CompletionCode == [|"553"|])
                    {
                        failures++;
                        Console.WriteLine("::error::server refused file name " + relative);
                    }
                    catch (FtpCommandException ex) when (ex.CompletionCode == [|"452"|] || ex.CompletionCode == [|"552"|])
                    {
                        Console.WriteLine("::error::remote disk quota exceeded, aborting");
                        return ExitDeployFailed;
                    }
                }

                var chmod = client.Execute("SITE CHMOD 755 " + remoteDir + "/bin/start.sh");
                if (chmod.Code == [|"500"|] || chmod.Code == [|"502"|])
                {
                    Console.WriteLine("server has no SITE CHMOD, skipping permissions");
                }
                else if (!chmod.Success)
                {
                    Console.WriteLine("::warning::chmod failed: " + chmod.Message);
                }

                var online = client.Execute("DELE " + remoteDir + "/app_offline.htm");
                if (online.Code != [|"250"|])
                {
                    Console.WriteLine("::warning::could not remove app_offline.htm: " + online.Message);
                }

                client.Disconnect();
            }

            if (failures > 0)
            {
                Console.WriteLine(failures + " file(s) failed");
                return ExitDeployFailed;
            }

            if (args.Length > 2)
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                for (var attempt = 0; attempt < 10; attempt++)
                {
                    try
                    {
                        using var response = await http.GetAsync(args[2], CancellationToken.None).ConfigureAwait(false);
                        if ((int)response.StatusCode == 200)
                        {
                            Console.WriteLine("health check passed");
                            return ExitOk;
                        }

                        if (response.StatusCode == (HttpStatusCode)503)
                        {
                            // app pool is still warming up
                            await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
                            continue;
                        }

                        Console.WriteLine("health check returned " + (int)response.StatusCode);
                    }
                    catch (HttpRequestException ex)
                    {
                        Console.WriteLine("health check error: " + ex.Message);
                    }

                    await Task.Delay(250 * (attempt + 1)).ConfigureAwait(false);
                }

                return ExitHealthCheckFailed;
            }

            return ExitOk;
        }
    }
}
