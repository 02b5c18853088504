namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Ordinary application code, nine files in ten: literals everywhere, many of them numbers FTP also uses (200, 250,
/// 500, 550, 421...) in the very shapes FTP0001 looks at (comparisons, switches, patterns, arguments), but as HTTP
/// statuses, SMTP replies, sizes, timeouts, record types and limits. None of it may be reported.
/// </summary>
internal static class ApplicationCode
{
    private const string CommonUsings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Net;
        using System.Net.Http;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Shared;
        """;

    private static readonly (string Name, int Weight, Action<FileContext> Write)[] Kinds =
    [
        ("DomainService", 4, DomainService),
        ("HttpApiClient", 3, HttpApiClient),
        ("MailNotifier", 1, MailNotifier),
        ("SmtpRelay", 1, SmtpRelay),
        ("CacheStore", 2, CacheStore),
        ("ReportFormatter", 2, ReportFormatter),
        ("SyncWorker", 2, SyncWorker),
        ("RecordImporter", 2, RecordImporter),
        ("Defaults", 1, Defaults),
    ];

    /// <summary>Writes one application file; returns its kind, for the file name.</summary>
    public static string Write(FileContext context)
    {
        var total = Kinds.Sum(k => k.Weight);
        var roll = context.Random.Next(total);
        foreach (var (name, weight, write) in Kinds)
        {
            if (roll < weight)
            {
                write(context);
                return name;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("weights do not add up");
    }

    private static void Header(FileContext c, string segment, string extraUsings = "")
    {
        c.Writer.Lines(CommonUsings);
        if (extraUsings.Length > 0)
        {
            c.Writer.Lines(extraUsings);
        }

        c.Writer.Line();
        c.Writer.Line($"namespace Contoso.{c.Area}.{segment}{c.Index:D4};");
        c.Writer.Line();
    }

    // ---------------------------------------------------------------- a business service

    private static void DomainService(FileContext c)
    {
        Header(c, "Services");
        var type = $"{c.Entity}Service";
        c.Writer.Lines($$"""
            /// <summary>Business rules for {{c.Entity.ToLowerInvariant()}} records.</summary>
            public sealed class {{type}}
            {
                private const int BatchSize = {{c.Of(50, 100, 200, 250, 500)}};
                private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds({{c.Of(5, 10, 30, 60)}});
                private readonly Dictionary<string, int> limits = new(StringComparer.Ordinal)
                {
                    ["max-items"] = {{c.Of(500, 1000, 2500)}},
                    ["max-retries"] = 3,
                    ["page-size"] = {{c.Of(25, 50, 100)}},
                };

                private readonly List<WorkItem> items = new();
                private readonly IAppLog log;

                public {{type}}(IAppLog log)
                {
                    this.log = log;
                }
            """);
        c.Writer.Indent();
        c.Members(DomainMethods, 11, 16);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] DomainMethods =
    [
        c => c.Writer.Lines($$"""
            public int ProcessBatches{{c.NextMethod()}}(IReadOnlyList<WorkItem> work)
            {
                var processed = 0;
                for (var offset = 0; offset < work.Count; offset += BatchSize)
                {
                    var batch = work.Skip(offset).Take(BatchSize).ToList();
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    foreach (var item in batch)
                    {
                        if (item.Quantity > {{c.Of(1000, 5000, 9999)}} || item.Amount <= 0m)
                        {
                            log.Warn($"Skipping {item.Id}: quantity {item.Quantity}");
                            continue;
                        }

                        processed++;
                    }
                }

                return processed;
            }
            """),
        c => c.Writer.Lines($$"""
            public decimal ComputeDiscount{{c.NextMethod()}}(decimal total, int loyaltyYears)
            {
                if (total >= {{c.Of(1000, 2000, 5000)}}m)
                {
                    return decimal.Round(total * 0.10m, 2);
                }

                if (total >= {{c.Of(250, 500, 750)}}m && loyaltyYears > 2)
                {
                    return decimal.Round(total * 0.05m, 2);
                }

                return loyaltyYears >= 10 ? 25m : 0m;
            }
            """),
        c => c.Writer.Lines($$"""
            public async Task RetryAsync{{c.NextMethod()}}(Func<Task> action, CancellationToken cancellationToken)
            {
                var maxRetries = limits.TryGetValue("max-retries", out var configured) ? configured : 3;
                for (var attempt = 1; attempt <= maxRetries; attempt++)
                {
                    try
                    {
                        await action();
                        return;
                    }
                    catch (IOException ex) when (attempt < maxRetries)
                    {
                        log.Warn($"attempt {attempt} failed: {ex.Message}");
                        await Task.Delay({{c.Of(100, 200, 250, 500)}} * attempt, cancellationToken);
                    }
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public List<string> Validate{{c.NextMethod()}}(WorkItem item)
            {
                var errors = new List<string>();
                if (item.Name.Length == 0 || item.Name.Length > {{c.Of(100, 200, 256)}})
                {
                    errors.Add("name must have 1 to {{c.Of(100, 200, 256)}} characters");
                }

                if (item.Quantity < 1 || item.Quantity > {{c.Of(1000, 10000)}})
                {
                    errors.Add("quantity out of range");
                }

                if (item.CreatedUtc.Year < 2000 || item.Amount > 1_000_000m)
                {
                    errors.Add("suspicious record");
                }

                return errors;
            }
            """),
        c => c.Writer.Lines($$"""
            public static string Classify{{c.NextMethod()}}(int score) => score switch
            {
                >= {{c.Of(900, 950)}} => "platinum",
                >= 750 => "gold",
                >= {{c.Of(450, 500, 550)}} => "silver",
                _ => "standard",
            };
            """),
        c => c.Writer.Lines($$"""
            public static string DescribeStatus{{c.NextMethod()}}(int status) => status switch
            {
                0 => "draft",
                1 => "submitted",
                2 => "approved",
                3 => "rejected",
                {{c.Of(9, 99, 200)}} => "archived",
                _ => "unknown",
            };
            """),
        c => c.Writer.Lines($$"""
            public IReadOnlyList<WorkItem> Page{{c.NextMethod()}}(int page, int pageSize)
            {
                if (page < 1)
                {
                    page = 1;
                }

                if (pageSize <= 0 || pageSize > {{c.Of(200, 250, 500)}})
                {
                    pageSize = limits["page-size"];
                }

                return items.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            }
            """),
        c => c.Writer.Lines($$"""
            public static TimeSpan TimeoutFor{{c.NextMethod()}}(string operation) => operation switch
            {
                "import" => TimeSpan.FromSeconds({{c.Of(120, 300)}}),
                "export" => TimeSpan.FromMinutes({{c.Of(5, 10)}}),
                "sync" => TimeSpan.FromMilliseconds({{c.Of(1500, 2500)}}),
                _ => DefaultTimeout,
            };
            """),
        c => c.Writer.Lines($$"""
            public string Summarize{{c.NextMethod()}}()
            {
                var approved = items.Where(i => i.Status == 2).ToList();
                if (approved.Count == 0)
                {
                    return "nothing approved";
                }

                var average = Math.Round(approved.Average(i => (double)i.Amount), 2);
                var large = approved.Count(i => i.Quantity > {{c.Of(100, 150, 500)}});
                return $"{approved.Count} approved, average {average:0.00}, {large} large";
            }
            """),
        c => c.Writer.Lines($$"""
            public int ReserveStock{{c.NextMethod()}}(WorkItem item, int available)
            {
                var remaining = available - item.Quantity;
                if (remaining < {{c.Of(10, 25, 50)}})
                {
                    log.Warn($"stock for {item.Name} is low: {remaining}");
                }

                return Math.Max(0, remaining);
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsBusinessHours{{c.NextMethod()}}(DateTime local) =>
                local.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && local.Hour >= {{c.Of(7, 8, 9)}} && local.Hour < {{c.Of(17, 18, 20)}};
            """),
        c => c.Writer.Lines($$"""
            public bool IsSettled{{c.NextMethod()}}(WorkItem item)
            {
                // Legacy status scheme: hundreds are the stage, tens the sub-state.
                var statusCode = item.Status * 100 + (item.Quantity > 0 ? 0 : 50);
                return statusCode == {{c.Of(200, 250, 300)}} || statusCode == 350;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool OverLimit{{c.NextMethod()}}(int count)
            {
                var max = limits.TryGetValue("max-items", out var configured) ? configured : {{c.Of(500, 1000)}};
                if (count > max)
                {
                    log.Warn($"{count} items exceed the limit of {max}");
                    return true;
                }

                return count == max;
            }
            """),
    ];

    // ---------------------------------------------------------------- an HTTP API client

    private static void HttpApiClient(FileContext c)
    {
        Header(c, "Api");
        var type = $"{c.Entity}ApiClient";
        c.Writer.Lines($$"""
            /// <summary>Talks to the {{c.Entity.ToLowerInvariant()}} REST API.</summary>
            public sealed class {{type}}
            {
                private const int MaxAttempts = {{c.Of(3, 4, 5)}};
                private static readonly Uri BaseAddress = new("https://api.contoso.example:{{c.Of(443, 8443, 8080)}}/");
                private readonly HttpClient http;
                private readonly IAppLog log;

                public {{type}}(HttpClient http, IAppLog log)
                {
                    this.http = http;
                    this.log = log;
                    http.Timeout = TimeSpan.FromSeconds({{c.Of(30, 60, 100)}});
                }
            """);
        c.Writer.Indent();
        c.Members(HttpMethods, 11, 16);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] HttpMethods =
    [
        c => c.Writer.Lines($$"""
            public static bool IsServerError{{c.NextMethod()}}(HttpResponseMessage response) =>
                (int)response.StatusCode >= 500 && (int)response.StatusCode < 600;
            """),
        c => c.Writer.Lines($$"""
            private static readonly HashSet<int> RetryableStatusCodes{{c.NextMethod()}} = new() { 408, 429, 500, 502, 503, 504 };
            """),
        c => c.Writer.Lines($$"""
            public static bool IsClientError{{c.NextMethod()}}(int statusCode) => statusCode / 100 == 4;
            """),
        c => c.Writer.Lines($$"""
            public async Task<string?> GetAsync{{c.NextMethod()}}(string path)
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, path));
                if ((int)response.StatusCode == 200)
                {
                    return await response.Content.ReadAsStringAsync();
                }

                if (response.StatusCode == HttpStatusCode.NotFound || (int)response.StatusCode == 410)
                {
                    return null;
                }

                if ((int)response.StatusCode >= 500)
                {
                    throw new HttpRequestException($"server error {(int)response.StatusCode}");
                }

                return string.Empty;
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool ShouldRetry{{c.NextMethod()}}(HttpResponseMessage response) =>
                (int)response.StatusCode is 408 or 429 or 500 or 502 or 503 or 504;
            """),
        c => c.Writer.Lines($$"""
            public static string Describe{{c.NextMethod()}}(HttpResponseMessage response)
            {
                switch ((int)response.StatusCode)
                {
                    case 200:
                    case 201:
                    case 204:
                        return "ok";
                    case 301:
                    case 302:
                        return "moved";
                    case 400:
                        return "bad request";
                    case 401:
                    case 403:
                        return "denied";
                    case 404:
                        return "missing";
                    case 500:
                        return "server error";
                    case 503:
                        return "unavailable";
                    default:
                        return "other";
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public async Task<bool> PostWithRetryAsync{{c.NextMethod()}}(string path, string json, CancellationToken cancellationToken)
            {
                for (var attempt = 1; attempt <= MaxAttempts; attempt++)
                {
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync(new Uri(BaseAddress, path), content, cancellationToken);
                    var status = (int)response.StatusCode;
                    if (status == 201 || status == 202)
                    {
                        return true;
                    }

                    if (status == 429)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(2 * attempt), cancellationToken);
                    }
                    else if (status >= 500)
                    {
                        await Task.Delay({{c.Of(250, 500, 1000)}} * attempt, cancellationToken);
                    }
                    else
                    {
                        log.Warn($"POST {path} failed with {status}");
                        return false;
                    }
                }

                return false;
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsThrottled{{c.NextMethod()}}(HttpResponseMessage response) =>
                response.StatusCode == (HttpStatusCode)429 || response.StatusCode == HttpStatusCode.ServiceUnavailable;
            """),
        c => c.Writer.Lines($$"""
            public static Uri BuildUri{{c.NextMethod()}}(string path, int page) =>
                new UriBuilder(BaseAddress) { Port = {{c.Of(443, 8443)}}, Path = path, Query = $"page={page}&size={{c.Of(50, 100, 200)}}" }.Uri;
            """),
        c => c.Writer.Lines($$"""
            public static HttpRequestMessage WithHeaders{{c.NextMethod()}}(HttpRequestMessage request)
            {
                request.Headers.Add("X-Retry-After", "{{c.Of(120, 150, 200)}}");
                request.Headers.Add("X-Page-Size", "{{c.Of(50, 100, 250)}}");
                request.Headers.Add("X-Api-Version", "2");
                return request;
            }
            """),
        c => c.Writer.Lines($$"""
            public static async Task<long> ReadAllAsync{{c.NextMethod()}}(Stream stream)
            {
                var buffer = new byte[{{c.Of(4096, 8192, 16384)}}];
                long total = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(0, buffer.Length))) > 0)
                {
                    total += read;
                    if (total > {{c.Of(10, 50, 100)}} * 1024 * 1024)
                    {
                        throw new InvalidDataException("response too large");
                    }
                }

                return total;
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsSuccess{{c.NextMethod()}}(int statusCode) => statusCode >= 200 && statusCode <= 299;

            public static bool IsRedirect{{c.NextMethod()}}(int statusCode) => statusCode == 301 || statusCode == 302 || statusCode == 307;
            """),
        c =>
        {
            var k = c.NextMethod();
            c.Writer.Lines($$"""
                public async Task<int> CountPagesAsync{{k}}(string path)
                {
                    var pages = 0;
                    for (var page = 1; page <= {{c.Of(100, 200, 500)}}; page++)
                    {
                        using var response = await http.GetAsync(PageUri{{k}}(path, page));
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            break;
                        }

                        pages++;
                    }

                    return pages;
                }

                private static Uri PageUri{{k}}(string path, int page) => new(BaseAddress, $"{path}?page={page}");
                """);
        },
    ];

    // ---------------------------------------------------------------- System.Net.Mail

    private static void MailNotifier(FileContext c)
    {
        Header(c, "Notifications", "using System.Net.Mail;");
        var type = $"{c.Entity}MailNotifier";
        c.Writer.Lines($$"""
            /// <summary>Sends {{c.Entity.ToLowerInvariant()}} notifications by e-mail.</summary>
            public sealed class {{type}}
            {
                private readonly string host;
                private readonly IAppLog log;

                public {{type}}(string host, IAppLog log)
                {
                    this.host = host;
                    this.log = log;
                }
            """);
        c.Writer.Indent();
        c.Members(MailMethods, 8, 12);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] MailMethods =
    [
        c => c.Writer.Lines($$"""
            public async Task<bool> SendAsync{{c.NextMethod()}}(MailMessage message)
            {
                using var client = new SmtpClient(host, {{c.Of(25, 587, 2525)}}) { EnableSsl = true, Timeout = {{c.Of(10000, 30000)}} };
                try
                {
                    await client.SendMailAsync(message);
                    return true;
                }
                catch (SmtpFailedRecipientException ex) when ((int)ex.StatusCode == 550 || (int)ex.StatusCode == 553)
                {
                    log.Warn($"recipient rejected: {ex.FailedRecipient}");
                    return false;
                }
                catch (SmtpException ex) when (ex.StatusCode == SmtpStatusCode.MailboxBusy || (int)ex.StatusCode == 451)
                {
                    await Task.Delay({{c.Of(2000, 5000)}});
                    return false;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsPermanent{{c.NextMethod()}}(SmtpStatusCode code) => (int)code >= 500 || code == (SmtpStatusCode)554;
            """),
        c => c.Writer.Lines($$"""
            public static string Explain{{c.NextMethod()}}(SmtpException ex)
            {
                switch ((int)ex.StatusCode)
                {
                    case 421:
                        return "service not available, try later";
                    case 450:
                    case 451:
                    case 452:
                        return "temporary failure";
                    case 550:
                        return "mailbox unavailable";
                    case 552:
                        return "message too large";
                    default:
                        return ex.Message;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static MailMessage Compose{{c.NextMethod()}}(string to, string subject, string body)
            {
                if (subject.Length > {{c.Of(78, 120, 200)}})
                {
                    subject = subject.Substring(0, {{c.Of(75, 117)}}) + "...";
                }

                var message = new MailMessage("noreply@contoso.example", to, subject, body) { IsBodyHtml = false };
                message.Headers.Add("X-Priority", "3");
                return message;
            }
            """),
        c => c.Writer.Lines($$"""
            public static TimeSpan Backoff{{c.NextMethod()}}(int attempt) =>
                TimeSpan.FromMilliseconds(Math.Min({{c.Of(30000, 60000)}}, {{c.Of(250, 500)}} * Math.Pow(2, attempt)));
            """),
    ];

    // ---------------------------------------------------------------- a hand-written SMTP client: FTP's numbers, FTP's shapes

    private static void SmtpRelay(FileContext c)
    {
        Header(c, "Mail", "using System.Net.Sockets;");
        var type = $"{c.Entity}MailRelay";
        c.Writer.Lines($$"""
            /// <summary>A minimal SMTP client (RFC 5321) for the {{c.Entity.ToLowerInvariant()}} relay.</summary>
            public sealed class {{type}} : IDisposable
            {
                private readonly TcpClient tcp;
                private readonly StreamReader reader;
                private readonly StreamWriter writer;

                public {{type}}(TcpClient tcp)
                {
                    this.tcp = tcp;
                    reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
                    writer = new StreamWriter(tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                }

                public string LastLine { get; private set; } = "";

                private int ReadReply()
                {
                    var line = reader.ReadLine() ?? throw new IOException("connection closed");
                    while (line.Length > 3 && line[3] == '-')
                    {
                        line = reader.ReadLine() ?? throw new IOException("connection closed");
                    }

                    LastLine = line;
                    return int.Parse(line.Substring(0, 3), CultureInfo.InvariantCulture);
                }

                private int Send(string command)
                {
                    writer.WriteLine(command);
                    return ReadReply();
                }

                public void Acknowledge(bool accepted) => writer.WriteLine(accepted ? "250 OK queued" : "550 Mailbox unavailable");

                public void Deliver(string from, string to, string body)
                {
                    if (ReadReply() != 220)
                    {
                        throw new IOException("no greeting: " + LastLine);
                    }

                    if (Send("EHLO relay.contoso.example") != 250)
                    {
                        throw new IOException("EHLO refused: " + LastLine);
                    }

                    if (Send("MAIL FROM:<" + from + ">") != 250)
                    {
                        throw new IOException("sender refused: " + LastLine);
                    }

                    var accepted = Send("RCPT TO:<" + to + ">");
                    if (accepted == 550 || accepted == 551 || accepted == 553)
                    {
                        throw new InvalidOperationException("recipient rejected: " + LastLine);
                    }

                    if (Send("DATA") != 354)
                    {
                        throw new IOException("DATA refused: " + LastLine);
                    }

                    if (Send(body + "\r\n.") != 250)
                    {
                        throw new IOException("message refused: " + LastLine);
                    }
                }

                public bool IsTransient(int reply) => reply is 421 or 450 or 451 or 452;

                public void Dispose()
                {
                    if (tcp.Connected && Send("QUIT") != 221)
                    {
                        LastLine = "no goodbye";
                    }

                    tcp.Dispose();
                }
            }
            """);
    }

    // ---------------------------------------------------------------- dictionaries and limits

    private static void CacheStore(FileContext c)
    {
        Header(c, "Caching");
        var type = $"{c.Entity}Cache";
        c.Writer.Lines($$"""
            /// <summary>An in-memory cache of {{c.Entity.ToLowerInvariant()}} lookups.</summary>
            public sealed class {{type}}
            {
                private const int Capacity = {{c.Of(256, 1024, 4096)}};
                private static readonly TimeSpan Ttl = TimeSpan.FromSeconds({{c.Of(60, 300, 900)}});

                private static readonly Dictionary<int, string> ReasonPhrases = new()
                {
                    [200] = "OK",
                    [201] = "Created",
                    [204] = "No Content",
                    [404] = "Not Found",
                    [500] = "Internal Server Error",
                    [503] = "Service Unavailable",
                };

                private readonly Dictionary<string, CacheEntry> entries = new(StringComparer.Ordinal);
                private readonly Dictionary<string, int> quotas = new()
                {
                    ["orders"] = {{c.Of(500, 1000)}},
                    ["invoices"] = {{c.Of(250, 500)}},
                    ["users"] = {{c.Of(100, 150, 200)}},
                };

                private int hits;
                private int misses;

                private sealed record CacheEntry(string Value, DateTime ExpiresUtc, int Hits);
            """);
        c.Writer.Indent();
        c.Members(CacheMethods, 10, 14);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] CacheMethods =
    [
        c => c.Writer.Lines($$"""
            public void Set{{c.NextMethod()}}(string key, string value)
            {
                if (entries.Count >= Capacity)
                {
                    var oldest = entries.OrderBy(e => e.Value.ExpiresUtc).Take(Capacity / 4).Select(e => e.Key).ToList();
                    foreach (var stale in oldest)
                    {
                        entries.Remove(stale);
                    }
                }

                entries[key] = new CacheEntry(value, DateTime.UtcNow.Add(Ttl), 0);
            }
            """),
        c => c.Writer.Lines($$"""
            public bool TryGet{{c.NextMethod()}}(string key, out string value)
            {
                if (entries.TryGetValue(key, out var entry) && entry.ExpiresUtc > DateTime.UtcNow)
                {
                    entries[key] = entry with { Hits = entry.Hits + 1 };
                    hits++;
                    value = entry.Value;
                    return true;
                }

                misses++;
                value = "";
                return false;
            }
            """),
        c => c.Writer.Lines($$"""
            public static string Reason{{c.NextMethod()}}(int status) => ReasonPhrases.TryGetValue(status, out var phrase) ? phrase : "Unknown";
            """),
        c => c.Writer.Lines($$"""
            public int Quota{{c.NextMethod()}}(string area)
            {
                if (!quotas.TryGetValue(area, out var quota))
                {
                    quota = {{c.Of(50, 100)}};
                    quotas[area] = quota;
                }

                return quota;
            }
            """),
        c => c.Writer.Lines($$"""
            public static int Bucket{{c.NextMethod()}}(string key) => Math.Abs(StringComparer.Ordinal.GetHashCode(key) % {{c.Of(16, 64, 256)}});
            """),
        c => c.Writer.Lines($$"""
            public double HitRatio{{c.NextMethod()}}()
            {
                var total = hits + misses;
                return total == 0 ? 0 : Math.Round(100.0 * hits / total, 2);
            }
            """),
        c => c.Writer.Lines($$"""
            public void Trim{{c.NextMethod()}}(int keep)
            {
                if (keep < 0 || keep > Capacity)
                {
                    keep = Capacity / 2;
                }

                foreach (var key in entries.Keys.Skip(keep).ToList())
                {
                    entries.Remove(key);
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public Dictionary<string, int> Snapshot{{c.NextMethod()}}() => new()
            {
                ["entries"] = entries.Count,
                ["capacity"] = Capacity,
                ["ttl-seconds"] = (int)Ttl.TotalSeconds,
                ["hits"] = hits,
                ["limit"] = {{c.Of(200, 220, 250)}},
            };
            """),
    ];

    // ---------------------------------------------------------------- string formatting

    private static void ReportFormatter(FileContext c)
    {
        Header(c, "Reports");
        var type = $"{c.Entity}ReportFormatter";
        c.Writer.Lines($$"""
            /// <summary>Formats {{c.Entity.ToLowerInvariant()}} reports for the console and e-mail.</summary>
            public static class {{type}}
            {
                private static readonly int[] ColumnWidths = { 8, {{c.Of(24, 30, 40)}}, 12, 12, 10 };
            """);
        c.Writer.Indent();
        c.Members(ReportMethods, 10, 13);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] ReportMethods =
    [
        c =>
        {
            var k = c.NextMethod();
            c.Writer.Lines($$"""
                public static string FormatTable{{k}}(IEnumerable<WorkItem> rows)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine(new string('-', {{c.Of(72, 80, 120)}}));
                    foreach (var row in rows)
                    {
                        builder.Append(row.Id.ToString(CultureInfo.InvariantCulture).PadLeft(ColumnWidths[0]));
                        builder.Append(' ').Append(Truncate{{k}}(row.Name, ColumnWidths[1]).PadRight(ColumnWidths[1]));
                        builder.Append(row.Amount.ToString("N2", CultureInfo.InvariantCulture).PadLeft(ColumnWidths[2]));
                        builder.AppendLine();
                        if (builder.Length > 64 * 1024)
                        {
                            builder.AppendLine("...");
                            break;
                        }
                    }

                    return builder.ToString();
                }

                private static string Truncate{{k}}(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "~";
                """);
        },
        c => c.Writer.Lines($$"""
            public static string Percent{{c.NextMethod()}}(int part, int total) =>
                total == 0 ? "0%" : (100.0 * part / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            """),
        c => c.Writer.Lines($$"""
            public static string Heading{{c.NextMethod()}}(string title, DateTime date)
            {
                var stamp = date.Year == 1900 ? "n/a" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var line = $"{title} ({stamp})";
                return line.Length > {{c.Of(60, 72, 80)}} ? line.Substring(0, {{c.Of(57, 69)}}) + "..." : line;
            }
            """),
        c => c.Writer.Lines($$"""
            public static IEnumerable<string> Wrap{{c.NextMethod()}}(string text, int width = {{c.Of(72, 76, 100)}})
            {
                var start = 0;
                while (start < text.Length)
                {
                    var length = Math.Min(width, text.Length - start);
                    yield return text.Substring(start, length);
                    start += length;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static string Money{{c.NextMethod()}}(decimal amount, string currency) => currency switch
            {
                "EUR" => amount.ToString("0.00", CultureInfo.InvariantCulture) + " EUR",
                "JPY" => Math.Round(amount, 0).ToString(CultureInfo.InvariantCulture) + " JPY",
                _ => amount.ToString("N2", CultureInfo.InvariantCulture) + " " + currency,
            };
            """),
        c => c.Writer.Lines($$"""
            public static string Histogram{{c.NextMethod()}}(IReadOnlyList<int> values)
            {
                var builder = new StringBuilder();
                var max = values.Count == 0 ? 1 : Math.Max(1, values.Max());
                foreach (var value in values)
                {
                    var bar = (int)Math.Round({{c.Of(40, 50, 60)}}.0 * value / max);
                    builder.Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(6)).Append(' ').AppendLine(new string('#', bar));
                }

                return builder.ToString();
            }
            """),
    ];

    // ---------------------------------------------------------------- a background worker

    private static void SyncWorker(FileContext c)
    {
        Header(c, "Workers", "using System.Diagnostics;");
        var type = $"{c.Entity}SyncWorker";
        c.Writer.Lines($$"""
            /// <summary>Synchronises {{c.Entity.ToLowerInvariant()}} records in the background.</summary>
            public sealed class {{type}}
            {
                private static readonly TimeSpan Interval = TimeSpan.FromMinutes({{c.Of(1, 5, 15)}});
                private readonly Queue<WorkItem> queue = new();
                private readonly IAppLog log;

                public {{type}}(IAppLog log)
                {
                    this.log = log;
                }
            """);
        c.Writer.Indent();
        c.Members(WorkerMethods, 10, 13);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] WorkerMethods =
    [
        c => c.Writer.Lines($$"""
            public async Task RunAsync{{c.NextMethod()}}(CancellationToken cancellationToken)
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var now = DateTime.UtcNow;
                    if (now.Hour == 2 && now.Minute < 30)
                    {
                        await Task.Delay(TimeSpan.FromMinutes(30), cancellationToken);
                        continue;
                    }

                    var drained = 0;
                    while (queue.Count > 0 && drained < {{c.Of(100, 250, 500)}})
                    {
                        queue.Dequeue();
                        drained++;
                    }

                    if (queue.Count > {{c.Of(1000, 5000)}})
                    {
                        log.Warn($"backlog of {queue.Count} items");
                    }

                    await Task.Delay(Interval, cancellationToken);
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static int BackoffMilliseconds{{c.NextMethod()}}(int attempt) => Math.Min({{c.Of(30000, 60000)}}, {{c.Of(100, 250)}} * (1 << Math.Min(attempt, 16)));
            """),
        c => c.Writer.Lines($$"""
            public int Run{{c.NextMethod()}}(string[] args)
            {
                if (args.Length == 0)
                {
                    Console.Error.WriteLine("usage: sync <source> [--batch N]");
                    return 64;
                }

                var batch = args.Length > 2 && args[1] == "--batch" ? int.Parse(args[2], CultureInfo.InvariantCulture) : {{c.Of(50, 100, 200)}};
                return batch > 0 ? 0 : 2;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool RunTool{{c.NextMethod()}}(string path)
            {
                using var process = Process.Start(new ProcessStartInfo(path, "--quiet") { UseShellExecute = false });
                if (process is null || !process.WaitForExit({{c.Of(30000, 60000)}}))
                {
                    return false;
                }

                if (process.ExitCode == {{c.Of(125, 126, 127)}})
                {
                    log.Error("tool could not be started");
                }

                return process.ExitCode == 0;
            }
            """),
        c => c.Writer.Lines($$"""
            public string Health{{c.NextMethod()}}(double cpuPercent, long memoryBytes)
            {
                if (cpuPercent > {{c.Of(85, 90, 95)}} || memoryBytes > {{c.Of(512, 1024, 2048)}}L * 1024 * 1024)
                {
                    return "degraded";
                }

                return queue.Count > {{c.Of(200, 500)}} ? "busy" : "healthy";
            }
            """),
        c => c.Writer.Lines($$"""
            public void Enqueue{{c.NextMethod()}}(IEnumerable<WorkItem> items)
            {
                foreach (var item in items)
                {
                    if (item.Status == 3 || item.Quantity == 0)
                    {
                        continue;
                    }

                    queue.Enqueue(item);
                    if (queue.Count % {{c.Of(100, 500, 1000)}} == 0)
                    {
                        log.Info($"{queue.Count} items queued");
                    }
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsQuietPeriod{{c.NextMethod()}}(DateTime utc) => utc.DayOfWeek == DayOfWeek.Sunday || utc.Hour is >= 22 or < {{c.Of(5, 6)}};
            """),
    ];

    // ---------------------------------------------------------------- fixed-width and CSV records

    private static void RecordImporter(FileContext c)
    {
        Header(c, "Import");
        var type = $"{c.Entity}Importer";
        c.Writer.Lines($$"""
            /// <summary>Reads {{c.Entity.ToLowerInvariant()}} records from partner files (CSV and fixed-width bank formats).</summary>
            public sealed class {{type}}
            {
                private readonly List<WorkItem> imported = new();
                private readonly IAppLog log;

                public {{type}}(IAppLog log)
                {
                    this.log = log;
                }
            """);
        c.Writer.Indent();
        c.Members(ImportMethods, 8, 12);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] ImportMethods =
    [
        c => c.Writer.Lines($$"""
            public WorkItem? ParseCsv{{c.NextMethod()}}(string line)
            {
                var parts = line.Split(',');
                if (parts.Length != 6)
                {
                    log.Warn($"expected 6 fields, got {parts.Length}");
                    return null;
                }

                var id = int.Parse(parts[0], CultureInfo.InvariantCulture);
                var quantity = int.Parse(parts[3], CultureInfo.InvariantCulture);
                var code = int.Parse(parts[4], CultureInfo.InvariantCulture);
                var status = code == 150 || code == {{c.Of(200, 250)}} ? 1 : 0;
                return new WorkItem(id, parts[1], decimal.Parse(parts[2], CultureInfo.InvariantCulture), quantity, status, DateTime.UtcNow);
            }
            """),
        c => c.Writer.Lines($$"""
            public void ParseFixedWidth{{c.NextMethod()}}(IEnumerable<string> lines)
            {
                foreach (var line in lines)
                {
                    if (line.Length < {{c.Of(40, 80)}})
                    {
                        continue;
                    }

                    var recordType = line.Substring(0, 3);
                    switch (recordType)
                    {
                        case "100":
                            log.Info("file header " + line.Substring(3, 8));
                            break;
                        case "200":
                            var amount = decimal.Parse(line.Substring(13, 12), CultureInfo.InvariantCulture) / 100m;
                            imported.Add(new WorkItem(imported.Count + 1, line.Substring(3, 10).Trim(), amount, 1, 0, DateTime.UtcNow));
                            break;
                        case "900":
                            log.Info($"trailer: {imported.Count} records");
                            break;
                        default:
                            log.Warn("unknown record type " + recordType);
                            break;
                    }
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool HasHeader{{c.NextMethod()}}(string firstLine) =>
                firstLine.StartsWith("Id,", StringComparison.Ordinal) && firstLine.Split(',').Length == 6;
            """),
        c => c.Writer.Lines($$"""
            public int Deduplicate{{c.NextMethod()}}()
            {
                var seen = new HashSet<int>();
                var removed = imported.RemoveAll(item => !seen.Add(item.Id));
                if (removed > {{c.Of(10, 50, 100)}})
                {
                    log.Warn($"{removed} duplicate records");
                }

                return removed;
            }
            """),
        c => c.Writer.Lines($$"""
            public static string Checksum{{c.NextMethod()}}(string line)
            {
                var sum = 0;
                foreach (var ch in line)
                {
                    sum = (sum * 31 + ch) % {{c.Of(9973, 65521)}};
                }

                return sum.ToString("D5", CultureInfo.InvariantCulture);
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsBatchTrailer{{c.NextMethod()}}(string line) => line.Length >= 3 && line[..3] == "{{c.Of(900, 999)}}";
            """),
    ];

    // ---------------------------------------------------------------- constants and maps

    private static void Defaults(FileContext c)
    {
        Header(c, "Configuration");
        c.Writer.Lines($$"""
            /// <summary>Defaults and mappings shared by the {{c.Area.ToLowerInvariant()}} services.</summary>
            public static class {{c.Entity}}Defaults
            {
                public const int MaxPageSize = {{c.Of(200, 250, 500)}};
                public const int DefaultPageSize = {{c.Of(20, 50)}};
                public const int HttpOk = 200;
                public const int HttpNotFound = 404;
                public const int SmtpPort = 587;
                public const int ConnectTimeoutMs = {{c.Of(5000, 15000, 30000)}};
                public const string DefaultCulture = "en-US";

                public static readonly int[] RetryableStatusCodes = { 408, 429, 500, 502, 503, 504 };

                public static readonly IReadOnlyDictionary<string, int> UploadLimitsMb = new Dictionary<string, int>
                {
                    ["images"] = {{c.Of(10, 25)}},
                    ["documents"] = {{c.Of(50, 100)}},
                    ["archives"] = {{c.Of(250, 500)}},
                };

                public static int ToHttpStatus(ErrorKind kind) => kind switch
                {
                    ErrorKind.NotFound => 404,
                    ErrorKind.Conflict => 409,
                    ErrorKind.Invalid => 400,
                    ErrorKind.Unauthorized => 401,
                    _ => 500,
                };

                public static bool IsRetryable(int statusCode) => Array.IndexOf(RetryableStatusCodes, statusCode) >= 0;

                public static int ClampPageSize(int requested) => requested < 1 ? DefaultPageSize : Math.Min(requested, MaxPageSize);

                public static TimeSpan CacheDuration(string area) => area switch
                {
                    "catalog" => TimeSpan.FromMinutes({{c.Of(5, 10, 15)}}),
                    "prices" => TimeSpan.FromSeconds({{c.Of(30, 60)}}),
                    _ => TimeSpan.FromSeconds({{c.Of(120, 300)}}),
                };
            }
            """);
    }
}
