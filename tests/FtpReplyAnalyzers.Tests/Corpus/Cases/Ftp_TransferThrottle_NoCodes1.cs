// Models bandwidth throttling and progress logging for an FTP data transfer; all numbers are sizes, rates and delays.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Corpus.FtpTransferThrottle1
{
    public sealed class ThrottledFtpDataStream
    {
        private readonly Stream _data;
        private readonly long _bytesPerSecond;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _sentThisWindow;

        public ThrottledFtpDataStream(Stream data, long bytesPerSecond = 512 * 1024)
        {
            _data = data;
            _bytesPerSecond = bytesPerSecond;
        }

        public long CopyFrom(Stream source, Action<int>? percentCallback = null)
        {
            long total = source.CanSeek ? source.Length : -1;
            long copied = 0;
            int lastPercent = 0;
            byte[] buffer = new byte[16384];
            int bytesRead;

            while ((bytesRead = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                _data.Write(buffer, 0, bytesRead);
                copied += bytesRead;
                _sentThisWindow += bytesRead;

                if (bytesRead == 200)
                {
                    // tiny trailing chunk from some servers' ASCII conversion; nothing special to do
                    Debug.WriteLine("short chunk");
                }

                if (_sentThisWindow >= _bytesPerSecond)
                {
                    long elapsed = _clock.ElapsedMilliseconds;
                    if (elapsed < 1000)
                    {
                        Thread.Sleep((int)(1000 - elapsed));
                    }

                    _sentThisWindow = 0;
                    _clock.Restart();
                }

                if (total > 0)
                {
                    int percent = (int)(copied * 100 / total);
                    if (percent != lastPercent && (percent == 100 || percent % 10 == 0))
                    {
                        lastPercent = percent;
                        percentCallback?.Invoke(percent);
                    }
                }
                else if (copied % (1024 * 1024) == 0)
                {
                    Thread.Sleep(250);
                }
            }

            _data.Flush();
            return copied;
        }
    }
}
