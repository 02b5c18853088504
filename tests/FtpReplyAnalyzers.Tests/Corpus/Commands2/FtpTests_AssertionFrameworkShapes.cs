// Models FTP client tests against a scripted fake registered fluently per verb (On("PWD").Reply(257, ...)), asserted in NUnit-, MSTest- and FluentAssertions-like shapes.
// Bugs: the fake answers PBSZ with 234 and the test expects 234 from PBSZ (PBSZ answers 200; 234 is AUTH's); the fake answers RMD with 257 and the test expects 257 from RMD (RMD answers 250).
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Commands2.FtpTestsAssertionFrameworkShapes1
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TestCaseAttribute : Attribute
    {
        public TestCaseAttribute(params object[] arguments) => Arguments = arguments;

        public object[] Arguments { get; }
    }

    public sealed record ScriptedReply(int Code, string Text);

    public sealed class ScriptedFtpServer
    {
        private readonly Dictionary<string, Queue<ScriptedReply>> _script = new(StringComparer.OrdinalIgnoreCase);

        public bool RequireLogin { get; set; }

        public bool LoggedIn { get; private set; }

        public VerbSetup On(string verb) => new(this, verb);

        public ScriptedReply Answer(string line)
        {
            string verb = line.Split(' ')[0];
            if (RequireLogin && !LoggedIn && verb is not ("USER" or "PASS"))
            {
                return new ScriptedReply([|530|], "Please login with USER and PASS.");
            }

            if (verb == "PASS")
            {
                LoggedIn = true;
            }

            return _script.TryGetValue(verb, out var queue) && queue.Count > 0 ? queue.Dequeue() : new ScriptedReply([|502|], "Not scripted.");
        }

        public readonly struct VerbSetup
        {
            private readonly ScriptedFtpServer _owner;
            private readonly string _verb;

            public VerbSetup(ScriptedFtpServer owner, string verb)
            {
                _owner = owner;
                _verb = verb;
            }

            public ScriptedFtpServer Reply(int code, string text)
            {
                if (!_owner._script.TryGetValue(_verb, out var queue))
                {
                    _owner._script[_verb] = queue = new Queue<ScriptedReply>();
                }

                queue.Enqueue(new ScriptedReply(code, text));
                return _owner;
            }
        }
    }

    public sealed class LoopbackClient
    {
        private readonly ScriptedFtpServer _server;

        public LoopbackClient(ScriptedFtpServer server) => _server = server;

        public string LastText { get; private set; } = string.Empty;

        public int Send(string line)
        {
            ScriptedReply reply = _server.Answer(line);
            LastText = reply.Text;
            return reply.Code;
        }
    }

    public static class Is
    {
        public static Func<int, bool> EqualTo(int expected) => actual => actual == expected;
    }

    public static class Assert
    {
        public static void That(int actual, Func<int, bool> constraint)
        {
            if (!constraint(actual))
            {
                throw new InvalidOperationException("constraint failed for " + actual.ToString(CultureInfo.InvariantCulture));
            }
        }

        public static void AreEqual(int expected, int actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException($"Expected {expected} but was {actual}");
            }
        }
    }

    public readonly record struct IntAssertions(int Subject)
    {
        public void Be(int expected)
        {
            if (Subject != expected)
            {
                throw new InvalidOperationException($"Expected {expected}, found {Subject}.");
            }
        }
    }

    public static class ShouldExtensions
    {
        public static IntAssertions Should(this int subject) => new(subject);
    }

    public sealed class SecureSessionTests
    {
        private readonly ScriptedFtpServer _fake = new();
        private readonly LoopbackClient _client;

        public SecureSessionTests()
        {
            _fake.On("USER").Reply([|331|], "Password required.")
                 .On("PASS").Reply([|230|], "Logged in.")
                 .On("AUTH").Reply([|234|], "AUTH TLS successful.")
                 .On("PBSZ").Reply([|234|], "PBSZ=0") // FTP0004: 234 PBSZ
                 .On("PROT").Reply([|200|], "Protection level set to P.")
                 .On("RMD").Reply([|257|], "\"old\" removed.") // FTP0004: 257 RMD
                 .On("SIZE").Reply([|213|], "1048576")
                 .On("CWD").Reply([|431|], "No such directory.")
                 .On("NOOP").Reply([|200|], "OK.")
                 .On("SYST").Reply([|215|], "UNIX Type: L8");
            _client = new LoopbackClient(_fake);
        }

        [Test]
        public void Negotiates_tls_before_login()
        {
            _client.Send("AUTH TLS").Should().Be([|234|]);
            _client.Send("PBSZ 0").Should().Be([|234|]); // FTP0004: 234 PBSZ
            _client.Send("PROT P").Should().Be([|200|]);
        }

        [Test]
        public void Removes_a_directory()
        {
            Assert.That(_client.Send("RMD old"), Is.EqualTo([|257|])); // FTP0004: 257 RMD
        }

        [Test]
        public void Reads_a_file_size()
        {
            Assert.AreEqual([|213|], _client.Send("SIZE big.iso"));
        }

        [Test]
        public void Missing_directory_uses_the_appendix_reply()
        {
            int cwd = _client.Send("CWD /nowhere");
            cwd.Should().Be([|431|]);
        }

        [Test]
        public void Login_gate_answers_every_command()
        {
            var gated = new ScriptedFtpServer { RequireLogin = true };
            var client = new LoopbackClient(gated);
            Assert.That(client.Send("PWD"), Is.EqualTo([|530|]));
            Assert.AreEqual([|530|], client.Send("SYST"));
        }

        [TestCase("NOOP", 200)]
        [TestCase("SYST", 215)]
        public void Simple_commands(string verb, int expected)
        {
            Assert.AreEqual(expected, _client.Send(verb));
        }

        [Test]
        public void Unscripted_verbs_are_refused()
        {
            _client.Send("XMD5 a.bin").Should().Be([|502|]);
        }
    }
}
