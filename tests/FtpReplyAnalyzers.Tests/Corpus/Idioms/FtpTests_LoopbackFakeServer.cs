// Models integration tests that run a loopback fake FTP server writing scripted reply lines with WriteLineAsync.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Idioms.FtpTestsLoopbackFakeServer1
{
    internal static class Check
    {
        public static void True(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException("check failed: " + what);
            }
        }

        public static void Equal(string expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"expected '{expected}' but got '{actual}'");
            }
        }
    }

    internal sealed class FakeFtpServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);

        public FakeFtpServer() => _listener.Start();

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public List<string> Commands { get; } = new List<string>();

        public bool RejectPassword { get; set; }

        public async Task ServeOneAsync()
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync();
            using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
            using var writer = new StreamWriter(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            await writer.WriteLineAsync("[|220|] Welcome to the fake server");
            string? line;
            while ((line = await reader.ReadLineAsync()) != null)
            {
                Commands.Add(line);
                string verb = line.Split(' ')[0];
                switch (verb)
                {
                    case "USER":
                        await writer.WriteLineAsync("[|331|] Send password");
                        break;
                    case "PASS":
                        await writer.WriteLineAsync(RejectPassword ? "[|530|] Login incorrect" : "[|230|] Logged in");
                        break;
                    case "PASV":
                        await writer.WriteLineAsync("[|227|] Entering Passive Mode (127,0,0,1,195,80)");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("[|221|] Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("[|500|] Unknown command");
                        break;
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }

    public sealed class LoginTests
    {
        public async Task Login_sends_user_then_pass()
        {
            using var server = new FakeFtpServer();
            Task serving = server.ServeOneAsync();

            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
            using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
            using var writer = new StreamWriter(tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            Check.Equal("[|220|] Welcome to the fake server", await reader.ReadLineAsync());
            await writer.WriteLineAsync("USER bob");
            Check.True((await reader.ReadLineAsync())!.StartsWith("[|331|]"), "USER answered with 331");
            await writer.WriteLineAsync("PASS secret");
            Check.Equal("[|230|] Logged in", await reader.ReadLineAsync());
            await writer.WriteLineAsync("QUIT");
            await serving.WaitAsync(TimeSpan.FromSeconds(5));

            Check.True(server.Commands.Count == 3, "three commands sent");
        }

        public async Task Pasv_reply_carries_port_50000()
        {
            using var server = new FakeFtpServer();
            Task serving = server.ServeOneAsync();
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
            using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
            using var writer = new StreamWriter(tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            await reader.ReadLineAsync();
            await writer.WriteLineAsync("PASV");
            string pasv = (await reader.ReadLineAsync())!;
            string[] parts = pasv.Substring(pasv.IndexOf('(') + 1).TrimEnd(')').Split(',');
            int port = int.Parse(parts[4]) * 256 + int.Parse(parts[5]);
            Check.True(port == 50000, "port decoded from PASV");
            await writer.WriteLineAsync("QUIT");
            await serving;
        }
    }
}
