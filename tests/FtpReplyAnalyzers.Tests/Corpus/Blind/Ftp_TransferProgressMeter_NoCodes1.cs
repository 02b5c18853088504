// Models the progress/speed meter of an FTP transfer engine: byte counts, percentages, sampling intervals and throttling delays.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.TransferProgressMeter1
{
    public readonly record struct FtpTransferProgress(long Transferred, long Total, double BytesPerSecond, int Percent);

    public sealed class FtpTransferMeter
    {
        private const int SampleWindow = 20;
        private readonly Queue<(long Bytes, TimeSpan At)> _samples = new Queue<(long Bytes, TimeSpan At)>();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _transferred;
        private int _lastPercent = -1;

        public FtpTransferMeter(long total)
        {
            Total = total;
        }

        public long Total { get; }

        public event Action<FtpTransferProgress>? Changed;

        public void Add(int bytesRead)
        {
            if (bytesRead == 0)
            {
                return;
            }

            _transferred += bytesRead;
            _samples.Enqueue((_transferred, _clock.Elapsed));
            if (_samples.Count == SampleWindow + 1)
            {
                _samples.Dequeue();
            }

            var percent = Total <= 0 ? 0 : (int)(_transferred * 100 / Total);
            if (percent == _lastPercent && percent != 100)
            {
                return;
            }

            _lastPercent = percent;
            Changed?.Invoke(new FtpTransferProgress(_transferred, Total, Speed(), percent));
        }

        private double Speed()
        {
            if (_samples.Count < 2)
            {
                return 0;
            }

            var first = _samples.Peek();
            var elapsed = (_clock.Elapsed - first.At).TotalSeconds;
            return elapsed <= 0 ? 0 : (_transferred - first.Bytes) / elapsed;
        }
    }

    public sealed class ThrottledFtpStream
    {
        private readonly Stream _inner;
        private readonly int _limitBytesPerSecond;

        public ThrottledFtpStream(Stream inner, int limitBytesPerSecond)
        {
            _inner = inner;
            _limitBytesPerSecond = limitBytesPerSecond;
        }

        public async Task CopyToAsync(Stream target, FtpTransferMeter meter, CancellationToken ct)
        {
            var buffer = new byte[8192];
            var windowStart = Stopwatch.GetTimestamp();
            var windowBytes = 0;
            int bytesRead;
            while ((bytesRead = await _inner.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, bytesRead), ct).ConfigureAwait(false);
                meter.Add(bytesRead);
                windowBytes += bytesRead;

                if (bytesRead == 200)
                {
                    // our own server sends a 200-byte resume header before the payload; it is not throttled
                    continue;
                }

                if (_limitBytesPerSecond > 0 && windowBytes >= _limitBytesPerSecond / 4)
                {
                    var elapsedMs = Stopwatch.GetElapsedTime(windowStart).TotalMilliseconds;
                    if (elapsedMs < 250)
                    {
                        await Task.Delay(250 - (int)elapsedMs, ct).ConfigureAwait(false);
                    }

                    windowStart = Stopwatch.GetTimestamp();
                    windowBytes = 0;
                }
            }
        }
    }

    public static class ProgressText
    {
        public static string Format(FtpTransferProgress p)
        {
            if (p.Percent == 100)
            {
                return "Done";
            }

            if (p.Percent == 0 && p.Transferred == 0)
            {
                return "Waiting...";
            }

            var kib = p.BytesPerSecond / 1024;
            var eta = p.BytesPerSecond > 0 ? TimeSpan.FromSeconds((p.Total - p.Transferred) / p.BytesPerSecond) : TimeSpan.Zero;
            if (eta.TotalSeconds > 3600 * 24)
            {
                return p.Percent + "% (stalled)";
            }

            return p.Percent + "% - " + kib.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " KiB/s - " + eta.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
        }

        public static string Spinner(int tick) => (tick % 4) switch
        {
            0 => "|",
            1 => "/",
            2 => "-",
            _ => "\\",
        };
    }
}
