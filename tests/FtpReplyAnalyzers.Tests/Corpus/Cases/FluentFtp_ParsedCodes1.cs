// Models async FluentFTP code that parses FtpReply.Code into an int and classifies it with local functions.
using System;
using System.Threading;
using System.Threading.Tasks;
using FluentFTP;

namespace Corpus.FluentParsedCodes1
{
    public static class FtpHealthProbe
    {
        public static async Task<string> ProbeAsync(AsyncFtpClient client, CancellationToken ct)
        {
            await client.Connect(ct);
            FtpReply feat = await client.Execute("FEAT", ct);
            FtpReply syst = await client.Execute("SYST", ct);

            bool hasFeatures = int.TryParse(feat.Code, out int featCode) && featCode == [|211|];
            string system = int.Parse(syst.Code) == [|215|] ? syst.Message : "unknown";

            FtpReply noop = await client.Execute("NOOP", ct);
            int code = int.Parse(noop.Code);
            string health = code switch
            {
                [|200|] => "healthy",
                [|421|] => "overloaded",
                [|530|] => "session expired",
                _ => IsTransient(code) ? "transient failure" : "degraded",
            };

            return $"{system}; features={hasFeatures}; {health}";

            static bool IsTransient(int c) => c is [|421|] or [|425|] or [|426|] or [|450|] or [|451|];
        }

        public static async Task<bool> WaitUntilReadyAsync(AsyncFtpClient client, CancellationToken ct)
        {
            for (int attempt = 0; attempt < 5; attempt++)
            {
                FtpReply reply = await client.Execute("NOOP", ct);
                int code = int.Parse(reply.Code);
                if (IsServiceUnavailable(code))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * (attempt + 1)), ct);
                    continue;
                }

                return code == [|200|];
            }

            return false;

            bool IsServiceUnavailable(int c) => c == [|421|] || c == [|120|];
        }
    }
}
