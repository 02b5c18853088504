// Plain-method tests (no test framework) for a small FTP client talking to a scripted fake server that enqueues replies.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace HeldOut.FtpClientFakeTests1
{
    public interface IControlChannel
    {
        Task SendAsync(string line);
        Task<(int Code, string Text)> ReceiveAsync();
    }

    public sealed class FakeFtpServer : IControlChannel
    {
        private readonly Queue<(int Code, string Text)> _replies = new();

        public List<string> Received { get; } = new();

        public void EnqueueReply(int code, string text) => _replies.Enqueue((code, text));

        public Task SendAsync(string line)
        {
            Received.Add(line);
            return Task.CompletedTask;
        }

        public Task<(int Code, string Text)> ReceiveAsync() =>
            _replies.Count > 0
                ? Task.FromResult(_replies.Dequeue())
                : throw new EndOfStreamException("fake server script exhausted");
    }

    public sealed class MiniFtpClient
    {
        private readonly IControlChannel _ch;

        public MiniFtpClient(IControlChannel ch) => _ch = ch;

        public int LastCode { get; private set; }

        public async Task<bool> LoginAsync(string user, string pass)
        {
            var greeting = await _ch.ReceiveAsync();
            LastCode = greeting.Code;
            if (greeting.Code != [|220|])
            {
                return false;
            }

            var r = await CommandAsync("USER " + user);
            if (r.Code == [|230|])
            {
                return true;
            }

            if (r.Code != [|331|])
            {
                return false;
            }

            r = await CommandAsync("PASS " + pass);
            return r.Code == [|230|];
        }

        public async Task<bool> DeleteAsync(string path)
        {
            var r = await CommandAsync("DELE " + path);
            return r.Code == [|250|];
        }

        private async Task<(int Code, string Text)> CommandAsync(string line)
        {
            await _ch.SendAsync(line);
            var r = await _ch.ReceiveAsync();
            LastCode = r.Code;
            return r;
        }
    }

    public class MiniFtpClientTests
    {
        public async Task Login_with_password_succeeds()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "fake ready");
            server.EnqueueReply([|331|], "need password");
            server.EnqueueReply([|230|], "welcome");
            var client = new MiniFtpClient(server);

            if (!await client.LoginAsync("alice", "secret"))
            {
                throw new Exception("login should succeed");
            }

            if (server.Received.Count != 2)
            {
                throw new Exception($"expected USER and PASS, saw {server.Received.Count} commands");
            }
        }

        public async Task Wrong_password_is_reported()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "fake ready");
            server.EnqueueReply([|331|], "need password");
            server.EnqueueReply([|530|], "Login incorrect.");
            var client = new MiniFtpClient(server);

            var ok = await client.LoginAsync("alice", "wrong");

            if (ok)
            {
                throw new Exception("login should fail");
            }

            if (client.LastCode != [|530|])
            {
                throw new Exception($"expected not-logged-in, got {client.LastCode}");
            }
        }

        public async Task Busy_server_greeting_stops_login()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|421|], "Too many users, try later.");
            var client = new MiniFtpClient(server);

            var ok = await client.LoginAsync("bob", "pw");

            if (ok || server.Received.Count != 0)
            {
                throw new Exception("client must not send USER to a busy server");
            }
        }

        public async Task Delete_of_missing_file_fails()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "fake ready");
            server.EnqueueReply([|230|], "anonymous ok");
            server.EnqueueReply([|550|], "No such file.");
            var client = new MiniFtpClient(server);
            await client.LoginAsync("anonymous", "guest@");

            var deleted = await client.DeleteAsync("/pub/missing.txt");

            if (deleted || client.LastCode is not [|550|])
            {
                throw new Exception("delete of a missing file must fail with file-unavailable");
            }
        }

        public async Task Delete_of_busy_file_is_not_success()
        {
            var server = new FakeFtpServer();
            server.EnqueueReply([|220|], "fake ready");
            server.EnqueueReply([|230|], "anonymous ok");
            server.EnqueueReply([|450|], "File busy.");
            var client = new MiniFtpClient(server);
            await client.LoginAsync("anonymous", "guest@");

            if (await client.DeleteAsync("/pub/locked.bin"))
            {
                throw new Exception("busy file reported as deleted");
            }

            if (!client.LastCode.Equals([|450|]))
            {
                throw new Exception("expected the transient busy reply to surface");
            }
        }

        public static async Task RunAllAsync()
        {
            var tests = new MiniFtpClientTests();
            await tests.Login_with_password_succeeds();
            await tests.Wrong_password_is_reported();
            await tests.Busy_server_greeting_stops_login();
            await tests.Delete_of_missing_file_fails();
            await tests.Delete_of_busy_file_is_not_success();
        }
    }
}
