// Models a TcpListener-based FTP server whose session uses its own SendReply/CloseConnection helpers and WriteLineAsync.
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.FtpServerSessionHelpers1
{
    public sealed class FtpConnection
    {
        public FtpConnection(TcpClient client)
        {
            Client = client;
            Writer = new StreamWriter(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            Reader = new StreamReader(client.GetStream(), Encoding.ASCII);
        }

        public TcpClient Client { get; }
        public StreamWriter Writer { get; }
        public StreamReader Reader { get; }
        public string? User { get; set; }
    }

    public sealed class TinyFtpServer
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 2121);
        private readonly ConcurrentDictionary<Guid, FtpConnection> _sessions = new ConcurrentDictionary<Guid, FtpConnection>();

        public int MaxClients { get; init; } = 25;
        public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(300);

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start(100);
            while (!ct.IsCancellationRequested)
            {
                TcpClient tcp = await _listener.AcceptTcpClientAsync(ct);
                var conn = new FtpConnection(tcp);
                if (_sessions.Count >= MaxClients)
                {
                    await SendReply(conn, [|421|], "Too many users, try again later.");
                    CloseConnection(conn, null);
                    continue;
                }

                Guid id = Guid.NewGuid();
                _sessions[id] = conn;
                _ = ServeAsync(id, conn, ct);
            }
        }

        private async Task ServeAsync(Guid id, FtpConnection conn, CancellationToken ct)
        {
            await conn.Writer.WriteLineAsync("[|220|] TinyFtp ready");
            try
            {
                string? line;
                while ((line = await conn.Reader.ReadLineAsync(ct)) != null)
                {
                    string verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    string arg = line.Length > verb.Length ? line.Substring(verb.Length + 1) : string.Empty;
                    if (verb == "QUIT")
                    {
                        CloseConnection(conn, "[|221|] Goodbye");
                        return;
                    }

                    await DispatchAsync(conn, verb, arg);
                }
            }
            catch (IOException)
            {
                CloseConnection(conn, "[|426|] Connection closed; transfer aborted.");
            }
            finally
            {
                _sessions.TryRemove(id, out _);
            }
        }

        private async Task DispatchAsync(FtpConnection conn, string verb, string arg)
        {
            switch (verb)
            {
                case "USER":
                    conn.User = arg;
                    await SendReply(conn, [|331|], "Password required for " + arg);
                    break;
                case "PASS":
                    if (conn.User == "anonymous")
                    {
                        await SendReply(conn, [|230|], "Anonymous access granted.");
                    }
                    else
                    {
                        await SendReply(conn, [|530|], "Login incorrect.");
                    }

                    break;
                case "EPSV":
                    await conn.Writer.WriteLineAsync($"[|229|] Entering Extended Passive Mode (|||{50000 + _sessions.Count}|)");
                    break;
                case "MKD":
                    Directory.CreateDirectory(arg);
                    await SendReply(conn, [|257|], "\"" + arg + "\" created");
                    break;
                default:
                    await SendReply(conn, [|502|], verb + " not implemented.");
                    break;
            }
        }

        private static Task SendReply(FtpConnection conn, int code, string text)
            => conn.Writer.WriteLineAsync(code + " " + text);

        private static void CloseConnection(FtpConnection conn, string? farewell)
        {
            if (farewell != null)
            {
                conn.Writer.WriteLine(farewell);
            }

            Console.WriteLine("control connection closed for " + (conn.User ?? "(not logged in)"));
            conn.Client.Close();
        }
    }
}
