// Models a publishing tool that drives FluentFTP's Execute for raw commands and tests FtpReply.Code strings.
// Bugs: MKD success tested as "250" (MKD answers 257); CWD treated as a transfer that may end with "226"; RNFR success tested as "200" (RNFR answers 350); SITE CHMOD success tested as "250" (SITE answers 200/202); the async EPSV reply accepted as "227".
using System;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;

namespace Commands.FluentFtpExecuteReplies1
{
    public sealed class PublishException : Exception
    {
        public PublishException(string message) : base(message) { }
    }

    public sealed class RawCommandPublisher
    {
        private readonly FtpClient _client;

        public RawCommandPublisher(FtpClient client)
        {
            _client = client;
        }

        public void CreateFolder(string path)
        {
            if (_client.Execute("MKD " + path).Code == [|"250"|]) // FTP0004: 250 MKD
            {
                return;
            }

            FtpReply last = _client.LastReply;
            if (last.Code is [|"550"|] or [|"521"|] && _client.DirectoryExists(path))
            {
                return;
            }

            throw new PublishException("MKD " + path + ": " + last.Message);
        }

        public void Enter(string path)
        {
            if (_client.Execute("CWD " + path).Code is not ([|"250"|] or [|"226"|])) // FTP0004: 226 CWD
            {
                throw new PublishException("cannot enter " + path);
            }
        }

        public void Up()
        {
            string code = _client.Execute("CDUP").Code;
            if (code != [|"200"|] && code != [|"250"|])
            {
                throw new PublishException("CDUP refused");
            }
        }

        public void Swap(string staged, string live)
        {
            if (_client.Execute("RNFR " + staged).Code != [|"200"|]) // FTP0004: 200 RNFR
            {
                throw new PublishException("RNFR refused for " + staged);
            }

            if (_client.Execute("RNTO " + live).Code != [|"250"|])
            {
                throw new PublishException("RNTO refused for " + live);
            }
        }

        public void MakeExecutable(string path)
        {
            FtpReply reply = _client.Execute("SITE CHMOD 755 " + path);
            if (!(reply.Code is [|"200"|] or [|"202"|] or [|"502"|] or [|"504"|]))
            {
                throw new PublishException("SITE CHMOD: " + reply.Message);
            }
        }

        public bool SetReadOnly(string path)
        {
            return _client.Execute("SITE CHMOD 444 " + path).Code.Equals([|"250"|], StringComparison.Ordinal); // FTP0004: 250 SITE
        }

        public bool IsAtRoot() => _client.Execute("PWD") is { Code: [|"257"|], Message: var text } && text.StartsWith("\"/\"", StringComparison.Ordinal);

        public bool IsDirectory(string path) => int.Parse(_client.Execute("STAT " + path).Code, CultureInfo.InvariantCulture) == [|212|];

        public DateTime? RemoteTimestamp(string path)
        {
            FtpReply reply = _client.Execute("MDTM " + path);
            return reply.Code == [|"213"|]
                ? DateTime.ParseExact(reply.Message.Trim(), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : null;
        }

        public bool Remove(string path)
        {
            string code = _client.Execute("DELE " + path).Code;
            return code switch
            {
                [|"250"|] => true,
                [|"450"|] or [|"550"|] => false,
                _ => throw new PublishException("DELE " + path + " answered " + code),
            };
        }

        public bool Ping() => _client.Execute("NOOP").Code == [|"200"|];
    }

    public sealed class AsyncDataChannelProbe
    {
        private readonly AsyncFtpClient _client;

        public AsyncDataChannelProbe(AsyncFtpClient client)
        {
            _client = client;
        }

        public async Task<int> ExtendedPassivePortAsync(CancellationToken token)
        {
            return (await _client.Execute("EPSV", token)).Code switch
            {
                [|"229"|] => ParsePort(_client.LastReply.Message),
                [|"227"|] => -1, // FTP0004: 227 EPSV
                [|"500"|] or [|"502"|] => 0,
                _ => throw new PublishException("EPSV: " + _client.LastReply.Message),
            };
        }

        public async Task<bool> CanResumeAsync(CancellationToken token)
        {
            FtpReply reply = await _client.Execute("REST 0", token);
            return reply.Code == [|"350"|];
        }

        private static int ParsePort(string message)
        {
            string[] parts = message.Substring(message.IndexOf('(') + 1).Split('|');
            return int.Parse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
