// Models a game-mod publishing tool: registers a release with the mod portal's REST API, then uploads the archive to the mirror FTP with FluentFTP.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Blind.GameModPublisher1
{
    public sealed class ModRelease
    {
        public string ModId { get; set; } = string.Empty;
        public string Version { get; set; } = "1.0.0";
        public string ArchivePath { get; set; } = string.Empty;
        public string GameVersion { get; set; } = "1.20";
    }

    public sealed class ModPublisher
    {
        private const int MaxArchiveMegabytes = 250;
        private readonly HttpClient _portal;
        private readonly AsyncFtpClient _mirror;

        public ModPublisher(HttpClient portal, AsyncFtpClient mirror)
        {
            _portal = portal;
            _mirror = mirror;
        }

        public event Action<int>? Progress;

        public async Task<string> PublishAsync(ModRelease release, CancellationToken ct)
        {
            var sizeMb = new FileInfo(release.ArchivePath).Length / (1024 * 1024);
            if (sizeMb > MaxArchiveMegabytes)
            {
                return "archive is larger than the portal limit";
            }

            // 1. announce the release to the portal
            var body = new StringContent("{\"version\":\"" + release.Version + "\",\"game\":\"" + release.GameVersion + "\"}", Encoding.UTF8, "application/json");
            using (var response = await _portal.PostAsync("api/mods/" + release.ModId + "/releases", body, ct).ConfigureAwait(false))
            {
                var status = (int)response.StatusCode;
                if (status == 409)
                {
                    return "version " + release.Version + " already exists on the portal";
                }

                if (status == 401 || status == 403)
                {
                    return "portal token expired";
                }

                if (status == 503 || status == 502)
                {
                    return "portal is down for maintenance, try later";
                }

                if (status != 201 && status != 200)
                {
                    return "portal refused the release (HTTP " + status + ")";
                }
            }

            Progress?.Invoke(10);

            // 2. upload the archive to the mirror
            var remote = "/incoming/" + release.ModId + "/" + release.ModId + "-" + release.Version + ".zip";
            try
            {
                await _mirror.Connect(ct).ConfigureAwait(false);
                var status = await _mirror.UploadFile(release.ArchivePath, remote, FtpRemoteExists.Skip, createRemoteDir: true, ct).ConfigureAwait(false);
                if (status == FtpStatus.Skipped)
                {
                    return "archive already on the mirror";
                }

                var last = _mirror.LastReply;
                if (status == FtpStatus.Failed && last.Code == [|"553"|])
                {
                    return "mirror rejected the file name, avoid spaces and non-ASCII characters";
                }

                Progress?.Invoke(90);
            }
            catch (FtpCommandException ex) when (ex.CompletionCode is [|"452"|] or [|"552"|])
            {
                return "mirror quota exceeded for " + release.ModId;
            }
            catch (FtpCommandException ex) when (ex.CompletionCode.Equals([|"530"|], StringComparison.Ordinal))
            {
                return "mirror login failed";
            }
            finally
            {
                await _mirror.Disconnect(ct).ConfigureAwait(false);
            }

            // 3. tell the portal the file is live
            using (var publish = await _portal.PostAsync("api/mods/" + release.ModId + "/releases/" + release.Version + "/publish", null, ct).ConfigureAwait(false))
            {
                if (publish.StatusCode == (HttpStatusCode)202 || (int)publish.StatusCode == 200)
                {
                    Progress?.Invoke(100);
                    return "published";
                }
            }

            return "uploaded, but the portal did not confirm publication";
        }
    }
}
