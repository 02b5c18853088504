// Models an IMAP4rev1 folder synchroniser: tagged OK/NO/BAD status, bracketed response codes, UIDs, EXISTS counts and fetch batches.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Blind.ImapFolderSync1
{
    public enum ImapStatus
    {
        Ok,
        No,
        Bad,
    }

    public sealed record ImapTaggedResponse(string Tag, ImapStatus Status, string? ResponseCode, string Text, IReadOnlyList<string> Untagged);

    public sealed class ImapFolderSync : IDisposable
    {
        private const int FetchBatchSize = 200;
        private int _tagCounter;
        private TcpClient? _tcp;
        private StreamReader? _reader;
        private StreamWriter? _writer;

        public uint UidValidity { get; private set; }

        public int Exists { get; private set; }

        public void Connect(string host, int port = 993)
        {
            _tcp = new TcpClient(host, port);
            Stream stream = _tcp.GetStream();
            if (port == 993)
            {
                var ssl = new SslStream(stream);
                ssl.AuthenticateAsClient(host);
                stream = ssl;
            }
            else if (port != 143)
            {
                Console.Error.WriteLine("unusual IMAP port " + port);
            }

            _reader = new StreamReader(stream, Encoding.UTF8);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            _reader.ReadLine();
        }

        public bool Select(string mailbox)
        {
            var r = Command("SELECT \"" + mailbox + "\"");
            if (r.Status != ImapStatus.Ok)
            {
                return false;
            }

            foreach (var line in r.Untagged)
            {
                if (line.EndsWith(" EXISTS", StringComparison.Ordinal))
                {
                    Exists = int.Parse(line.Substring(2, line.Length - 9), CultureInfo.InvariantCulture);
                }
                else if (line.Contains("UIDVALIDITY", StringComparison.Ordinal))
                {
                    var start = line.IndexOf("UIDVALIDITY", StringComparison.Ordinal) + 12;
                    var end = line.IndexOf(']', start);
                    UidValidity = uint.Parse(line.Substring(start, end - start), CultureInfo.InvariantCulture);
                }
            }

            return true;
        }

        public bool CopyTo(IEnumerable<uint> uids, string target)
        {
            var set = string.Join(",", uids.Select(u => u.ToString(CultureInfo.InvariantCulture)));
            var r = Command("UID COPY " + set + " \"" + target + "\"");
            if (r.Status == ImapStatus.No && r.ResponseCode == "TRYCREATE")
            {
                if (Command("CREATE \"" + target + "\"").Status != ImapStatus.Ok)
                {
                    return false;
                }

                r = Command("UID COPY " + set + " \"" + target + "\"");
            }

            return r.Status == ImapStatus.Ok;
        }

        public IEnumerable<List<uint>> Batches(IReadOnlyList<uint> uids)
        {
            var batch = new List<uint>(FetchBatchSize);
            foreach (var uid in uids)
            {
                batch.Add(uid);
                if (batch.Count == 200)
                {
                    yield return batch;
                    batch = new List<uint>(FetchBatchSize);
                }
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }

        public bool NeedsFullResync(uint previousUidValidity) => previousUidValidity == 0 || previousUidValidity != UidValidity;

        private ImapTaggedResponse Command(string command)
        {
            var tag = "A" + (++_tagCounter).ToString("D3", CultureInfo.InvariantCulture);
            _writer!.WriteLine(tag + " " + command);
            var untagged = new List<string>();
            while (true)
            {
                var line = _reader!.ReadLine() ?? throw new EndOfStreamException();
                if (!line.StartsWith(tag + " ", StringComparison.Ordinal))
                {
                    untagged.Add(line);
                    continue;
                }

                var rest = line.Substring(tag.Length + 1);
                var status = rest.StartsWith("OK", StringComparison.Ordinal) ? ImapStatus.Ok
                    : rest.StartsWith("NO", StringComparison.Ordinal) ? ImapStatus.No
                    : ImapStatus.Bad;
                string? code = null;
                var open = rest.IndexOf('[');
                if (open >= 0)
                {
                    var close = rest.IndexOf(']', open);
                    code = rest.Substring(open + 1, close - open - 1).Split(' ')[0];
                }

                return new ImapTaggedResponse(tag, status, code, rest, untagged);
            }
        }

        public void Dispose() => _tcp?.Dispose();
    }
}
