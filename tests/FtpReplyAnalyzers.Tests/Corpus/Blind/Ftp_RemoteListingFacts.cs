// Models a sync tool's remote listing layer: FEAT discovery, MLST/MLSD facts (incl. unix.mode permission strings), MDTM/SIZE fallbacks, STAT/HELP.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.RemoteListingFacts1
{
    public sealed class ServerReply
    {
        public int Code { get; set; }
        public List<string> Lines { get; } = new List<string>();
        public string Message => Lines.Count == 0 ? string.Empty : Lines[Lines.Count - 1];
    }

    public interface IFtpSession
    {
        Task<ServerReply> CommandAsync(string command, CancellationToken ct);
        Task<IReadOnlyList<string>> ReadDataLinesAsync(string command, CancellationToken ct);
        int LastCompletionCode { get; }
    }

    public sealed class RemoteEntry
    {
        public string Name { get; set; } = string.Empty;
        public bool IsDirectory { get; set; }
        public long Size { get; set; } = -1;
        public DateTime? ModifiedUtc { get; set; }
        public string? UnixMode { get; set; }
        public bool ReadOnlyForOwnerAndGroup { get; set; }
    }

    public sealed class RemoteListing
    {
        private readonly IFtpSession _session;
        private HashSet<string>? _features;

        public RemoteListing(IFtpSession session)
        {
            _session = session;
        }

        public async Task<bool> SupportsAsync(string feature, CancellationToken ct)
        {
            if (_features is null)
            {
                _features = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var reply = await _session.CommandAsync("FEAT", ct).ConfigureAwait(false);
                if (reply.Code == [|211|])
                {
                    foreach (var line in reply.Lines.Skip(1).Take(reply.Lines.Count - 2))
                    {
                        var name = line.Trim().Split(' ')[0];
                        _features.Add(name);
                    }
                }
                else if (reply.Code != [|500|] && reply.Code != [|502|])
                {
                    throw new InvalidOperationException("FEAT failed: " + reply.Message);
                }
            }

            return _features.Contains(feature);
        }

        public async Task<RemoteEntry?> StatAsync(string path, CancellationToken ct)
        {
            if (await SupportsAsync("MLST", ct).ConfigureAwait(false))
            {
                var mlst = await _session.CommandAsync("MLST " + path, ct).ConfigureAwait(false);
                if (mlst.Code == [|550|])
                {
                    return null;
                }

                if (mlst.Code == [|250|] && mlst.Lines.Count >= 2)
                {
                    return ParseFacts(mlst.Lines[1].TrimStart());
                }

                if (mlst.Code == [|501|])
                {
                    // some servers refuse paths with spaces in MLST; fall through to the legacy commands
                }
            }

            var entry = new RemoteEntry { Name = path };
            var size = await _session.CommandAsync("SIZE " + path, ct).ConfigureAwait(false);
            if (size.Code == [|213|])
            {
                entry.Size = long.Parse(size.Message.Substring(4).Trim(), CultureInfo.InvariantCulture);
            }
            else if (size.Code == [|550|])
            {
                var cwd = await _session.CommandAsync("CWD " + path, ct).ConfigureAwait(false);
                if (cwd.Code != [|250|])
                {
                    return null;
                }

                entry.IsDirectory = true;
                await _session.CommandAsync("CWD /", ct).ConfigureAwait(false);
            }

            var mdtm = await _session.CommandAsync("MDTM " + path, ct).ConfigureAwait(false);
            if (mdtm.Code == [|213|])
            {
                entry.ModifiedUtc = ParseTimeVal(mdtm.Message.Substring(4).Trim());
            }

            return entry;
        }

        public async Task<IReadOnlyList<RemoteEntry>> ListAsync(string directory, CancellationToken ct)
        {
            var lines = await _session.ReadDataLinesAsync("MLSD " + directory, ct).ConfigureAwait(false);
            if (_session.LastCompletionCode != [|226|] && _session.LastCompletionCode != [|250|])
            {
                throw new InvalidOperationException("MLSD did not complete");
            }

            return lines.Select(ParseFacts).Where(e => e.Name != "." && e.Name != "..").ToList();
        }

        public async Task<string> DirectoryStatusAsync(string directory, CancellationToken ct)
        {
            var stat = await _session.CommandAsync("STAT " + directory, ct).ConfigureAwait(false);
            if (stat.Code == [|212|] || stat.Code == [|213|])
            {
                return string.Join("\n", stat.Lines);
            }

            var help = await _session.CommandAsync("HELP", ct).ConfigureAwait(false);
            return help.Code == [|214|] ? "STAT unsupported; server help:\n" + string.Join("\n", help.Lines) : string.Empty;
        }

        private static RemoteEntry ParseFacts(string line)
        {
            var entry = new RemoteEntry();
            var space = line.IndexOf(' ');
            entry.Name = space >= 0 ? line.Substring(space + 1) : line;
            var facts = (space >= 0 ? line.Substring(0, space) : string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries);
            foreach (var fact in facts)
            {
                var eq = fact.IndexOf('=');
                if (eq < 0)
                {
                    continue;
                }

                var key = fact.Substring(0, eq).ToLowerInvariant();
                var value = fact.Substring(eq + 1);
                switch (key)
                {
                    case "type":
                        entry.IsDirectory = value.Equals("dir", StringComparison.OrdinalIgnoreCase) || value.Equals("cdir", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "size":
                        entry.Size = long.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "modify":
                        entry.ModifiedUtc = ParseTimeVal(value);
                        break;
                    case "unix.mode":
                        entry.UnixMode = value.TrimStart('0');
                        if (entry.UnixMode == "550" || entry.UnixMode == "440")
                        {
                            entry.ReadOnlyForOwnerAndGroup = true;
                        }

                        break;
                }
            }

            return entry;
        }

        private static DateTime? ParseTimeVal(string value)
        {
            var formats = new[] { "yyyyMMddHHmmss", "yyyyMMddHHmmss.fff" };
            return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null;
        }
    }
}
