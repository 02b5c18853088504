// Models an FTP server that uses named reply-code constants everywhere (constant declarations are not magic numbers).
using System;
using System.Collections.Concurrent;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer5.Ftp
{
    public static class FtpReplyCode
    {
        public const int ServiceReady = 220;
        public const int ClosingControl = 221;
        public const int ServiceNotAvailable = 421;
        public const int NotLoggedIn = 530;
        public const int FileUnavailable = 550;
    }

    public interface IFtpConnection
    {
        IPAddress RemoteAddress { get; }
        Task WriteReplyAsync(int code, string text, CancellationToken ct);
        void Close();
    }

    public sealed class ConnectionThrottle
    {
        private const int MaxPerAddress = 5;
        private readonly ConcurrentDictionary<IPAddress, int> _perAddress = new ConcurrentDictionary<IPAddress, int>();
        private int _total;

        public int MaxTotal { get; set; } = 200;

        public async Task<bool> AdmitAsync(IFtpConnection connection, CancellationToken ct)
        {
            int total = Interlocked.Increment(ref _total);
            int mine = _perAddress.AddOrUpdate(connection.RemoteAddress, 1, (_, n) => n + 1);

            if (total > MaxTotal || mine > MaxPerAddress)
            {
                await connection.WriteReplyAsync(FtpReplyCode.ServiceNotAvailable, "Too many connections.", ct);
                Release(connection);
                connection.Close();
                return false;
            }

            if (total == MaxTotal)
            {
                Console.WriteLine("FTP server reached its connection limit.");
            }

            await connection.WriteReplyAsync(FtpReplyCode.ServiceReady, "Welcome.", ct);
            return true;
        }

        public void Release(IFtpConnection connection)
        {
            Interlocked.Decrement(ref _total);
            _perAddress.AddOrUpdate(connection.RemoteAddress, 0, (_, n) => Math.Max(0, n - 1));
        }

        public static bool IsLoginFailure(int code) => code == FtpReplyCode.NotLoggedIn;

        public static string Describe(int code) => code switch
        {
            FtpReplyCode.ServiceReady => "ready",
            FtpReplyCode.ServiceNotAvailable => "busy",
            FtpReplyCode.FileUnavailable => "missing",
            _ => "other",
        };
    }
}
