// Models client tests that feed an FTP client a scripted in-memory control stream made of literal reply lines.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Idioms.FtpTestsScriptedStreamFake1
{
    public sealed class ScriptedControlStream : Stream
    {
        private readonly MemoryStream _replies = new MemoryStream();
        private readonly MemoryStream _sent = new MemoryStream();

        public ScriptedControlStream(params string[] replyLines)
        {
            foreach (string line in replyLines)
            {
                Enqueue(line);
            }
        }

        public void Enqueue(string replyLine)
        {
            long position = _replies.Position;
            _replies.Seek(0, SeekOrigin.End);
            byte[] bytes = Encoding.ASCII.GetBytes(replyLine + "\r\n");
            _replies.Write(bytes, 0, bytes.Length);
            _replies.Position = position;
        }

        public void EnqueueRaw(ReadOnlySpan<byte> bytes)
        {
            long position = _replies.Position;
            _replies.Seek(0, SeekOrigin.End);
            _replies.Write(bytes);
            _replies.Position = position;
        }

        public string SentText => Encoding.ASCII.GetString(_sent.ToArray());

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _replies.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _sent.Write(buffer, offset, count);
    }

    public sealed class MiniFtpClient
    {
        private readonly StreamReader _reader;
        private readonly StreamWriter _writer;

        public MiniFtpClient(Stream control)
        {
            _reader = new StreamReader(control, Encoding.ASCII);
            _writer = new StreamWriter(control, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        }

        public string Read() => _reader.ReadLine() ?? string.Empty;

        public string Command(string line)
        {
            _writer.WriteLine(line);
            return Read();
        }
    }

    public sealed class MiniFtpClientTests
    {
        private static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }

        public void Login_then_delete_missing_file()
        {
            var control = new ScriptedControlStream(
                "[|220|] scripted server",
                "[|331|] password please",
                "[|230|] welcome");
            control.Enqueue("[|550|] nothing.txt: No such file");
            var client = new MiniFtpClient(control);

            Require(client.Read().StartsWith("[|220|]"), "greeting");
            Require(client.Command("USER demo").StartsWith("[|331|]"), "USER");
            Require(client.Command("PASS demo").StartsWith("[|230|]"), "PASS");
            Require(client.Command("DELE nothing.txt").StartsWith("[|550|]"), "DELE of a missing file fails");
            Require(control.SentText.Contains("DELE nothing.txt\r\n"), "command sent with CRLF");
        }

        public void Abort_reads_both_replies()
        {
            var control = new ScriptedControlStream();
            control.EnqueueRaw("[|426|] Connection closed; transfer aborted.\r\n"u8);
            control.EnqueueRaw("[|226|] Abort successful.\r\n"u8);
            var client = new MiniFtpClient(control);

            string first = client.Command("ABOR");
            string second = client.Read();

            Require(first == "[|426|] Connection closed; transfer aborted.", "first ABOR reply");
            Require(second.StartsWith("[|226|]", StringComparison.Ordinal), "second ABOR reply");
        }

        public IEnumerable<string> RestartScript() => new[]
        {
            "[|350|] Restarting at 1048576. Send STORE or RETRIEVE to initiate transfer",
            "[|150|] Opening BINARY mode data connection for big.iso (734003200 bytes)",
            "[|226|] Transfer complete",
        };
    }
}
