// Models the low-level line reader of an FTP control connection: framing limits only, no reply-code checks.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.ReplyLineReader1
{
    public sealed class FtpReplyLineReader
    {
        private const int MaxLineLength = 4096;
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[8192];
        private int _bufferOffset;
        private int _bufferCount;

        public FtpReplyLineReader(Stream stream)
        {
            _stream = stream;
        }

        public IReadOnlyList<string> ReadReplyLines()
        {
            var lines = new List<string>();
            string first = ReadLine();
            lines.Add(first);
            if (first.Length > 3 && first[3] == '-')
            {
                string end = first.Substring(0, 3) + " ";
                while (true)
                {
                    string next = ReadLine();
                    lines.Add(next);
                    if (next.StartsWith(end, StringComparison.Ordinal))
                    {
                        break;
                    }

                    if (lines.Count == 200)
                    {
                        throw new InvalidDataException("Reply has too many lines.");
                    }
                }
            }

            return lines;
        }

        private string ReadLine()
        {
            var sb = new StringBuilder();
            while (true)
            {
                if (_bufferOffset == _bufferCount)
                {
                    _bufferCount = _stream.Read(_buffer, 0, _buffer.Length);
                    _bufferOffset = 0;
                    if (_bufferCount == 0)
                    {
                        throw new EndOfStreamException("Control connection closed.");
                    }
                }

                char c = (char)_buffer[_bufferOffset++];
                if (c == '\n')
                {
                    break;
                }

                if (c != '\r')
                {
                    sb.Append(c);
                }

                int lineLength = sb.Length;
                if (lineLength > 512 && lineLength > MaxLineLength)
                {
                    throw new InvalidDataException("Reply line exceeds limit.");
                }
            }

            return sb.ToString();
        }
    }
}
