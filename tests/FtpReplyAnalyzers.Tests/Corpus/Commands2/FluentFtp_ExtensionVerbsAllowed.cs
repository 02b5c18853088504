// Models a FluentFTP FtpClient capability scanner that sends RFC 3659/2389/2640 and legacy verbs through Execute and reads the string codes; every code is one its command may send, or the command has no row.
using System;
using System.Collections.Generic;
using System.Globalization;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Commands2.FluentFtpExtensionVerbsAllowed1
{
    public sealed record ServerCapabilities
    {
        public List<string> Features { get; } = new();
        public bool MachineListing { get; set; }
        public bool Utf8 { get; set; }
        public string? Language { get; set; }
        public long? ProbeSize { get; set; }
        public DateTime? ProbeModified { get; set; }
        public bool NeedsAllocation { get; set; }
        public bool HashSupported { get; set; }
        public string? Help { get; set; }
    }

    public static class FtpReplyExtensions
    {
        public static bool Is(this FtpReply reply, string code) => reply.Code == code;

        public static bool IsAny(this FtpReply reply, params string[] codes) => Array.IndexOf(codes, reply.Code) >= 0;
    }

    public sealed class CapabilityScanner
    {
        private readonly FtpClient _client;

        public CapabilityScanner(FtpClient client) => _client = client;

        public ServerCapabilities Scan(string probeFile)
        {
            var caps = new ServerCapabilities();

            FtpReply feat = _client.Execute("FEAT");
            if (feat.Is([|"211"|]))
            {
                caps.Features.AddRange(feat.InfoMessages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (!feat.IsAny([|"500"|], [|"502"|]))
            {
                throw new FtpCommandException(feat);
            }

            caps.Utf8 = _client.Execute("OPTS UTF8 ON").Code is [|"200"|];
            caps.Language = _client.Execute("LANG EN").Code switch
            {
                [|"200"|] => "EN",
                [|"504"|] or [|"502"|] => null,
                _ => null,
            };

            FtpReply mlst = _client.Execute("MLST " + probeFile);
            caps.MachineListing = mlst.Code == [|"250"|];
            if (mlst.Code is [|"550"|] or [|"553"|])
            {
                Console.WriteLine("probe file missing: " + mlst.Message);
            }

            FtpReply size = _client.Execute("SIZE " + probeFile);
            switch (size.Code)
            {
                case [|"213"|]:
                    caps.ProbeSize = long.Parse(size.Message, CultureInfo.InvariantCulture);
                    break;
                case [|"450"|]:
                case [|"451"|]:
                    Console.WriteLine("SIZE temporarily unavailable: " + size.Message);
                    break;
                case [|"550"|]:
                    break;
            }

            FtpReply mdtm = _client.Execute("MDTM " + probeFile);
            if (mdtm.Code.Equals([|"213"|], StringComparison.Ordinal))
            {
                caps.ProbeModified = DateTime.ParseExact(mdtm.Message.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            }

            caps.NeedsAllocation = _client.Execute("ALLO 1048576").Code is [|"200"|];
            caps.HashSupported = _client.Execute("HASH " + probeFile).Code == [|"213"|];
            if (_client.Execute("XCRC " + probeFile).Code == [|"250"|])
            {
                caps.Features.Add("XCRC");
            }

            if (_client.Execute("AVBL").Code == [|"213"|])
            {
                caps.Features.Add("AVBL");
            }

            FtpReply help = _client.Execute("HELP SITE");
            caps.Help = help.IsAny([|"214"|], [|"211"|]) ? help.Message : null;

            return caps;
        }

        public void Remount(string volume)
        {
            FtpReply smnt = _client.Execute("SMNT " + volume);
            if (!smnt.IsAny([|"202"|], [|"250"|], [|"502"|]))
            {
                throw new FtpCommandException(smnt);
            }
        }

        public bool Reinitialize()
        {
            FtpReply rein = _client.Execute("REIN");
            if (rein.Code == [|"120"|])
            {
                FtpReply ready = _client.GetReply();
                return ready.Code == [|"220"|];
            }

            return rein.Code == [|"220"|];
        }

        public string? ServerStatus()
        {
            FtpReply stat = _client.Execute("STAT");
            return stat.Code is [|"211"|] or [|"212"|] or [|"213"|] ? stat.InfoMessages : null;
        }

        public void UploadWithCheck(string local, string remote)
        {
            FtpStatus status = _client.UploadFile(local, remote);
            if (status == FtpStatus.Failed && _client.LastReply.Code == [|"553"|])
            {
                Console.Error.WriteLine("name not allowed: " + remote);
            }

            FtpReply after = _client.GetReply();
            if (after.Code == [|"226"|])
            {
                Console.WriteLine("late completion reply drained");
            }
        }

        public bool RunConfigured(string configuredCommand)
        {
            FtpReply reply = _client.Execute(configuredCommand);
            return reply.IsAny([|"200"|], [|"202"|], [|"250"|]);
        }

        public bool Identify(string clientName) => _client.Execute("CLNT " + clientName).Code == [|"200"|];
    }
}
