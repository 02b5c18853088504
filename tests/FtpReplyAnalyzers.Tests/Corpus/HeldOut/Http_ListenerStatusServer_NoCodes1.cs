// Small HttpListener-based status server that sets HttpListenerResponse.StatusCode for health, maintenance and unsupported methods.
using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.ListenerStatusServer1
{
    public sealed class StatusServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private volatile bool _maintenance;
        private int _requests;

        public StatusServer(int port = 8080)
        {
            _listener.Prefixes.Add($"http://+:{port}/");
        }

        public bool Maintenance
        {
            get => _maintenance;
            set => _maintenance = value;
        }

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start();
            while (!ct.IsCancellationRequested)
            {
                var ctx = await _listener.GetContextAsync();
                Interlocked.Increment(ref _requests);
                try
                {
                    await HandleAsync(ctx);
                }
                catch (Exception ex)
                {
                    ctx.Response.StatusCode = 500;
                    await WriteAsync(ctx.Response, ex.Message);
                }
                finally
                {
                    if (ctx.Response.StatusCode == 500)
                    {
                        Console.Error.WriteLine($"request {ctx.Request.RawUrl} failed");
                    }
                    ctx.Response.Close();
                }
            }
        }

        private async Task HandleAsync(HttpListenerContext ctx)
        {
            var response = ctx.Response;
            if (ctx.Request.HttpMethod != "GET" && ctx.Request.HttpMethod != "HEAD")
            {
                response.StatusCode = 501;
                await WriteAsync(response, "method not implemented");
                return;
            }

            switch (ctx.Request.Url?.AbsolutePath)
            {
                case "/health":
                    response.StatusCode = _maintenance ? 503 : 200;
                    if (_maintenance)
                    {
                        response.AddHeader("Retry-After", "120");
                    }
                    await WriteAsync(response, _maintenance ? "maintenance" : "ok");
                    break;
                case "/stats":
                    response.StatusCode = 200;
                    await WriteAsync(response, $"requests={_requests}");
                    break;
                case "/accepted":
                    response.StatusCode = 202;
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
        }

        private static async Task WriteAsync(HttpListenerResponse response, string body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "text/plain";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, 0, bytes.Length);
        }

        public void Dispose() => ((IDisposable)_listener).Dispose();
    }
}
