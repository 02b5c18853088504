// Models unit tests for a code base's own FTP reply parser fed with literal reply text (FtpReply.Parse, ParseReply).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace Idioms.FtpReplyParserTests1
{
    public sealed class FtpReply
    {
        private FtpReply(int code, IReadOnlyList<string> lines)
        {
            Code = code;
            Lines = lines;
        }

        public int Code { get; }
        public IReadOnlyList<string> Lines { get; }
        public string Text => Lines[Lines.Count - 1].Substring(4);

        public static FtpReply Parse(string raw)
        {
            string[] lines = raw.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            int code = int.Parse(lines[^1].AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            return new FtpReply(code, lines);
        }

        public IPEndPoint ParsePassiveEndPoint()
        {
            int open = Text.IndexOf('(');
            string[] n = Text.Substring(open + 1, Text.IndexOf(')') - open - 1).Split(',');
            var address = IPAddress.Parse(string.Join('.', n[0], n[1], n[2], n[3]));
            return new IPEndPoint(address, int.Parse(n[4], CultureInfo.InvariantCulture) * 256 + int.Parse(n[5], CultureInfo.InvariantCulture));
        }
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

    public sealed class FtpReplyParserTests
    {
        private static FtpReply ParseReply(string text) => FtpReply.Parse(text);

        public void Parses_passive_mode_reply()
        {
            FtpReply reply = FtpReply.Parse("[|227|] Entering Passive Mode (192,168,1,20,19,137)");

            Expect.Equal([|227|], reply.Code);
            Expect.Equal(new IPEndPoint(IPAddress.Parse("192.168.1.20"), 5001), reply.ParsePassiveEndPoint());
        }

        public void Parses_multiline_feature_list()
        {
            FtpReply reply = FtpReply.Parse("[|211|]-Extensions supported:\r\n MDTM\r\n SIZE\r\n[|211|] END\r\n");

            Expect.Equal(4, reply.Lines.Count);
            Expect.Equal("END", reply.Text);
        }

        public void Parses_permanent_failure()
        {
            FtpReply reply = ParseReply("[|550|] /pub/missing.iso: No such file or directory");

            Expect.Equal([|550|], reply.Code);
        }

        public void Keeps_pathname_quotes()
        {
            FtpReply reply = ParseReply("[|257|] \"/home/ftp\" is current directory");

            Expect.Equal("\"/home/ftp\" is current directory", reply.Text);
        }

        public void Code_on_last_line_wins_for_multiline_errors()
        {
            FtpReply reply = ParseReply("[|530|]-Access denied.\r\n[|530|] Contact the administrator.");

            Expect.Equal(2, reply.Lines.Count);
            Expect.Equal([|530|], reply.Code);
        }

        public void Parses_epsv_reply_without_address()
        {
            FtpReply reply = ParseReply("[|229|] Entering Extended Passive Mode (|||6446|)");

            Expect.Equal("Entering Extended Passive Mode (|||6446|)", reply.Text);
            Expect.Equal(6446, int.Parse(reply.Text.Split('|')[3], CultureInfo.InvariantCulture));
        }
    }
}
