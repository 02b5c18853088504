// Models HTTP client tests against a raw-socket fake upstream that writes status lines and asserts on status text (no FTP).
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Idioms.HttpFakeUpstreamTests1
{
    internal static class Assert
    {
        public static void Equal<T>(T expected, T actual)
        {
            if (!Equals(expected, actual))
            {
                throw new InvalidOperationException($"expected {expected}, got {actual}");
            }
        }
    }

    internal sealed class FakeUpstream : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);

        public FakeUpstream() => _listener.Start();

        public Uri BaseAddress => new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");

        public string StatusLine { get; set; } = "HTTP/1.1 200 OK";

        public async Task ServeOnceAsync()
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync();
            using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
            using var writer = new StreamWriter(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
            }

            await writer.WriteLineAsync(StatusLine);
            await writer.WriteLineAsync("Content-Length: 0");
            await writer.WriteLineAsync("Connection: close");
            await writer.WriteLineAsync();
        }

        public void Dispose() => _listener.Stop();
    }

    public sealed class UpstreamClientTests
    {
        public async Task Ok_status_is_passed_through()
        {
            using var upstream = new FakeUpstream();
            Task serving = upstream.ServeOnceAsync();
            using var http = new HttpClient { BaseAddress = upstream.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

            using HttpResponseMessage response = await http.GetAsync("status");
            await serving;

            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("200 OK", (int)response.StatusCode + " " + response.ReasonPhrase);
        }

        public async Task Delta_encoding_reply_keeps_reason_phrase()
        {
            using var upstream = new FakeUpstream { StatusLine = "HTTP/1.1 226 IM Used" };
            Task serving = upstream.ServeOnceAsync();
            using var http = new HttpClient { BaseAddress = upstream.BaseAddress };

            using HttpResponseMessage response = await http.GetAsync("feed");
            await serving;

            Assert.Equal(226, (int)response.StatusCode);
            Assert.Equal("226 IM Used", $"{(int)response.StatusCode} {response.ReasonPhrase}");
        }

        public async Task Unavailable_upstream_surfaces_503()
        {
            using var upstream = new FakeUpstream { StatusLine = "HTTP/1.1 503 Service Unavailable" };
            Task serving = upstream.ServeOnceAsync();
            using var http = new HttpClient { BaseAddress = upstream.BaseAddress };

            using HttpResponseMessage response = await http.GetAsync("status");
            await serving;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Service Unavailable", response.ReasonPhrase);
        }

        public async Task Misdirected_request_is_421()
        {
            using var upstream = new FakeUpstream { StatusLine = "HTTP/1.1 421 Misdirected Request" };
            Task serving = upstream.ServeOnceAsync();
            using var http = new HttpClient { BaseAddress = upstream.BaseAddress };

            using HttpResponseMessage response = await http.GetAsync("status");
            await serving;

            Assert.Equal(421, (int)response.StatusCode);
        }
    }
}
