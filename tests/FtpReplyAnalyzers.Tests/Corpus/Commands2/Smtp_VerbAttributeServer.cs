// Models an SMTP receiver whose verbs are handled by [SmtpVerb]-routed classes and async OnXxx methods (NOOP, QUIT, HELP, RSET, VRFY, DATA), plus a loopback test of the same verbs; no FTP involved.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;

namespace Commands2.SmtpVerbAttributeServer1
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class SmtpVerbAttribute : Attribute
    {
        public SmtpVerbAttribute(string verb) => Verb = verb;

        public string Verb { get; }
    }

    public sealed record SmtpReply(int Code, string Text)
    {
        public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Text;
    }

    public sealed class SmtpSession
    {
        public string? HeloName { get; set; }
        public string? MailFrom { get; set; }
        public List<string> Recipients { get; } = new();
        public bool InData { get; set; }
    }

    public interface ISmtpVerbHandler
    {
        SmtpReply Handle(SmtpSession session, string argument);
    }

    [SmtpVerb("NOOP")]
    public sealed class NoopHandler : ISmtpVerbHandler
    {
        public SmtpReply Handle(SmtpSession session, string argument) => new(250, "2.0.0 OK");
    }

    [SmtpVerb("RSET")]
    public sealed class RsetHandler : ISmtpVerbHandler
    {
        public SmtpReply Handle(SmtpSession session, string argument)
        {
            session.MailFrom = null;
            session.Recipients.Clear();
            return new SmtpReply(250, "2.0.0 Flushed");
        }
    }

    [SmtpVerb("VRFY")]
    [SmtpVerb("EXPN")]
    public sealed class DisclosureHandler : ISmtpVerbHandler
    {
        public SmtpReply Handle(SmtpSession session, string argument) => new(252, "2.5.2 Cannot VRFY user, but will accept message");
    }

    public sealed class SmtpVerbServer
    {
        private readonly Dictionary<string, ISmtpVerbHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);
        private readonly SmtpSession _session = new();

        public SmtpVerbServer(IEnumerable<ISmtpVerbHandler> handlers)
        {
            foreach (ISmtpVerbHandler handler in handlers)
            {
                foreach (SmtpVerbAttribute verb in handler.GetType().GetCustomAttributes<SmtpVerbAttribute>())
                {
                    _handlers[verb.Verb] = handler;
                }
            }
        }

        public async Task<SmtpReply> DispatchAsync(string verb, string argument, CancellationToken ct)
        {
            if (verb.Equals("QUIT", StringComparison.OrdinalIgnoreCase))
            {
                return await OnQuitAsync(ct);
            }

            if (verb.Equals("HELP", StringComparison.OrdinalIgnoreCase))
            {
                return await OnHelpAsync(argument, ct);
            }

            if (verb.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                return OnData();
            }

            return _handlers.TryGetValue(verb, out ISmtpVerbHandler? handler)
                ? handler.Handle(_session, argument)
                : new SmtpReply(502, "5.5.1 Command not implemented");
        }

        public Task<SmtpReply> OnQuitAsync(CancellationToken ct) => Task.FromResult(new SmtpReply(221, "2.0.0 Bye"));

        public Task<SmtpReply> OnHelpAsync(string topic, CancellationToken ct)
            => Task.FromResult(topic.Length == 0 ? new SmtpReply(214, "2.0.0 See RFC 5321") : new SmtpReply(504, "5.5.4 No help on " + topic));

        public SmtpReply OnData()
        {
            if (_session.Recipients.Count == 0)
            {
                return new SmtpReply(554, "5.5.1 No valid recipients");
            }

            _session.InData = true;
            return new SmtpReply(354, "Start mail input; end with <CRLF>.<CRLF>");
        }
    }

    public static class SmtpLoopbackChecks
    {
        public static async Task RunAsync(SmtpVerbServer server, CancellationToken ct)
        {
            SmtpReply noop = await server.DispatchAsync("NOOP", string.Empty, ct);
            Require(noop.Code == 250, "NOOP");
            Require((await server.DispatchAsync("HELP", string.Empty, ct)).Code == 214, "HELP");
            Require((await server.DispatchAsync("VRFY", "postmaster", ct)).Code is 250 or 251 or 252, "VRFY");
            Require((await server.DispatchAsync("DATA", string.Empty, ct)).Code == 554, "DATA without RCPT");
            Require((await server.DispatchAsync("TURN", string.Empty, ct)).Code == 502, "TURN");
            Require((await server.OnQuitAsync(ct)).Code == 221, "QUIT");
        }

        public static void ClassifyMailKitFailure(SmtpCommandException ex, StringBuilder log)
        {
            int status = (int)ex.StatusCode;
            if (status == 421 || status == 450 || status == 451)
            {
                log.AppendLine("transient SMTP failure, retry in 300 s");
            }
            else if (status == 550 || status == 553)
            {
                log.AppendLine("mailbox rejected: " + ex.Message);
            }
        }

        private static void Require(bool condition, string step)
        {
            if (!condition)
            {
                throw new InvalidDataException("SMTP self-test failed at " + step);
            }
        }
    }
}
