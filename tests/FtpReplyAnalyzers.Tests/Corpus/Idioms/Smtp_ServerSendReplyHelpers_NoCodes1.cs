// Models a small SMTP relay server whose session uses SendReply/CloseConnection helpers shaped like an FTP server's (no FTP).
using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.SmtpServerSendReplyHelpers1
{
    public sealed class SmtpConnection
    {
        public SmtpConnection(TcpClient client)
        {
            Client = client;
            Writer = new StreamWriter(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            Reader = new StreamReader(client.GetStream(), Encoding.ASCII);
        }

        public TcpClient Client { get; }
        public StreamWriter Writer { get; }
        public StreamReader Reader { get; }
        public string? Helo { get; set; }
        public int Recipients { get; set; }
    }

    public sealed class RelayServer
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Any, 25);
        private int _active;

        public int MaxConnections { get; init; } = 100;
        public int MaxRecipients { get; init; } = 50;

        public async Task RunAsync(CancellationToken ct)
        {
            _listener.Start();
            while (!ct.IsCancellationRequested)
            {
                var conn = new SmtpConnection(await _listener.AcceptTcpClientAsync(ct));
                if (Interlocked.Increment(ref _active) > MaxConnections)
                {
                    await SendReply(conn, 421, "4.7.0 Too many connections, closing transmission channel");
                    CloseConnection(conn, null);
                    continue;
                }

                _ = ServeAsync(conn, ct);
            }
        }

        private async Task ServeAsync(SmtpConnection conn, CancellationToken ct)
        {
            try
            {
                await conn.Writer.WriteLineAsync("220 relay.example.org ESMTP");
                string? line;
                while ((line = await conn.Reader.ReadLineAsync(ct)) != null)
                {
                    string verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "HELO":
                        case "EHLO":
                            conn.Helo = line.Length > 5 ? line.Substring(5) : null;
                            await SendReply(conn, 250, "relay.example.org");
                            break;
                        case "MAIL":
                            await SendReply(conn, conn.Helo == null ? 503 : 250, conn.Helo == null ? "5.5.1 Send HELO first" : "2.1.0 OK");
                            break;
                        case "RCPT":
                            bool tooMany = ++conn.Recipients > MaxRecipients;
                            await SendReply(conn, tooMany ? 452 : 250, tooMany ? "4.5.3 Too many recipients" : "2.1.5 OK");
                            break;
                        case "VRFY":
                            await SendReply(conn, 252, "2.5.2 Cannot VRFY user");
                            break;
                        case "QUIT":
                            CloseConnection(conn, "221 2.0.0 Bye");
                            return;
                        default:
                            await SendReply(conn, 500, "5.5.2 Command unrecognized");
                            break;
                    }
                }
            }
            catch (IOException)
            {
                CloseConnection(conn, "451 4.3.0 Local error in processing");
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }

        private static Task SendReply(SmtpConnection conn, int code, string text)
            => conn.Writer.WriteLineAsync(code + " " + text);

        private static void CloseConnection(SmtpConnection conn, string? farewell)
        {
            if (farewell != null)
            {
                conn.Writer.WriteLine(farewell);
            }

            conn.Client.Close();
        }
    }
}
