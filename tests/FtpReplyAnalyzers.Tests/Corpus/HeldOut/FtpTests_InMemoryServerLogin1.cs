// Plain-method tests for an in-memory FTP server: the server uses named reply constants, the tests check literal reply codes.
using System;
using System.Collections.Generic;

namespace HeldOut.FtpServerLoginTests1
{
    internal static class ReplyCodes
    {
        public const int Ready = 220;
        public const int Closing = 221;
        public const int LoggedIn = 230;
        public const int NeedPassword = 331;
        public const int NotImplemented = 502;
        public const int BadSequence = 503;
        public const int NotLoggedIn = 530;
    }

    public readonly struct TestReply
    {
        public TestReply(int code, string text)
        {
            Code = code;
            Text = text;
        }

        public int Code { get; }
        public string Text { get; }
    }

    public sealed class InMemoryFtpServer
    {
        private readonly Dictionary<string, string> _accounts;
        private string? _user;
        private bool _loggedIn;
        private int _failedAttempts;

        public InMemoryFtpServer(Dictionary<string, string> accounts)
        {
            _accounts = accounts;
        }

        public int FailedAttempts => _failedAttempts;

        public TestReply Greeting() => new TestReply(ReplyCodes.Ready, "in-memory ftpd");

        public TestReply Send(string line)
        {
            string[] parts = line.Split(' ', 2);
            string argument = parts.Length > 1 ? parts[1] : string.Empty;
            switch (parts[0].ToUpperInvariant())
            {
                case "USER":
                    _user = argument;
                    return new TestReply(ReplyCodes.NeedPassword, "Password required");
                case "PASS":
                    if (_user == null)
                    {
                        return new TestReply(ReplyCodes.BadSequence, "Send USER first");
                    }
                    if (_accounts.TryGetValue(_user, out var expected) && expected == argument)
                    {
                        _loggedIn = true;
                        return new TestReply(ReplyCodes.LoggedIn, "Logged in");
                    }
                    _failedAttempts++;
                    return new TestReply(ReplyCodes.NotLoggedIn, "Login incorrect");
                case "QUIT":
                    return new TestReply(ReplyCodes.Closing, "Bye");
                default:
                    return _loggedIn
                        ? new TestReply(ReplyCodes.NotImplemented, "Not implemented")
                        : new TestReply(ReplyCodes.NotLoggedIn, "Log in first");
            }
        }
    }

    public static class InMemoryFtpServerTests
    {
        private static InMemoryFtpServer NewServer() =>
            new InMemoryFtpServer(new Dictionary<string, string> { ["bob"] = "hunter2" });

        public static void Greeting_announces_service_ready()
        {
            var server = NewServer();
            if (server.Greeting().Code != [|220|])
            {
                throw new Exception("bad greeting");
            }
        }

        public static void User_then_pass_logs_in()
        {
            var server = NewServer();
            TestReply r = server.Send("USER bob");
            if (r.Code != [|331|])
            {
                throw new Exception("USER should ask for a password, got " + r.Code);
            }

            r = server.Send("PASS hunter2");
            if (!r.Code.Equals([|230|]))
            {
                throw new Exception("PASS should log in, got " + r.Code);
            }
        }

        public static void Pass_without_user_is_bad_sequence()
        {
            var server = NewServer();
            if (server.Send("PASS x").Code != [|503|])
            {
                throw new Exception("PASS before USER must be rejected as out of sequence");
            }
        }

        public static void Wrong_password_counts_one_attempt()
        {
            var server = NewServer();
            server.Send("USER bob");
            var r = server.Send("PASS nope");
            if (r.Code != [|530|])
            {
                throw new Exception("wrong password must not log in");
            }

            if (server.FailedAttempts != 1)
            {
                throw new Exception("attempt not counted");
            }
        }

        public static void Commands_before_login_are_refused()
        {
            var server = NewServer();
            foreach (var cmd in new[] { "LIST", "RETR a.txt", "CWD /" })
            {
                var r = server.Send(cmd);
                if (r is not { Code: [|530|] })
                {
                    throw new Exception(cmd + " should require login");
                }
            }
        }

        public static void Unknown_command_after_login_is_not_implemented()
        {
            var server = NewServer();
            server.Send("USER bob");
            server.Send("PASS hunter2");
            var r = server.Send("XCRC file.bin");
            if (r.Code == [|502|])
            {
                return;
            }

            throw new Exception("unexpected reply " + r.Code);
        }

        public static void Quit_says_goodbye()
        {
            var server = NewServer();
            if (server.Send("QUIT").Code == [|221|])
            {
                return;
            }

            throw new Exception("QUIT must close the control connection");
        }

        public static void RunAll()
        {
            Greeting_announces_service_ready();
            User_then_pass_logs_in();
            Pass_without_user_is_bad_sequence();
            Wrong_password_counts_one_attempt();
            Commands_before_login_are_refused();
            Unknown_command_after_login_is_not_implemented();
            Quit_says_goodbye();
        }
    }
}
