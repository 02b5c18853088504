// Retry classifier for SQL Server error numbers and Redis error replies used by a data-access layer.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.SqlRedisErrors1
{
    public sealed record SqlErrorInfo(int Number, byte Class, int State, string Message);

    public enum ErrorAction
    {
        Fail,
        Retry,
        RetryAfterReconnect,
        Conflict,
        BugInQuery
    }

    public static class SqlErrorClassifier
    {
        public static ErrorAction Classify(SqlErrorInfo error)
        {
            switch (error.Number)
            {
                case 1205: // deadlock victim
                case -2: // client timeout
                case 40501: // Azure SQL service busy
                case 40613: // database unavailable
                case 49918:
                    return ErrorAction.Retry;
                case 233:
                case 10053:
                case 10054:
                case 4060:
                    return ErrorAction.RetryAfterReconnect;
                case 2601:
                case 2627:
                    return ErrorAction.Conflict;
                case 530: // maximum recursion exhausted in a recursive CTE
                case 8152: // string or binary data would be truncated
                case 515: // cannot insert NULL
                    return ErrorAction.BugInQuery;
                default:
                    return ErrorAction.Fail;
            }
        }

        public static bool IsLockTimeout(SqlErrorInfo error) => error.Number == 1222;

        public static bool IsFatalSeverity(SqlErrorInfo error) => error.Class == 20 || error.Class == 21;
    }

    public static class RedisErrorClassifier
    {
        public static ErrorAction Classify(string error)
        {
            if (error.StartsWith("MOVED ", StringComparison.Ordinal) || error.StartsWith("ASK ", StringComparison.Ordinal))
            {
                return ErrorAction.RetryAfterReconnect;
            }

            if (error.StartsWith("BUSY", StringComparison.Ordinal) || error.StartsWith("LOADING", StringComparison.Ordinal)
                || error.StartsWith("TRYAGAIN", StringComparison.Ordinal))
            {
                return ErrorAction.Retry;
            }

            return error.StartsWith("WRONGTYPE", StringComparison.Ordinal) ? ErrorAction.BugInQuery : ErrorAction.Fail;
        }
    }

    public sealed class RetryingExecutor
    {
        private const int MaxAttempts = 5;

        public async Task<T> ExecuteAsync<T>(Func<Task<T>> action, Func<Exception, SqlErrorInfo?> describe, CancellationToken ct)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await action();
                }
                catch (Exception ex) when (attempt < MaxAttempts && describe(ex) is { } info && SqlErrorClassifier.Classify(info) == ErrorAction.Retry)
                {
                    await Task.Delay(250 * attempt, ct);
                }
            }
        }
    }
}
