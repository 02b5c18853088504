// Models static helper methods around a synchronous FluentFTP FtpClient that inspect LastReply and Execute results.
using System;
using FluentFTP;

namespace Corpus.FluentLegacyHelpers1
{
    public static class FtpClientHelpers
    {
        public static bool TryDelete(FtpClient client, string path)
        {
            try
            {
                client.DeleteFile(path);
                return true;
            }
            catch (Exception)
            {
                return client.LastReply.Code == [|"550"|] ? false : throw new InvalidOperationException(client.LastReply.ErrorMessage);
            }
        }

        public static bool SupportsMlsd(FtpClient client)
        {
            FtpReply reply = client.Execute("FEAT");
            if (reply.Code != [|"211"|])
            {
                return false;
            }

            return reply.InfoMessages.Contains("MLST", StringComparison.OrdinalIgnoreCase);
        }

        public static bool IsConnectionDropped(FtpClient client)
        {
            FtpReply last = client.LastReply;
            return last.Code is [|"421"|] or [|"426"|] || !client.IsConnected;
        }

        public static string Hash(FtpClient client, string path)
        {
            FtpReply reply = client.Execute("HASH " + path);
            return reply.Code switch
            {
                [|"213"|] => reply.Message,
                [|"502"|] or [|"504"|] => throw new NotSupportedException("HASH not supported."),
                [|"550"|] => throw new System.IO.FileNotFoundException(path),
                _ => throw new InvalidOperationException(reply.ErrorMessage),
            };
        }
    }
}
