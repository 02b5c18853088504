// Models a FluentFTP-based capability probe that sends extension commands (FEAT, OPTS, MLST, SIZE, MDTM, LANG) and vendor commands (HASH, CLNT) through Execute and reads FtpReply.Code.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Commands.FluentFtpExtensionsAndFeatures1
{
    public sealed class ServerCapabilities
    {
        public HashSet<string> Features { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        public bool Utf8 { get; set; }
        public bool Machine { get; set; }
        public bool Hash { get; set; }
        public string? Language { get; set; }
    }

    public sealed class CapabilityProbe
    {
        private readonly FtpClient _client;

        public CapabilityProbe(FtpClient client)
        {
            _client = client;
        }

        public ServerCapabilities Probe(string samplePath)
        {
            var caps = new ServerCapabilities();
            FtpReply feat = _client.Execute("FEAT");
            if (feat.Code == [|"211"|])
            {
                foreach (string line in feat.InfoMessages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    caps.Features.Add(line.Split(' ')[0]);
                }
            }
            else if (feat.Code is not ([|"500"|] or [|"502"|]))
            {
                throw new FtpCommandException(feat);
            }

            caps.Utf8 = _client.Execute("OPTS UTF8 ON").Code switch
            {
                [|"200"|] => true,
                [|"451"|] or [|"501"|] or [|"500"|] or [|"502"|] => false,
                _ => false,
            };

            caps.Machine = _client.Execute("MLST " + samplePath).Code is [|"250"|];
            caps.Hash = _client.Execute("HASH " + samplePath).Code == [|"213"|];

            if (_client.Execute("CLNT BackupAgent 4.2").Code != [|"200"|])
            {
                Console.Error.WriteLine("server ignored CLNT");
            }

            FtpReply lang = _client.Execute("LANG fr");
            if (lang.Code == [|"200"|])
            {
                caps.Language = "fr";
            }

            return caps;
        }

        public long RemoteSize(string path, Action relogin)
        {
            switch (_client.Execute("SIZE " + path).Code)
            {
                case [|"213"|]:
                    return long.Parse(_client.LastReply.Message.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                case [|"550"|]:
                    return -1;
                case [|"530"|]:
                    relogin();
                    return RemoteSize(path, relogin);
                default:
                    throw new FtpCommandException(_client.LastReply);
            }
        }

        public DateTime? RemoteTime(string path)
        {
            FtpReply reply = _client.Execute("MDTM " + path);
            return reply.Code switch
            {
                [|"213"|] => DateTime.ParseExact(reply.Message.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
                [|"550"|] or [|"501"|] => null,
                _ => throw new FtpCommandException(reply),
            };
        }
    }

    public sealed class AsyncListingProbe
    {
        private readonly AsyncFtpClient _client;

        public AsyncListingProbe(AsyncFtpClient client)
        {
            _client = client;
        }

        public async Task<bool> SupportsMachineListingAsync(string directory, CancellationToken token)
        {
            FtpReply reply = await _client.Execute("MLSD " + directory, token);
            if (reply.Code is [|"150"|] or [|"125"|])
            {
                FtpReply done = await _client.GetReply(token);
                return done.Code is [|"226"|] or [|"250"|];
            }

            return reply.Code is not ([|"500"|] or [|"502"|] or [|"501"|]);
        }
    }
}
