// Models RFC 3659 SIZE/MDTM helpers in an FTP client, using switch expressions over the reply code.
using System;
using System.Globalization;
using System.IO;

namespace Corpus.SizeAndMdtm1
{
    public readonly record struct ControlReply(int Code, string Message);

    public interface IControlConnection
    {
        ControlReply Execute(string command);
    }

    public static class RemoteFileInfo
    {
        public static long? GetSize(IControlConnection connection, string path)
        {
            ControlReply reply = connection.Execute("SIZE " + path);
            return reply.Code switch
            {
                [|213|] => long.Parse(reply.Message.Trim(), CultureInfo.InvariantCulture),
                [|550|] => null,
                [|500|] or [|502|] => throw new NotSupportedException("Server does not support SIZE."),
                _ => throw new IOException($"SIZE failed with {reply.Code}: {reply.Message}"),
            };
        }

        public static DateTime? GetModifiedTime(IControlConnection connection, string path)
        {
            ControlReply reply = connection.Execute("MDTM " + path);
            if (reply.Code != [|213|])
            {
                return null;
            }

            // time-val is YYYYMMDDHHMMSS[.sss]
            string value = reply.Message.Trim();
            if (value.Length < 14)
            {
                return null;
            }

            int year = int.Parse(value.Substring(0, 4), CultureInfo.InvariantCulture);
            int month = int.Parse(value.Substring(4, 2), CultureInfo.InvariantCulture);
            int day = int.Parse(value.Substring(6, 2), CultureInfo.InvariantCulture);
            int hour = int.Parse(value.Substring(8, 2), CultureInfo.InvariantCulture);
            int minute = int.Parse(value.Substring(10, 2), CultureInfo.InvariantCulture);
            int second = int.Parse(value.Substring(12, 2), CultureInfo.InvariantCulture);
            if (month == 2 && day == 29 && !DateTime.IsLeapYear(year))
            {
                return null;
            }

            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        }

        public static bool SetModifiedTime(IControlConnection connection, string path, DateTime utc)
        {
            string stamp = utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            ControlReply reply = connection.Execute($"MFMT {stamp} {path}");
            return reply.Code is [|213|];
        }
    }
}
