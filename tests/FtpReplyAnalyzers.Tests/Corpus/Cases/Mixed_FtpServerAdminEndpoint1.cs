// Models an FTP server host with an embedded HttpListener admin endpoint: FTP replies to sessions, HTTP statuses to admins.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer7.Ftp.Hosting
{
    public interface IFtpClientSession
    {
        string Id { get; }
        Task SendResponseAsync(int code, string message);
        void Abort();
    }

    public sealed class FtpServerHost
    {
        private readonly Dictionary<string, IFtpClientSession> _sessions = new Dictionary<string, IFtpClientSession>();
        private readonly HttpListener _admin = new HttpListener();
        private volatile bool _maintenance;

        public FtpServerHost(int adminPort = 8021)
        {
            _admin.Prefixes.Add($"http://localhost:{adminPort}/");
        }

        public async Task RunAdminLoopAsync(CancellationToken ct)
        {
            _admin.Start();
            while (!ct.IsCancellationRequested)
            {
                HttpListenerContext context = await _admin.GetContextAsync();
                HttpListenerResponse response = context.Response;
                string path = context.Request.Url?.AbsolutePath ?? "/";

                if (context.Request.HttpMethod != "POST")
                {
                    response.StatusCode = 405;
                }
                else if (path == "/maintenance")
                {
                    _maintenance = true;
                    await KickAllAsync();
                    response.StatusCode = 202;
                }
                else if (path.StartsWith("/sessions/", StringComparison.Ordinal) && _sessions.TryGetValue(path.Substring(10), out IFtpClientSession? session))
                {
                    await session.SendResponseAsync([|421|], "Disconnected by administrator.");
                    session.Abort();
                    response.StatusCode = (int)HttpStatusCode.NoContent;
                }
                else
                {
                    response.StatusCode = 404;
                }

                if (response.StatusCode == 404 || response.StatusCode == 405)
                {
                    byte[] body = Encoding.UTF8.GetBytes("not here");
                    await response.OutputStream.WriteAsync(body, ct);
                }

                response.Close();
            }
        }

        public async Task AcceptAsync(IFtpClientSession session)
        {
            if (_maintenance)
            {
                await session.SendResponseAsync([|421|], "Server is in maintenance mode.");
                session.Abort();
                return;
            }

            _sessions[session.Id] = session;
            await session.SendResponseAsync([|220|], "FTP service ready.");
        }

        private async Task KickAllAsync()
        {
            foreach (IFtpClientSession s in _sessions.Values)
            {
                await s.SendResponseAsync([|421|], "Service shutting down for maintenance.");
                s.Abort();
            }

            _sessions.Clear();
        }
    }
}
