// Models a small static-file HTTP server built on HttpListener, setting HttpListenerResponse.StatusCode.
using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.HttpListenerFileServer1
{
    public sealed class StaticFileServer
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly string _root;

        public StaticFileServer(string root, int port = 8080)
        {
            _root = Path.GetFullPath(root);
            _listener.Prefixes.Add($"http://+:{port}/");
        }

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start();
            while (!ct.IsCancellationRequested)
            {
                HttpListenerContext ctx = await _listener.GetContextAsync();
                _ = Task.Run(() => ServeAsync(ctx), ct);
            }
        }

        private async Task ServeAsync(HttpListenerContext ctx)
        {
            HttpListenerResponse response = ctx.Response;
            try
            {
                if (ctx.Request.HttpMethod != "GET" && ctx.Request.HttpMethod != "HEAD")
                {
                    response.StatusCode = 405;
                    response.AddHeader("Allow", "GET, HEAD");
                    return;
                }

                string relative = Uri.UnescapeDataString(ctx.Request.Url!.AbsolutePath).TrimStart('/');
                string path = Path.GetFullPath(Path.Combine(_root, relative));
                if (!path.StartsWith(_root, StringComparison.Ordinal))
                {
                    response.StatusCode = (int)HttpStatusCode.Forbidden;
                    return;
                }

                if (!File.Exists(path))
                {
                    response.StatusCode = 404;
                    return;
                }

                var info = new FileInfo(path);
                string? since = ctx.Request.Headers["If-Modified-Since"];
                if (since != null && DateTime.TryParse(since, out DateTime t) && info.LastWriteTimeUtc <= t.ToUniversalTime())
                {
                    response.StatusCode = 304;
                    return;
                }

                response.StatusCode = 200;
                response.ContentLength64 = info.Length;
                if (ctx.Request.HttpMethod == "GET")
                {
                    await using FileStream file = info.OpenRead();
                    await file.CopyToAsync(response.OutputStream, 81920);
                }
            }
            catch (IOException)
            {
                response.StatusCode = 500;
            }
            finally
            {
                if (response.StatusCode == 404 || response.StatusCode == 405)
                {
                    Console.WriteLine($"{response.StatusCode} {ctx.Request.Url}");
                }

                response.Close();
            }
        }
    }
}
