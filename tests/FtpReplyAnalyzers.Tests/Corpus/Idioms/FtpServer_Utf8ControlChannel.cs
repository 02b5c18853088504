// Models a minimal FTP server control channel that writes its fixed replies as UTF-8 literals (u8) to a stream and a socket.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.FtpServerUtf8ControlChannel1
{
    public sealed class FtpControlChannel
    {
        private static readonly byte[] Greeting = "[|220|] Service ready for new user.\r\n"u8.ToArray();
        private static readonly byte[] TransferDone = "[|226|] Transfer complete.\r\n"u8.ToArray();
        private static readonly byte[] NoSuchFile = "[|550|] No such file or directory.\r\n"u8.ToArray();

        private readonly Stream _control;
        private bool _loggedIn;

        public FtpControlChannel(Stream control) => _control = control;

        public ValueTask GreetAsync(CancellationToken ct) => _control.WriteAsync(Greeting, ct);

        public async Task HandleAsync(string verb, string argument, CancellationToken ct)
        {
            switch (verb)
            {
                case "USER":
                    await _control.WriteAsync("[|331|] Password required.\r\n"u8.ToArray(), ct);
                    break;
                case "PASS":
                    _loggedIn = argument.Length > 0;
                    if (_loggedIn)
                    {
                        await _control.WriteAsync("[|230|] Login successful.\r\n"u8.ToArray(), ct);
                    }
                    else
                    {
                        await _control.WriteAsync("[|530|] Login incorrect.\r\n"u8.ToArray(), ct);
                    }

                    break;
                case "SYST":
                    _control.Write("[|215|] UNIX Type: L8\r\n"u8);
                    break;
                case "NOOP":
                    _control.Write("[|200|] NOOP ok.\r\n"u8);
                    break;
                case "RETR":
                    await SendFileAsync(argument, ct);
                    break;
                case "QUIT":
                    _control.Write("[|221|] Goodbye.\r\n"u8);
                    await _control.FlushAsync(ct);
                    break;
                default:
                    _control.Write("[|502|] Command not implemented.\r\n"u8);
                    break;
            }
        }

        private async Task SendFileAsync(string path, CancellationToken ct)
        {
            if (!_loggedIn)
            {
                _control.Write("[|530|] Please login with USER and PASS.\r\n"u8);
                return;
            }

            if (!File.Exists(path))
            {
                await _control.WriteAsync(NoSuchFile, ct);
                return;
            }

            _control.Write("[|150|] Opening BINARY mode data connection.\r\n"u8);
            byte[] buffer = new byte[81920];
            await using FileStream file = File.OpenRead(path);
            while (await file.ReadAsync(buffer, ct) > 0)
            {
                // the data connection is omitted in this model
            }

            await _control.WriteAsync(TransferDone, ct);
        }
    }

    public static class OverloadGuard
    {
        public const int MaxSessions = 50;

        public static void RejectIfFull(Socket accepted, int activeSessions)
        {
            if (activeSessions < MaxSessions)
            {
                return;
            }

            accepted.Send("[|421|] Too many connections, try again later.\r\n"u8);
            accepted.Shutdown(SocketShutdown.Both);
            accepted.Close(500);
        }

        public static async Task RejectSlowClientAsync(Socket accepted)
        {
            await accepted.SendAsync("[|421|] Timeout (300 seconds): closing control connection.\r\n"u8.ToArray(), SocketFlags.None);
            accepted.Close();
        }

        public static int EncodedLength(string text) => Encoding.UTF8.GetByteCount(text);
    }
}
