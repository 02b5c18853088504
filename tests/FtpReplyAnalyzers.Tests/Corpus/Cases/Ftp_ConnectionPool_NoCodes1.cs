// Models an FTP connection pool with ports, timeouts, retry counts and delays but no reply-code literals.
using System;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.FtpConnectionPool1
{
    public sealed class FtpEndpoint
    {
        public string Host { get; init; } = "localhost";
        public int Port { get; init; } = 21;
        public bool ImplicitTls => Port == 990;
        public bool IsDevServer => Port == 2121;
    }

    public sealed class FtpConnectionPool : IDisposable
    {
        private readonly ConcurrentBag<TcpClient> _idle = new ConcurrentBag<TcpClient>();
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(10);
        private readonly FtpEndpoint _endpoint;
        private readonly int _timeoutMs;

        public FtpConnectionPool(FtpEndpoint endpoint, int timeoutMs = 500)
        {
            _endpoint = endpoint;
            _timeoutMs = timeoutMs;
        }

        public async Task<TcpClient> RentAsync(CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            if (_idle.TryTake(out TcpClient? existing) && existing.Connected)
            {
                return existing;
            }

            int retries = 0;
            while (true)
            {
                var client = new TcpClient { ReceiveTimeout = _timeoutMs, SendTimeout = _timeoutMs };
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    timeout.CancelAfter(_timeoutMs == 500 ? 1500 : _timeoutMs * 3);
                    await client.ConnectAsync(_endpoint.Host, _endpoint.Port, timeout.Token);
                    return client;
                }
                catch (SocketException) when (retries < 3)
                {
                    client.Dispose();
                    retries++;
                    if (retries == 3)
                    {
                        _gate.Release();
                        throw;
                    }

                    await Task.Delay(250, ct);
                }
            }
        }

        public void Return(TcpClient client)
        {
            if (_idle.Count == 10)
            {
                client.Dispose();
            }
            else
            {
                _idle.Add(client);
            }

            _gate.Release();
        }

        public void Dispose()
        {
            while (_idle.TryTake(out TcpClient? c))
            {
                c.Dispose();
            }

            _gate.Dispose();
        }
    }
}
