// Models a FluentFTP AsyncFtpClient uploader that negotiates protection (PBSZ/PROT, GSSAPI ADAT) and site options with raw Execute calls and string codes.
// Bugs: PROT P's reply accepted with "234" (PROT answers 200; 234 is AUTH's); the ADAT loop stops on "234" (ADAT answers 235 when the exchange is complete); SITE UTIME's code tested with StartsWith("213") (SITE answers 200 or 202; 213 is MFMT's).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;
using FluentFTP.Exceptions;

namespace Commands2.FluentFtpAsyncProtectedExecute1
{
    public static class AsyncFtpClientExtensions
    {
        public static async Task<FtpReply> ExecuteExpecting(this AsyncFtpClient client, string command, params string[] codes)
        {
            FtpReply reply = await client.Execute(command);
            return Array.IndexOf(codes, reply.Code) >= 0 ? reply : throw new FtpCommandException(reply);
        }

        public static Task<FtpReply> Adat(this AsyncFtpClient client, string base64Token, CancellationToken ct = default)
            => client.Execute("ADAT " + base64Token, ct);
    }

    public sealed record UploadOptions(string Host, string User, string Password, bool Kerberos, IReadOnlyList<string> PostLoginCommands);

    public sealed class ProtectedUploader : IAsyncDisposable
    {
        private readonly AsyncFtpClient _client;
        private readonly UploadOptions _options;

        public ProtectedUploader(UploadOptions options)
        {
            _options = options;
            _client = new AsyncFtpClient(options.Host, options.User, options.Password);
        }

        public bool PrivateData { get; private set; }

        public async Task OpenAsync(CancellationToken ct)
        {
            await _client.Connect(ct);
            if (_options.Kerberos && !await ExchangeGssapiAsync(ct))
            {
                throw new FtpException("GSSAPI security exchange failed");
            }

            await _client.ExecuteExpecting("PBSZ 0", [|"200"|]);
            FtpReply prot = await _client.Execute("PROT P", ct);
            PrivateData = prot.Code switch
            {
                [|"200"|] => true,
                [|"234"|] => true, // FTP0004: 234 PROT
                [|"536"|] or [|"534"|] => false,
                _ => throw new FtpCommandException(prot),
            };

            await _client.ExecuteExpecting("OPTS UTF8 ON", [|"200"|]);
            foreach (string command in _options.PostLoginCommands)
            {
                await _client.ExecuteExpecting(command, [|"200"|], [|"250"|]);
            }
        }

        public async Task UploadAsync(string localPath, string remotePath, DateTime modifiedUtc, CancellationToken ct)
        {
            string directory = remotePath.Substring(0, Math.Max(1, remotePath.LastIndexOf('/')));
            await _client.ExecuteExpecting("CWD " + directory, [|"250"|], [|"200"|]);

            FtpReply size = await _client.Execute("SIZE " + remotePath, ct);
            if (size.Code == [|"213"|] && long.Parse(size.Message, CultureInfo.InvariantCulture) > 0)
            {
                FtpReply rest = await _client.Execute("REST " + size.Message, ct);
                Console.WriteLine(rest.Code is [|"350"|] ? "resuming at " + size.Message : "restart refused");
            }

            try
            {
                await _client.UploadFile(localPath, remotePath, FtpRemoteExists.Resume, createRemoteDir: true, token: ct);
            }
            catch (FtpCommandException ex) when (ex.CompletionCode == [|"552"|] || ex.CompletionCode == [|"452"|])
            {
                throw new FtpException("remote quota exceeded for " + remotePath, ex);
            }

            if (_client.LastReply.Code != [|"226"|])
            {
                Console.Error.WriteLine("upload ended with " + _client.LastReply.Code);
            }

            await PreserveTimestampAsync(remotePath, modifiedUtc, ct);
        }

        public async ValueTask DisposeAsync()
        {
            await _client.Disconnect();
            await _client.DisposeAsync();
        }

        private async Task<bool> ExchangeGssapiAsync(CancellationToken ct)
        {
            FtpReply auth = await _client.Execute("AUTH GSSAPI", ct);
            if (auth.Code != [|"334"|])
            {
                return false;
            }

            string token = Convert.ToBase64String(new byte[] { 0x60, 0x82 });
            for (int round = 0; round < 8; round++)
            {
                FtpReply adat = await _client.Adat(token, ct);
                if (adat.Code == [|"234"|]) // FTP0004: 234 ADAT
                {
                    return true;
                }

                if (adat.Code != [|"335"|])
                {
                    return false;
                }

                token = adat.Message.StartsWith("ADAT=", StringComparison.Ordinal) ? adat.Message.Substring(5) : token;
            }

            return false;
        }

        private async Task PreserveTimestampAsync(string remotePath, DateTime modifiedUtc, CancellationToken ct)
        {
            string stamp = modifiedUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            FtpReply mfmt = await _client.Execute($"MFMT {stamp} {remotePath}", ct);
            if (mfmt.Code == [|"213"|])
            {
                return;
            }

            FtpReply utime = await _client.Execute("SITE UTIME " + remotePath + " " + stamp + " " + stamp + " " + stamp + " UTC", ct);
            if (!utime.Code.StartsWith("[|213|]", StringComparison.Ordinal)) // FTP0004: 213 SITE
            {
                Console.Error.WriteLine("cannot preserve time of " + remotePath + ": " + utime.Message);
            }
        }
    }
}
