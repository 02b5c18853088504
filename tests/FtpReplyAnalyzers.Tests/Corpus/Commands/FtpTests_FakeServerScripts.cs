// Models unit tests of an FTP client against an in-memory fake server whose canned replies are keyed by the command verb.
// Bugs: the fake's canned EPSV reply is a 227 and the test expects 227 from EPSV (EPSV answers 229); the fake's canned RNFR reply is a 250 and the test expects 250 from RNFR (RNFR answers 350).
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Commands.FtpTestsFakeServerScripts1
{
    public sealed class CannedFtpServer
    {
        public Dictionary<string, string> Replies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["USER"] = "[|331|] Password required.",
            ["PASS"] = "[|230|] Logged in.",
            ["SYST"] = "[|215|] UNIX Type: L8",
            ["PWD"] = "[|257|] \"/home/test\" is the current directory.",
            ["EPSV"] = "[|227|] Entering Passive Mode (127,0,0,1,195,80).", // FTP0004: 227 EPSV
            ["RNFR"] = "[|250|] File exists, ready for destination name.", // FTP0004: 250 RNFR
            ["RNTO"] = "[|250|] Rename successful.",
            ["FEAT"] = "[|211|]-Features:\r\n UTF8\r\n[|211|] End",
            ["QUIT"] = "[|221|] Bye.",
        };

        public List<string> Received { get; } = new List<string>();

        public string Handle(string line)
        {
            Received.Add(line);
            int space = line.IndexOf(' ');
            string verb = space < 0 ? line : line.Substring(0, space);
            return Replies.TryGetValue(verb, out string? reply) ? reply : "[|502|] Command not implemented.";
        }
    }

    public sealed class FakeBackedClient
    {
        private readonly CannedFtpServer _server;

        public FakeBackedClient(CannedFtpServer server)
        {
            _server = server;
        }

        public string LastReply { get; private set; } = string.Empty;

        public int Send(string command)
        {
            LastReply = _server.Handle(command);
            string lastLine = LastReply.Substring(LastReply.LastIndexOf('\n') + 1);
            return int.Parse(lastLine.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        public string SendRaw(string command)
        {
            Send(command);
            return LastReply;
        }
    }

    internal static class Expect
    {
        public static void Equal<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new InvalidOperationException($"expected {expected}, got {actual}");
            }
        }

        public static void True(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }

    public sealed class FakeServerClientTests
    {
        private readonly CannedFtpServer _server = new CannedFtpServer();

        public void Login_sends_user_then_password()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|331|], client.Send("USER test"));
            Expect.Equal([|230|], client.Send("PASS secret"));
            Expect.Equal(2, _server.Received.Count);
        }

        public void Reports_unix_system_type()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|215|], client.Send("SYST"));
            Expect.True(client.LastReply.Contains("UNIX", StringComparison.Ordinal), "system type");
        }

        public void Reads_current_directory()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|257|], client.Send("PWD"));
            Expect.True(client.LastReply.Contains("\"/home/test\"", StringComparison.Ordinal), "quoted path");
        }

        public void Extended_passive_returns_port()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|227|], client.Send("EPSV")); // FTP0004: 227 EPSV
            Expect.True(client.LastReply.Contains("195,80", StringComparison.Ordinal), "port bytes");
        }

        public void Rename_sends_both_halves()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|250|], client.Send("RNFR draft.txt")); // FTP0004: 250 RNFR
            Expect.Equal([|250|], client.Send("RNTO final.txt"));
            Expect.Equal("RNTO final.txt", _server.Received[^1]);
        }

        public void Feature_list_is_multiline()
        {
            var client = new FakeBackedClient(_server);

            Expect.True(client.SendRaw("FEAT").StartsWith("[|211|]-", StringComparison.Ordinal), "multi-line FEAT");
        }

        public void Unknown_commands_are_refused()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|502|], client.Send("XCRC file.bin"));
        }

        public void Quit_says_goodbye()
        {
            var client = new FakeBackedClient(_server);

            Expect.Equal([|221|], client.Send("QUIT"));
        }
    }
}
