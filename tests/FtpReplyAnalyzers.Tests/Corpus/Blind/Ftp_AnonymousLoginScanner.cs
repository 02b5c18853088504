// Models a network scanner that probes many hosts for anonymous FTP: banner grab, USER/PASS anonymous, SYST and FEAT.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.AnonFtpScanner1
{
    public enum ProbeStatus
    {
        Closed,
        Filtered,
        NotFtp,
        Busy,
        Delayed,
        AnonymousAllowed,
        AnonymousRejected,
        AccountRequired,
    }

    public sealed class ProbeResult
    {
        public IPAddress Address { get; init; } = IPAddress.None;
        public ProbeStatus Status { get; set; }
        public string? Banner { get; set; }
        public string? SystemType { get; set; }
        public List<string> Features { get; } = new List<string>();
    }

    public sealed class AnonymousFtpScanner
    {
        private const int FtpPort = 21;
        private readonly int _maxParallel;
        private readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(3000);

        public AnonymousFtpScanner(int maxParallel = 64)
        {
            _maxParallel = maxParallel;
        }

        public async Task<IReadOnlyList<ProbeResult>> ScanAsync(IEnumerable<IPAddress> targets, CancellationToken ct)
        {
            var results = new ConcurrentBag<ProbeResult>();
            var done = 0;
            await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = _maxParallel, CancellationToken = ct }, async (ip, token) =>
            {
                results.Add(await ProbeAsync(ip, token).ConfigureAwait(false));
                var n = Interlocked.Increment(ref done);
                if (n % 250 == 0)
                {
                    Console.Error.WriteLine(n + " hosts probed, " + results.Count(r => r.Status == ProbeStatus.AnonymousAllowed) + " open");
                }
            }).ConfigureAwait(false);
            return results.OrderBy(r => r.Address.ToString(), StringComparer.Ordinal).ToList();
        }

        private async Task<ProbeResult> ProbeAsync(IPAddress ip, CancellationToken ct)
        {
            var result = new ProbeResult { Address = ip };
            using var tcp = new TcpClient();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_timeout);

            try
            {
                await tcp.ConnectAsync(ip, FtpPort, cts.Token).ConfigureAwait(false);
            }
            catch (SocketException ex) when (ex.ErrorCode == 10061)
            {
                result.Status = ProbeStatus.Closed;
                return result;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                result.Status = ProbeStatus.Filtered;
                return result;
            }

            using var stream = tcp.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

            async Task<(int Code, string Text)> CommandAsync(string? line)
            {
                if (line is not null)
                {
                    await writer.WriteLineAsync(line).ConfigureAwait(false);
                }

                var first = await reader.ReadLineAsync(cts.Token).ConfigureAwait(false);
                if (first is null || first.Length < 3 || !int.TryParse(first.AsSpan(0, 3), out var code))
                {
                    return (-1, first ?? string.Empty);
                }

                var text = new StringBuilder(first);
                if (first.Length > 3 && first[3] == '-')
                {
                    string? next;
                    while ((next = await reader.ReadLineAsync(cts.Token).ConfigureAwait(false)) is not null)
                    {
                        text.Append('\n').Append(next);
                        if (next.Length > 3 && next[3] == ' ' && next.AsSpan(0, 3).SequenceEqual(first.AsSpan(0, 3)))
                        {
                            break;
                        }
                    }
                }

                return (code, text.ToString());
            }

            try
            {
                var banner = await CommandAsync(null).ConfigureAwait(false);
                result.Banner = banner.Text;
                if (banner.Code == [|120|])
                {
                    result.Status = ProbeStatus.Delayed;
                    return result;
                }

                if (banner.Code == [|421|])
                {
                    result.Status = ProbeStatus.Busy;
                    return result;
                }

                if (banner.Code != [|220|])
                {
                    result.Status = ProbeStatus.NotFtp;
                    return result;
                }

                var user = await CommandAsync("USER anonymous").ConfigureAwait(false);
                if (user.Code == [|230|])
                {
                    result.Status = ProbeStatus.AnonymousAllowed;
                }
                else if (user.Code != [|331|])
                {
                    result.Status = ProbeStatus.AnonymousRejected;
                    return result;
                }
                else
                {
                    var pass = await CommandAsync("PASS scanner@example.org").ConfigureAwait(false);
                    if (pass.Code == [|230|])
                    {
                        result.Status = ProbeStatus.AnonymousAllowed;
                    }
                    else if (pass.Code == [|332|])
                    {
                        result.Status = ProbeStatus.AccountRequired;
                        return result;
                    }
                    else if (pass.Code == [|530|] || pass.Code == [|430|])
                    {
                        result.Status = ProbeStatus.AnonymousRejected;
                        return result;
                    }
                    else
                    {
                        result.Status = ProbeStatus.AnonymousRejected;
                        return result;
                    }
                }

                var syst = await CommandAsync("SYST").ConfigureAwait(false);
                if (syst.Code == [|215|])
                {
                    result.SystemType = syst.Text.Length > 4 ? syst.Text.Substring(4) : syst.Text;
                }

                var feat = await CommandAsync("FEAT").ConfigureAwait(false);
                if (feat.Code == [|211|])
                {
                    result.Features.AddRange(feat.Text.Split('\n').Skip(1).Where(l => l.StartsWith(' ')).Select(l => l.Trim()));
                }

                await CommandAsync("QUIT").ConfigureAwait(false);
            }
            catch (IOException)
            {
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            return result;
        }
    }
}
