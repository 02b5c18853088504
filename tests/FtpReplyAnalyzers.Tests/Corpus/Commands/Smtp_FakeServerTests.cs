// Models unit tests of a notification mailer against a fake SMTP server whose canned replies are keyed by the verb (no FTP involved).
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Commands.SmtpFakeServerTests1
{
    public sealed class CannedSmtpServer
    {
        public Dictionary<string, string> Replies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["EHLO"] = "250-fake.local\r\n250 STARTTLS",
            ["MAIL"] = "250 2.1.0 OK",
            ["RCPT"] = "250 2.1.5 OK",
            ["DATA"] = "354 Go ahead",
            ["NOOP"] = "250 2.0.0 OK",
            ["RSET"] = "250 2.0.0 Flushed",
            ["HELP"] = "214 2.0.0 See RFC 5321",
            ["VRFY"] = "252 2.1.5 Cannot verify, will attempt delivery",
            ["QUIT"] = "221 2.0.0 Bye",
        };

        public List<string> Received { get; } = new List<string>();

        public string Handle(string line)
        {
            Received.Add(line);
            string verb = line.Split(' ', ':')[0];
            return Replies.TryGetValue(verb, out string? reply) ? reply : "500 5.5.1 Unrecognized command";
        }
    }

    public sealed class NotificationMailer
    {
        private readonly CannedSmtpServer _server;

        public NotificationMailer(CannedSmtpServer server)
        {
            _server = server;
        }

        public int Send(string line)
        {
            string reply = _server.Handle(line);
            string last = reply.Substring(reply.LastIndexOf('\n') + 1);
            return int.Parse(last.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        public int Quit() => Send("QUIT");

        public int Noop() => Send("NOOP");
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
    }

    public sealed class NotificationMailerTests
    {
        private readonly CannedSmtpServer _server = new CannedSmtpServer();

        public void Envelope_then_data()
        {
            var mailer = new NotificationMailer(_server);

            Expect.Equal(250, mailer.Send("EHLO ci.example.org"));
            Expect.Equal(250, mailer.Send("MAIL FROM:<ci@example.org>"));
            Expect.Equal(250, mailer.Send("RCPT TO:<ops@example.org>"));
            Expect.Equal(354, mailer.Send("DATA"));
        }

        public void Keepalive_and_reset()
        {
            var mailer = new NotificationMailer(_server);

            Expect.Equal(250, mailer.Noop());
            Expect.Equal(250, mailer.Send("RSET"));
            Expect.Equal(214, mailer.Send("HELP"));
            Expect.Equal(252, mailer.Send("VRFY ops"));
        }

        public void Quit_closes()
        {
            var mailer = new NotificationMailer(_server);

            Expect.Equal(221, mailer.Quit());
            Expect.Equal("QUIT", _server.Received[^1]);
        }

        public void Unknown_verbs_are_refused()
        {
            var mailer = new NotificationMailer(_server);

            Expect.Equal(500, mailer.Send("PWD"));
        }
    }
}
