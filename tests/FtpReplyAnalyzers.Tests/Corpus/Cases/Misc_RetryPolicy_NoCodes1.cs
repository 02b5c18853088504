// Models a generic exponential-backoff retry policy used by several protocol clients; only delays, attempts and jitter.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.RetryPolicy1
{
    public sealed class BackoffPolicy
    {
        public int MaxAttempts { get; init; } = 5;
        public int BaseDelayMs { get; init; } = 250;
        public int MaxDelayMs { get; init; } = 30000;

        public TimeSpan DelayFor(int attempt)
        {
            if (attempt == 1)
            {
                return TimeSpan.FromMilliseconds(BaseDelayMs);
            }

            double exp = BaseDelayMs * Math.Pow(2, attempt - 1);
            int jitter = Random.Shared.Next(0, 100);
            return TimeSpan.FromMilliseconds(Math.Min(MaxDelayMs, exp + jitter));
        }

        public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient, CancellationToken ct)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await action(ct);
                }
                catch (Exception ex) when (attempt < MaxAttempts && isTransient(ex))
                {
                    TimeSpan delay = DelayFor(attempt);
                    if (delay.TotalMilliseconds == 500)
                    {
                        Console.WriteLine("Second retry.");
                    }

                    await Task.Delay(delay, ct);
                }
            }
        }

        public static BackoffPolicy Aggressive() => new BackoffPolicy { MaxAttempts = 3, BaseDelayMs = 150, MaxDelayMs = 2000 };

        public static BackoffPolicy Patient() => new BackoffPolicy { MaxAttempts = 10, BaseDelayMs = 500, MaxDelayMs = 120000 };
    }
}
