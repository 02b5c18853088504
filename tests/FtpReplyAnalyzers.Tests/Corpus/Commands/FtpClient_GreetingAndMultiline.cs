// Models the reply reader of an FTP client: the connection greeting (120 then 220), multi-line replies closed by "xyz " lines, REIN, and the second reply that follows a transfer.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Commands.FtpClientGreetingAndMultiline1
{
    public sealed record FtpMultiLineReply(string Code, IReadOnlyList<string> Lines)
    {
        public string LastLine => Lines[Lines.Count - 1];
    }

    public sealed class ReplyReader
    {
        private readonly TextReader _reader;

        public ReplyReader(TextReader reader)
        {
            _reader = reader;
        }

        public async Task<FtpMultiLineReply> ReadAsync()
        {
            var lines = new List<string>();
            string first = await _reader.ReadLineAsync() ?? throw new EndOfStreamException();
            lines.Add(first);
            string code = first.Substring(0, 3);
            if (first.Length > 3 && first[3] == '-')
            {
                string? line;
                while ((line = await _reader.ReadLineAsync()) != null)
                {
                    lines.Add(line);
                    if (line.StartsWith(code + " ", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }

            return new FtpMultiLineReply(code, lines);
        }
    }

    public sealed class SessionBootstrap : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly ReplyReader _replies;
        private readonly StreamWriter _writer;

        public SessionBootstrap(TcpClient tcp)
        {
            _tcp = tcp;
            _replies = new ReplyReader(new StreamReader(tcp.GetStream(), Encoding.UTF8));
            _writer = new StreamWriter(tcp.GetStream(), new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        }

        public List<string> Banner { get; } = new List<string>();

        public async Task WaitForGreetingAsync()
        {
            FtpMultiLineReply greeting = await _replies.ReadAsync();
            if (greeting.Code == [|"120"|])
            {
                Console.WriteLine("server busy: " + greeting.LastLine);
                greeting = await _replies.ReadAsync();
            }

            if (greeting.Code != [|"220"|])
            {
                throw new IOException("no 220 greeting: " + greeting.LastLine);
            }

            Banner.AddRange(greeting.Lines);
        }

        public async Task<IReadOnlyList<string>> FeaturesAsync()
        {
            FtpMultiLineReply reply = await SendAsync("FEAT");
            var features = new List<string>();
            if (reply.Lines[0].StartsWith("[|211|]-", StringComparison.Ordinal) && reply.LastLine.StartsWith("[|211|] ", StringComparison.Ordinal))
            {
                for (int i = 1; i < reply.Lines.Count - 1; i++)
                {
                    features.Add(reply.Lines[i].Trim());
                }
            }

            return features;
        }

        public async Task<string> HelpAsync(string? topic)
        {
            FtpMultiLineReply reply = await SendAsync(topic == null ? "HELP" : "HELP " + topic);
            return reply.Code is [|"214"|] or [|"211"|] ? string.Join("\n", reply.Lines) : string.Empty;
        }

        public async Task ReinitializeAsync()
        {
            FtpMultiLineReply reply = await SendAsync("REIN");
            if (reply.Code == [|"120"|])
            {
                reply = await _replies.ReadAsync();
            }

            if (reply.Code != [|"220"|])
            {
                throw new IOException("REIN failed: " + reply.LastLine);
            }
        }

        public async Task<string> StatusAsync()
        {
            FtpMultiLineReply reply = await SendAsync("STAT");
            return reply.Code == [|"211"|] ? string.Join("\n", reply.Lines) : reply.LastLine;
        }

        public async Task<bool> NameListAsync(Func<Task> readData)
        {
            FtpMultiLineReply opening = await SendAsync("NLST");
            if (opening.Code is not ([|"125"|] or [|"150"|]))
            {
                return false;
            }

            await readData();
            FtpMultiLineReply closing = await _replies.ReadAsync();
            return closing.Code is [|"226"|] or [|"250"|];
        }

        public void Dispose() => _tcp.Dispose();

        private async Task<FtpMultiLineReply> SendAsync(string command)
        {
            await _writer.WriteLineAsync(command);
            return await _replies.ReadAsync();
        }
    }
}
