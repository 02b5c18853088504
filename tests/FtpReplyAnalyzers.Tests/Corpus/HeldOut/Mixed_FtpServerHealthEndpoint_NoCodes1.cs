// FTP server host that also serves an HTTP health endpoint: HTTP statuses on HttpListenerResponse, FTP replies only through named constants.
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.FtpHealthEndpoint1
{
    public interface IFtpReplySink
    {
        Task ReplyAsync(int code, string text);
    }

    public static class FtpReplies
    {
        public const int ServiceReady = 220;
        public const int ServiceNotAvailable = 421;
    }

    public sealed class FtpHost : IDisposable
    {
        public const int ListenPort = 21;
        public const int HealthPort = 8021;
        public const int MaxSessions = 250;

        private readonly HttpListener _health = new HttpListener();
        private int _sessions;
        private volatile bool _accepting = true;

        public FtpHost()
        {
            _health.Prefixes.Add($"http://+:{HealthPort}/");
        }

        public int Sessions => Volatile.Read(ref _sessions);

        public async Task<bool> GreetAsync(IFtpReplySink session)
        {
            if (!_accepting || Interlocked.Increment(ref _sessions) > MaxSessions)
            {
                await session.ReplyAsync(FtpReplies.ServiceNotAvailable, "Too many users, try again later.");
                return false;
            }

            await session.ReplyAsync(FtpReplies.ServiceReady, "FTP service ready.");
            return true;
        }

        public void SessionEnded() => Interlocked.Decrement(ref _sessions);

        public void BeginDrain() => _accepting = false;

        public async Task ServeHealthAsync(CancellationToken ct)
        {
            _health.Start();
            while (!ct.IsCancellationRequested)
            {
                var ctx = await _health.GetContextAsync();
                var response = ctx.Response;
                if (ctx.Request.Url?.AbsolutePath == "/ready")
                {
                    response.StatusCode = _accepting && Sessions < MaxSessions ? 200 : 503;
                }
                else if (ctx.Request.Url?.AbsolutePath == "/live")
                {
                    response.StatusCode = 200;
                }
                else
                {
                    response.StatusCode = 404;
                }

                var body = Encoding.UTF8.GetBytes($"sessions={Sessions} port={ListenPort}");
                await response.OutputStream.WriteAsync(body, 0, body.Length, ct);
                if (response.StatusCode == 503)
                {
                    Console.WriteLine("readiness probe failed while draining");
                }

                response.Close();
            }
        }

        public void Dispose() => ((IDisposable)_health).Dispose();
    }
}
