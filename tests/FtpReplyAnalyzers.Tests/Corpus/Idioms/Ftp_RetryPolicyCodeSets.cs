// Models an FTP transfer retry policy that keeps named sets of reply codes (Retryable, Fatal) and tests them with Contains.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.FtpRetryPolicyCodeSets1
{
    public readonly record struct FtpResponse(int Code, string Text);

    public interface IFtpCommandChannel
    {
        Task<FtpResponse> SendAsync(string command, CancellationToken ct);
    }

    public sealed class FtpRetryPolicy
    {
        private static readonly HashSet<int> Retryable = new HashSet<int> { [|421|], [|425|], [|426|], [|450|], [|451|] };

        private static readonly int[] Fatal = { [|530|], [|532|], [|550|], [|553|] };

        private static readonly ImmutableHashSet<int> TransientCodes = ImmutableHashSet.Create([|421|], [|450|], [|451|], [|452|]);

        private static readonly HashSet<int> NeedsReconnect = [[|421|], [|426|]];

        public int MaxAttempts { get; init; } = 4;

        public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

        public bool ShouldRetry(FtpResponse response, int attempt)
        {
            if (attempt >= MaxAttempts || Fatal.Contains(response.Code))
            {
                return false;
            }

            return Retryable.Contains(response.Code);
        }

        public bool IsTransient(int replyCode) => TransientCodes.Contains(replyCode);

        public bool MustReconnect(FtpResponse response) => NeedsReconnect.Contains(response.Code);

        public TimeSpan DelayFor(int attempt) => TimeSpan.FromMilliseconds(BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
    }

    public sealed class RetryingUploader
    {
        private readonly IFtpCommandChannel _channel;
        private readonly FtpRetryPolicy _policy = new FtpRetryPolicy();

        public RetryingUploader(IFtpCommandChannel channel) => _channel = channel;

        public async Task<bool> StoreAsync(string remotePath, CancellationToken ct)
        {
            for (int attempt = 0; ; attempt++)
            {
                FtpResponse reply = await _channel.SendAsync("STOR " + remotePath, ct);
                if (reply.Code == [|150|] || reply.Code == [|125|])
                {
                    reply = await _channel.SendAsync(string.Empty, ct);
                }

                if (reply.Code == [|226|] || reply.Code == [|250|])
                {
                    return true;
                }

                if (!_policy.ShouldRetry(reply, attempt))
                {
                    return false;
                }

                await Task.Delay(_policy.DelayFor(attempt), ct);
            }
        }
    }
}
