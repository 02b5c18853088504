// Models a unit-test style scripted fake FTP server whose canned replies are queued with EnqueueReply(code, text).
using System;
using System.Collections.Generic;

namespace Corpus.FtpClientTests1
{
    public sealed class FakeFtpServer
    {
        private readonly Queue<(int Code, string Text)> _replies = new Queue<(int Code, string Text)>();
        private readonly List<string> _received = new List<string>();

        public IReadOnlyList<string> ReceivedCommands => _received;

        public FakeFtpServer EnqueueReply(int code, string text)
        {
            _replies.Enqueue((code, text));
            return this;
        }

        public (int Code, string Text) Handle(string command)
        {
            _received.Add(command);
            return _replies.Count == 0 ? throw new InvalidOperationException("No scripted reply for " + command) : _replies.Dequeue();
        }
    }

    public sealed class LoginScenarioTests
    {
        private static void Assert(bool condition, string message)
        {
            if (!condition)
            {
                throw new Exception("Assertion failed: " + message);
            }
        }

        public void Login_WithValidCredentials_SendsUserThenPass()
        {
            var server = new FakeFtpServer()
                .EnqueueReply([|220|], "Fake server ready")
                .EnqueueReply([|331|], "Password required")
                .EnqueueReply([|230|], "Logged in");

            var greeting = server.Handle("<connect>");
            var user = server.Handle("USER alice");
            var pass = server.Handle("PASS secret");

            Assert(greeting.Code == [|220|], "greeting");
            Assert(user.Code == [|331|], "user");
            Assert(pass.Code == [|230|], "pass");
            Assert(server.ReceivedCommands.Count == 3, "three commands");
        }

        public void Retr_OnMissingFile_Returns550()
        {
            var server = new FakeFtpServer()
                .EnqueueReply([|550|], "No such file");

            var reply = server.Handle("RETR missing.txt");

            Assert(reply.Code == [|550|], "missing file");
            Assert(server.ReceivedCommands[0].Length == 16, "command length");
        }

        public void Stress_TwoHundredNoops()
        {
            var server = new FakeFtpServer();
            for (int i = 0; i < 200; i++)
            {
                server.EnqueueReply([|200|], "NOOP ok");
            }

            int ok = 0;
            for (int i = 0; i < 200; i++)
            {
                if (server.Handle("NOOP").Code == [|200|])
                {
                    ok++;
                }
            }

            Assert(ok == 200, "all noops answered");
        }
    }
}
