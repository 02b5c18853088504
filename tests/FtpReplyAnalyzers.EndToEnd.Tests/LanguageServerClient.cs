using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A minimal LSP client over stdio (JSON-RPC with Content-Length framing), enough to drive a language server the
/// way an editor does: initialize, answer its configuration requests, open a document, collect what it publishes.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly Func<JsonNode?, JsonNode?> answerConfiguration;
    private readonly StringBuilder log = new();
    private int nextId;

    private LanguageServerClient(Process process, Func<JsonNode?, JsonNode?> answerConfiguration)
    {
        this.process = process;
        this.answerConfiguration = answerConfiguration;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
        _ = Task.Run(async () =>
        {
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
            }
        });
    }

    /// <summary>What the server logged (window/logMessage and stderr), for a failure message.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static LanguageServerClient Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, Func<JsonNode?, JsonNode?> answerConfiguration, params string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new LanguageServerClient(Process.Start(start) ?? throw new InvalidOperationException("language server did not start"), answerConfiguration);
    }

    public async Task<int> RequestAsync(string method, JsonNode parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return id;
    }

    public Task NotifyAsync(string method, JsonNode parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Reads messages until <paramref name="accept"/> returns a value, answering the server's own requests on the way
    /// (workspace/configuration through the callback, anything else with null).
    /// </summary>
    public async Task<T> WaitForAsync<T>(Func<JsonObject, T?> accept, TimeSpan timeout)
        where T : class
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await ReadAsync(cancel.Token);
            var method = message["method"]?.GetValue<string>();
            if (method == "window/logMessage")
            {
                lock (log)
                {
                    log.AppendLine(message["params"]?["message"]?.GetValue<string>());
                }
            }

            if (method is not null && message["id"] is { } requestId)
            {
                JsonNode? result = method == "workspace/configuration" ? answerConfiguration(message["params"]) : null;
                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
                continue;
            }

            if (accept(message) is { } accepted)
            {
                return accepted;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task SendAsync(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await input.WriteAsync(header);
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    private async Task<JsonObject> ReadAsync(CancellationToken cancellationToken)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body, cancellationToken);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one, cancellationToken) == 0)
            {
                throw new EndOfStreamException("language server closed its output\n" + Log);
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
