// Models the HttpListener admin/status page embedded in an FTP server service: HTTP status codes set on HttpListenerResponse next to FTP counters.
using System;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpServerStatusPage1
{
    public sealed class FtpServerCounters
    {
        public int ActiveSessions;
        public int MaxSessions = 200;
        public long BytesSent;
        public long BytesReceived;
        public int FailedLogins;
        public bool AcceptingConnections = true;
        public int ListenPort = 21;
        public int ImplicitTlsPort = 990;
    }

    public sealed class FtpStatusPage
    {
        private readonly FtpServerCounters _counters;
        private readonly HttpListener _listener = new HttpListener();
        private readonly string _adminToken;

        public FtpStatusPage(FtpServerCounters counters, string adminToken, int httpPort = 8021)
        {
            _counters = counters;
            _adminToken = adminToken;
            _listener.Prefixes.Add("http://localhost:" + httpPort.ToString(CultureInfo.InvariantCulture) + "/");
        }

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start();
            using var registration = ct.Register(() => _listener.Stop());
            while (!ct.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (HttpListenerException) when (ct.IsCancellationRequested)
                {
                    return;
                }

                Handle(context);
            }
        }

        private void Handle(HttpListenerContext context)
        {
            var response = context.Response;
            var path = context.Request.Url?.AbsolutePath ?? "/";
            try
            {
                if (context.Request.Headers["X-Admin-Token"] != _adminToken)
                {
                    response.StatusCode = 401;
                    return;
                }

                switch (path)
                {
                    case "/status":
                        if (!_counters.AcceptingConnections)
                        {
                            response.StatusCode = 503;
                            Write(response, "ftp server is draining");
                            return;
                        }

                        if (_counters.ActiveSessions == _counters.MaxSessions)
                        {
                            response.StatusCode = 429;
                        }
                        else
                        {
                            response.StatusCode = 200;
                        }

                        Write(response, string.Format(
                            CultureInfo.InvariantCulture,
                            "sessions={0}/{1} sent={2} received={3} failedLogins={4} port={5} tlsPort={6}",
                            _counters.ActiveSessions,
                            _counters.MaxSessions,
                            _counters.BytesSent,
                            _counters.BytesReceived,
                            _counters.FailedLogins,
                            _counters.ListenPort,
                            _counters.ImplicitTlsPort));
                        return;
                    case "/drain":
                        if (context.Request.HttpMethod != "POST")
                        {
                            response.StatusCode = 405;
                            return;
                        }

                        _counters.AcceptingConnections = false;
                        response.StatusCode = 202;
                        return;
                    default:
                        response.StatusCode = 404;
                        return;
                }
            }
            catch (Exception ex)
            {
                response.StatusCode = 500;
                Write(response, ex.Message);
            }
            finally
            {
                response.Close();
            }
        }

        private static void Write(HttpListenerResponse response, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes, 0, bytes.Length);
        }

        public static bool IsHealthy(HttpWebResponse probe) => (int)probe.StatusCode == 200 || probe.StatusCode == (HttpStatusCode)202;
    }
}
