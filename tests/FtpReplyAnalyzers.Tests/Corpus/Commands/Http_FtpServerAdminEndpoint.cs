// Models the HttpListener admin endpoint of an FTP server product: HandleStat, HandleHelp and HandleQuit answer HTTP requests, so every code they set is an HTTP status.
using System;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Commands.HttpFtpServerAdminEndpoint1
{
    public interface IFtpServerControl
    {
        int ActiveSessions { get; }
        bool AcceptingConnections { get; }
        void BeginShutdown(TimeSpan grace);
    }

    public sealed class FtpServerAdminEndpoint
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly IFtpServerControl _server;
        private readonly string _token;

        public FtpServerAdminEndpoint(IFtpServerControl server, string prefix, string token)
        {
            _server = server;
            _token = token;
            _listener.Prefixes.Add(prefix);
        }

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start();
            while (!ct.IsCancellationRequested)
            {
                HttpListenerContext context = await _listener.GetContextAsync();
                HttpListenerResponse response = context.Response;
                if (context.Request.Headers["X-Admin-Token"] != _token)
                {
                    response.StatusCode = 401;
                    response.Close();
                    continue;
                }

                switch (context.Request.Url?.AbsolutePath)
                {
                    case "/stat":
                        await HandleStat(response);
                        break;
                    case "/help":
                        await HandleHelp(response);
                        break;
                    case "/quit":
                        HandleQuit(context.Request, response);
                        break;
                    default:
                        response.StatusCode = 404;
                        break;
                }

                response.Close();
            }
        }

        private async Task HandleStat(HttpListenerResponse response)
        {
            response.StatusCode = _server.AcceptingConnections ? 200 : 503;
            byte[] body = Encoding.UTF8.GetBytes("{\"sessions\":" + _server.ActiveSessions + "}");
            response.ContentType = "application/json";
            await response.OutputStream.WriteAsync(body);
        }

        private static async Task HandleHelp(HttpListenerResponse response)
        {
            response.StatusCode = (int)HttpStatusCode.OK;
            byte[] body = Encoding.UTF8.GetBytes("GET /stat, GET /help, POST /quit");
            await response.OutputStream.WriteAsync(body);
        }

        private void HandleQuit(HttpListenerRequest request, HttpListenerResponse response)
        {
            if (request.HttpMethod != "POST")
            {
                response.StatusCode = 405;
                return;
            }

            _server.BeginShutdown(TimeSpan.FromSeconds(30));
            response.StatusCode = 202;
        }
    }
}
