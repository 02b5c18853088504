// Models a parser for Unix-style FTP LIST output; numbers here are permissions, link counts, sizes and dates, not reply codes.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.FtpListingParser1
{
    public sealed record FtpListItem(string Name, bool IsDirectory, long Size, DateTime Modified, string OctalMode);

    public static class UnixListingParser
    {
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        public static IEnumerable<FtpListItem> Parse(IEnumerable<string> lines, DateTime nowUtc)
        {
            foreach (string line in lines)
            {
                if (line.StartsWith("total ", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] f = line.Split(' ', 9, StringSplitOptions.RemoveEmptyEntries);
                if (f.Length != 9 || f[0].Length != 10)
                {
                    continue;
                }

                string mode = ToOctal(f[0]);
                long size = long.Parse(f[4], CultureInfo.InvariantCulture);
                int month = Array.IndexOf(Months, f[5]) + 1;
                int day = int.Parse(f[6], CultureInfo.InvariantCulture);
                DateTime modified;
                if (f[7].Contains(':'))
                {
                    int year = nowUtc.Year;
                    if (month == 12 && nowUtc.Month == 1)
                    {
                        year--;
                    }

                    string[] hm = f[7].Split(':');
                    modified = new DateTime(year, month, day, int.Parse(hm[0]), int.Parse(hm[1]), 0, DateTimeKind.Utc);
                }
                else
                {
                    modified = new DateTime(int.Parse(f[7], CultureInfo.InvariantCulture), month, day, 0, 0, 0, DateTimeKind.Utc);
                }

                yield return new FtpListItem(f[8], f[0][0] == 'd', size, modified, mode);
            }
        }

        public static string Describe(FtpListItem item)
        {
            switch (item.OctalMode)
            {
                case "755":
                    return "public executable";
                case "644":
                    return "public read-only";
                case "550":
                    return "owner and group may read/execute only";
                case "600":
                    return "private";
                default:
                    return "custom (" + item.OctalMode + ")";
            }
        }

        public static bool IsGroupReadOnlyDirectory(FtpListItem item) => item.IsDirectory && item.OctalMode == "550";

        private static string ToOctal(string perms)
        {
            int value = 0;
            for (int i = 1; i < 10; i++)
            {
                value = (value << 1) | (perms[i] == '-' ? 0 : 1);
            }

            return Convert.ToString(value, 8).PadLeft(3, '0');
        }
    }
}
