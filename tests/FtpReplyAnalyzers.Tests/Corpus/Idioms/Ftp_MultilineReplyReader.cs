// Models an FTP client's reader for multi-line FEAT, MLST and STAT replies that recognises first and last lines by prefix.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Idioms.FtpMultilineReplyReader1
{
    public sealed class ServerFeatures
    {
        public HashSet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        public bool Utf8 => Names.Contains("UTF8");
        public bool Mlst => Names.Contains("MLST");
    }

    public sealed class MultilineReplyReader
    {
        private readonly TextReader _control;

        public MultilineReplyReader(TextReader control) => _control = control;

        public ServerFeatures ReadFeatures()
        {
            var features = new ServerFeatures();
            string first = _control.ReadLine() ?? throw new EndOfStreamException();
            if (first.StartsWith("[|500|]") || first.StartsWith("[|502|]"))
            {
                return features; // FEAT not supported: an old RFC 959 server
            }

            if (!first.StartsWith("[|211|]-", StringComparison.Ordinal))
            {
                if (first.StartsWith("[|211|] ", StringComparison.Ordinal))
                {
                    return features; // "211 No features"
                }

                throw new InvalidDataException("Unexpected FEAT reply: " + first);
            }

            string? line;
            while ((line = _control.ReadLine()) != null && !line.StartsWith("[|211|] "))
            {
                string name = line.Trim().Split(' ')[0];
                if (name.Length > 0)
                {
                    features.Names.Add(name);
                }
            }

            return features;
        }

        public IReadOnlyDictionary<string, string> ReadMlstFacts()
        {
            var facts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string first = _control.ReadLine() ?? string.Empty;
            if (first.StartsWith("[|550|]") || first.StartsWith("[|501|]"))
            {
                return facts;
            }

            if (!first.StartsWith("[|250|]-"))
            {
                throw new InvalidDataException("MLST: " + first);
            }

            string? line;
            while ((line = _control.ReadLine()) != null && !line.StartsWith("[|250|]"))
            {
                string entry = line.TrimStart();
                int space = entry.IndexOf(' ');
                string factPart = space > 0 ? entry.Substring(0, space) : entry;
                foreach (string fact in factPart.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = fact.IndexOf('=');
                    if (eq > 0)
                    {
                        facts[fact.Substring(0, eq)] = fact.Substring(eq + 1);
                    }
                }
            }

            return facts;
        }

        public List<string> ReadStatusLines()
        {
            var lines = new List<string>();
            string? line = _control.ReadLine();
            bool multi = line != null && (line.StartsWith("[|211|]-") || line.StartsWith("[|212|]-") || line.StartsWith("[|213|]-"));
            if (!multi)
            {
                if (line != null)
                {
                    lines.Add(line.Length > 4 ? line.Substring(4) : line);
                }

                return lines;
            }

            string terminator = line!.Substring(0, 3) + " ";
            while ((line = _control.ReadLine()) != null && !line.StartsWith(terminator, StringComparison.Ordinal))
            {
                lines.Add(line);
            }

            return lines;
        }

        public static long? ParseSizeFact(IReadOnlyDictionary<string, string> facts)
            => facts.TryGetValue("size", out string? size) ? long.Parse(size, CultureInfo.InvariantCulture) : null;
    }
}
