// Models unit tests for a small FTP client against a scripted in-memory fake server (EnqueueReply) with hand-rolled checks.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Blind.FtpFakeServerTests1
{
    public sealed class FakeFtpServer
    {
        private readonly Queue<(int Code, string Text)> _replies = new Queue<(int Code, string Text)>();

        public List<string> ReceivedCommands { get; } = new List<string>();

        public int Port => 2121;

        public TimeSpan NextReplyDelay { get; private set; }

        public void EnqueueReply(int code, string text) => _replies.Enqueue((code, text));

        public void DelayNextReply(TimeSpan delay) => NextReplyDelay = delay;

        internal void Receive(string command) => ReceivedCommands.Add(command);

        internal (int Code, string Text) NextReply(TimeSpan timeout)
        {
            if (NextReplyDelay > timeout)
            {
                NextReplyDelay = TimeSpan.Zero;
                throw new TimeoutException("no reply within " + timeout.TotalMilliseconds + " ms");
            }

            return _replies.Dequeue();
        }
    }

    public sealed class FtpProtocolException : Exception
    {
        public FtpProtocolException(int replyCode, string message) : base(message)
        {
            ReplyCode = replyCode;
        }

        public int ReplyCode { get; }
    }

    public sealed class MiniFtpClient
    {
        private readonly FakeFtpServer _server;

        public MiniFtpClient(FakeFtpServer server)
        {
            _server = server;
        }

        public int LastReplyCode { get; private set; }

        public int ReceiveTimeoutMs { get; set; } = 30000;

        public int DataPort { get; private set; }

        private (int Code, string Text) Command(string? line)
        {
            if (line is not null)
            {
                _server.Receive(line);
            }

            var reply = _server.NextReply(TimeSpan.FromMilliseconds(ReceiveTimeoutMs));
            LastReplyCode = reply.Code;
            return reply;
        }

        public void Login(string user, string password)
        {
            var greeting = Command(null);
            if (greeting.Code != [|220|])
            {
                throw new FtpProtocolException(greeting.Code, greeting.Text);
            }

            var r = Command("USER " + user);
            if (r.Code == [|331|])
            {
                r = Command("PASS " + password);
            }

            if (r.Code != [|230|])
            {
                throw new FtpProtocolException(r.Code, r.Text);
            }
        }

        public void EnterPassive()
        {
            var r = Command("PASV");
            if (r.Code != [|227|])
            {
                throw new FtpProtocolException(r.Code, r.Text);
            }

            var inner = r.Text.Substring(r.Text.IndexOf('(') + 1).TrimEnd(')', '.');
            var parts = inner.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            DataPort = parts[4] * 256 + parts[5];
        }

        public void Retrieve(string path)
        {
            var r = Command("RETR " + path);
            if (r.Code != [|150|] && r.Code != [|125|])
            {
                throw new FtpProtocolException(r.Code, r.Text);
            }

            r = Command(null);
            if (r.Code != [|226|])
            {
                throw new FtpProtocolException(r.Code, r.Text);
            }
        }
    }

    public static class Check
    {
        public static void That(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException("check failed: " + what);
            }
        }

        public static T Throws<T>(Action action) where T : Exception
        {
            try
            {
                action();
            }
            catch (T ex)
            {
                return ex;
            }

            throw new InvalidOperationException("expected " + typeof(T).Name);
        }
    }

    public sealed class MiniFtpClientTests
    {
        public void Login_sends_user_then_pass()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "Fake FTP ready");
            server.EnqueueReply([|331|], "Password required for bob");
            server.EnqueueReply([|230|], "Logged in");

            var client = new MiniFtpClient(server);
            client.Login("bob", "secret");

            Check.That(client.LastReplyCode == [|230|], "last reply is the login confirmation");
            Check.That(server.ReceivedCommands.Count == 2, "two commands sent");
            Check.That(server.ReceivedCommands[1] == "PASS secret", "password sent second");
        }

        public void Login_without_password_prompt_skips_pass()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "ready");
            server.EnqueueReply([|230|], "anonymous access granted");

            var client = new MiniFtpClient(server);
            client.Login("anonymous", "guest@");

            Check.That(server.ReceivedCommands.Count == 1, "PASS not sent");
        }

        public void Wrong_password_surfaces_530()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "ready");
            server.EnqueueReply([|331|], "password please");
            server.EnqueueReply([|530|], "Login incorrect.");

            var ex = Check.Throws<FtpProtocolException>(() => new MiniFtpClient(server).Login("bob", "wrong"));

            Check.That(ex.ReplyCode == [|530|], "reply code kept on the exception");
        }

        public void Retr_of_missing_file_surfaces_550()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|550|], "No such file or directory");

            var ex = Check.Throws<FtpProtocolException>(() => new MiniFtpClient(server).Retrieve("/nope.txt"));

            Check.That(ex.ReplyCode == [|550|], "reply code propagated");
            Check.That(ex.Message == "No such file or directory", "text propagated");
        }

        public void Retr_reads_until_226()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|150|], "Opening BINARY mode data connection");
            server.EnqueueReply([|226|], "Transfer complete");

            var client = new MiniFtpClient(server);
            client.Retrieve("/readme.txt");

            Check.That(client.LastReplyCode == [|226|], "ended on the completion reply");
        }

        public void Pasv_reply_is_parsed_into_a_port()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|227|], "Entering Passive Mode (127,0,0,1,8,35).");

            var client = new MiniFtpClient(server);
            client.EnterPassive();

            Check.That(client.DataPort == 2083, "8 * 256 + 35");
        }

        public void Slow_server_times_out()
        {
            var server = new FakeFtpServer();
            server.DelayNextReply(TimeSpan.FromMilliseconds(250));
            server.EnqueueReply([|220|], "late greeting");

            var client = new MiniFtpClient(server) { ReceiveTimeoutMs = 200 };

            Check.Throws<TimeoutException>(() => client.Login("bob", "secret"));
            Check.That(server.Port == 2121, "fake listens on the test port");
        }
    }
}
