namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// FTP code, one file in ten, in every shape FTP0001 knows: FtpWebRequest's <c>FtpStatusCode</c> (compared, cast,
/// switched on), FluentFTP's string codes (<c>reply.Code == "550"</c>, <c>case "226":</c>, property patterns,
/// <c>string.Equals</c>, <c>int.Parse</c>), a hand-written control connection (<c>Send("CWD " + dir) == 250</c>,
/// <c>is 421 or 425</c>, Commons Net style <c>Cwd(dir)</c>), and the server side (<c>new FtpResponse(550, ...)</c>,
/// <c>ReplyAsync(421, ...)</c>, <c>reply.Code = 550</c>, <c>(FtpReplyCode)421</c>). Beside them, as in real FTP code,
/// ports, timeouts, buffer sizes and codes already named.
/// </summary>
internal static class FtpCode
{
    private const string CommonUsings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Net;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Shared;
        using FtpReplyAnalyzers;
        """;

    private static readonly (string Name, Action<FileContext> Write)[] Kinds =
    [
        ("FtpWebRequestClient", FtpWebRequestClient),
        ("FluentFtpClient", FluentFtpClient),
        ("ControlConnection", ControlConnection),
        ("FtpServer", FtpServer),
    ];

    /// <summary>Writes one FTP file; returns its kind, for the file name.</summary>
    public static string Write(FileContext context)
    {
        // Every kind equally often, in turn, so that even a small corpus has each shape.
        var (name, write) = Kinds[(context.Index / CorpusGenerator.FtpFileEvery) % Kinds.Length];
        write(context);
        return name;
    }

    private static void Header(FileContext c, string ns, string extraUsings = "")
    {
        c.Writer.Lines(CommonUsings);
        if (extraUsings.Length > 0)
        {
            c.Writer.Lines(extraUsings);
        }

        c.Writer.Line();
        c.Writer.Line($"namespace {ns};");
        c.Writer.Line();
    }

    // ---------------------------------------------------------------- System.Net.FtpWebRequest

    private static void FtpWebRequestClient(FileContext c)
    {
        Header(c, $"Contoso.{c.Area}.Transfers{c.Index:D4}");
        var type = $"{c.Entity}FtpTransfer";
        c.Writer.Lines($$"""
            #pragma warning disable SYSLIB0014 // FtpWebRequest is obsolete, and still in a great deal of transfer code.

            /// <summary>Moves {{c.Entity.ToLowerInvariant()}} exports to the partner's FTP server.</summary>
            public sealed class {{type}}
            {
                private readonly NetworkCredential credential;
                private readonly int timeoutMs = {{c.Of(15000, 30000, 60000)}};
                private readonly IAppLog log;

                public {{type}}(string user, string password, IAppLog log)
                {
                    credential = new NetworkCredential(user, password);
                    this.log = log;
                }

                private FtpWebRequest Create(Uri uri, string method)
                {
                    var request = (FtpWebRequest)WebRequest.Create(uri);
                    request.Method = method;
                    request.Credentials = credential;
                    request.Timeout = timeoutMs;
                    request.UsePassive = true;
                    return request;
                }
            """);
        c.Writer.Indent();
        c.Members(FtpWebRequestMethods, 9, 13);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] FtpWebRequestMethods =
    [
        c => c.Writer.Lines($$"""
            public bool Exists{{c.NextMethod()}}(Uri file)
            {
                var request = Create(file, WebRequestMethods.Ftp.GetFileSize);
                try
                {
                    using var response = (FtpWebResponse)request.GetResponse();
                    return (int)response.StatusCode == 213;
                }
                catch (WebException ex) when (ex.Response is FtpWebResponse failed && failed.StatusCode == (FtpStatusCode)550)
                {
                    return false;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public long Upload{{c.NextMethod()}}(Uri target, Stream content)
            {
                var request = Create(target, WebRequestMethods.Ftp.UploadFile);
                using (var stream = request.GetRequestStream())
                {
                    content.CopyTo(stream, {{c.Of(32768, 81920)}});
                }

                using var response = (FtpWebResponse)request.GetResponse();
                if ((int)response.StatusCode != 226 && response.StatusCode != FtpStatusCode.FileActionOK)
                {
                    throw new IOException($"upload failed: {response.StatusDescription}");
                }

                return content.Length;
            }
            """),
        c => c.Writer.Lines($$"""
            public string Classify{{c.NextMethod()}}(WebException ex)
            {
                if (ex.Response is not FtpWebResponse response)
                {
                    return "network";
                }

                switch ((int)response.StatusCode)
                {
                    case 421:
                    case 425:
                    case 426:
                        return "transient";
                    case 530:
                        return "login";
                    case 550:
                    case 553:
                        return "file";
                    default:
                        log.Warn($"unexpected FTP status {response.StatusCode}");
                        return "other";
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsTransient{{c.NextMethod()}}(FtpWebResponse response) =>
                response.StatusCode is (FtpStatusCode)421 or (FtpStatusCode)450 || (int)response.StatusCode == 451;
            """),
        c => c.Writer.Lines($$"""
            public DateTime LastModified{{c.NextMethod()}}(Uri file)
            {
                var request = Create(file, WebRequestMethods.Ftp.GetDateTimestamp);
                using var response = (FtpWebResponse)request.GetResponse();
                return response.StatusCode == (FtpStatusCode)213 ? response.LastModified : DateTime.MinValue;
            }
            """),
        c => c.Writer.Lines($$"""
            public static Uri WithDefaultPort{{c.NextMethod()}}(Uri uri) =>
                new UriBuilder(uri) { Port = uri.Port == -1 ? {{c.Of(21, 990, 2121)}} : uri.Port }.Uri;
            """),
        c => c.Writer.Lines($$"""
            public static bool ListingStarted{{c.NextMethod()}}(FtpWebResponse response)
            {
                var status = response.StatusCode;
                return status == FtpStatusCode.DataAlreadyOpen || status == (FtpStatusCode)150 || status.Equals((FtpStatusCode)226);
            }
            """),
        c => c.Writer.Lines($$"""
            public IReadOnlyList<string> List{{c.NextMethod()}}(Uri folder)
            {
                var request = Create(folder, WebRequestMethods.Ftp.ListDirectory);
                var names = new List<string>();
                try
                {
                    using var response = (FtpWebResponse)request.GetResponse();
                    using var reader = new StreamReader(response.GetResponseStream());
                    string? line;
                    while ((line = reader.ReadLine()) is not null && names.Count < {{c.Of(1000, 5000)}})
                    {
                        names.Add(line);
                    }
                }
                catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: FtpStatusCode.ActionNotTakenFileUnavailable })
                {
                    log.Info("folder is empty or missing: " + folder);
                }

                return names;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Delete{{c.NextMethod()}}(Uri file)
            {
                var request = Create(file, WebRequestMethods.Ftp.DeleteFile);
                try
                {
                    using var response = (FtpWebResponse)request.GetResponse();
                    return response.StatusCode == FtpStatusCode.FileActionOK;
                }
                catch (WebException ex) when (ex.Response is FtpWebResponse failed)
                {
                    var code = (int)failed.StatusCode;
                    return code == 550 || code == 450;
                }
            }
            """),
    ];

    // ---------------------------------------------------------------- FluentFTP: codes as strings

    private static void FluentFtpClient(FileContext c)
    {
        Header(c, $"Contoso.{c.Area}.Sync{c.Index:D4}", "using FluentFTP;\nusing FluentFTP.Exceptions;");
        var type = $"{c.Entity}FtpSync";
        c.Writer.Lines($$"""
            /// <summary>Keeps the {{c.Entity.ToLowerInvariant()}} share in sync over FTP, with FluentFTP.</summary>
            public sealed class {{type}} : IDisposable
            {
                private readonly FtpClient client;
                private readonly IAppLog log;

                public {{type}}(string host, string user, string password, IAppLog log)
                {
                    client = new FtpClient(host, user, password, {{c.Of(21, 990)}});
                    this.log = log;
                }

                public void Dispose() => client.Dispose();
            """);
        c.Writer.Indent();
        c.Members(FluentFtpMethods, 9, 13);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] FluentFtpMethods =
    [
        c => c.Writer.Lines($$"""
            public bool SetPermissions{{c.NextMethod()}}(string path, string mode)
            {
                var reply = client.Execute("SITE CHMOD " + mode + " " + path);
                return reply.Code == "200";
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Rename{{c.NextMethod()}}(string from, string to)
            {
                var reply = client.Execute("RNFR " + from);
                if (reply.Code != "350")
                {
                    log.Warn("RNFR refused: " + reply.Message);
                    return false;
                }

                reply = client.Execute("RNTO " + to);
                return reply.Code == "250";
            }
            """),
        c => c.Writer.Lines($$"""
            public static string Explain{{c.NextMethod()}}(FtpReply reply)
            {
                switch (reply.Code)
                {
                    case "421":
                        return "server closing the connection";
                    case "450":
                    case "550":
                        return "file unavailable";
                    case "530":
                        return "not logged in";
                    default:
                        return reply.Message;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Upload{{c.NextMethod()}}(string localPath, string remotePath)
            {
                try
                {
                    return client.UploadFile(localPath, remotePath) == FtpStatus.Success;
                }
                catch (FtpCommandException ex) when (ex.CompletionCode == "530")
                {
                    log.Error("login expired", ex);
                    return false;
                }
                catch (FtpCommandException ex) when (string.Equals(ex.CompletionCode, "552", StringComparison.Ordinal))
                {
                    log.Error("quota exceeded for " + remotePath, ex);
                    return false;
                }
            }
            """),
        c => c.Writer.Lines($$"""
            public static bool IsTransient{{c.NextMethod()}}(FtpReply reply) => reply is { Code: "421" } || reply.Code is "425" or "426";
            """),
        c => c.Writer.Lines($$"""
            public static int Outcome{{c.NextMethod()}}(FtpReply reply)
            {
                if (int.Parse(reply.Code, CultureInfo.InvariantCulture) == 226)
                {
                    return 0;
                }

                return int.TryParse(reply.Code, out var code) && code == 250 ? 1 : 2;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool KeepAlive{{c.NextMethod()}}() => client.Execute("NOOP").Code.Equals("200");
            """),
        c => c.Writer.Lines($$"""
            public long RemoteSize{{c.NextMethod()}}(string path)
            {
                var reply = client.Execute("SIZE " + path);
                if (reply.Code != "213")
                {
                    return client.GetFileSize(path, -1);
                }

                return long.Parse(reply.Message.Trim(), CultureInfo.InvariantCulture);
            }
            """),
        c => c.Writer.Lines($$"""
            public int DownloadAll{{c.NextMethod()}}(IEnumerable<string> remotePaths, string folder)
            {
                var downloaded = 0;
                foreach (var remote in remotePaths.Take({{c.Of(100, 500)}}))
                {
                    var local = Path.Combine(folder, Path.GetFileName(remote));
                    if (client.DownloadFile(local, remote) == FtpStatus.Success)
                    {
                        downloaded++;
                    }
                    else if (client.LastReply.Code == "550")
                    {
                        log.Warn("missing on server: " + remote);
                    }
                }

                return downloaded;
            }
            """),
    ];

    // ---------------------------------------------------------------- a hand-written control connection (RFC 959)

    private static void ControlConnection(FileContext c)
    {
        // Half of them say FTP in their names; the others only speak it (USER, PASS, CWD...), as legacy code does.
        var named = c.Random.Chance(0.5);
        var ns = named ? $"Contoso.{c.Area}.Ftp{c.Index:D4}" : $"Contoso.{c.Area}.Legacy{c.Index:D4}";
        var type = named ? $"{c.Entity}FtpChannel" : $"{c.Entity}TransferAgent";
        Header(c, ns, "using System.Net.Sockets;");
        c.Writer.Lines($$"""
            /// <summary>A raw control connection: one command, one reply.</summary>
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

                public int Port { get; init; } = {{c.Of(21, 2121)}};

                public string LastLine { get; private set; } = "";

                public int ReadReply()
                {
                    var line = reader.ReadLine() ?? throw new IOException("control connection closed");
                    while (line.Length > 3 && line[3] == '-')
                    {
                        line = reader.ReadLine() ?? throw new IOException("control connection closed");
                    }

                    LastLine = line;
                    return int.Parse(line.Substring(0, 3), CultureInfo.InvariantCulture);
                }

                public int Send(string command)
                {
                    writer.WriteLine(command);
                    return ReadReply();
                }

                public int Cwd(string directory) => Send("CWD " + directory);

                public int Pasv() => Send("PASV");

                public void Login(string user, string password)
                {
                    int code = ReadReply();
                    if (code == 120)
                    {
                        code = ReadReply();
                    }

                    if (code != 220)
                    {
                        throw new IOException("server not ready: " + LastLine);
                    }

                    var reply = Send("USER " + user);
                    if (reply == 331)
                    {
                        reply = Send("PASS " + password);
                    }

                    switch (reply)
                    {
                        case 230:
                        case 202:
                            return;
                        case 530:
                            throw new UnauthorizedAccessException(LastLine);
                        default:
                            throw new IOException("login failed: " + LastLine);
                    }
                }

                public void Dispose()
                {
                    if (tcp.Connected && Send("QUIT") != 221)
                    {
                        LastLine = "server did not say goodbye";
                    }

                    tcp.Dispose();
                }
            """);
        c.Writer.Indent();
        c.Members(ControlConnectionMethods, 8, 12);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] ControlConnectionMethods =
    [
        c => c.Writer.Lines($$"""
            public bool ChangeDirectory{{c.NextMethod()}}(string path) => Send("CWD " + path) == 250;
            """),
        c => c.Writer.Lines($$"""
            public bool StartUpload{{c.NextMethod()}}(string path) => new[] { 125, 150 }.Contains(Send("STOR " + path));
            """),
        c => c.Writer.Lines($$"""
            public static bool IsTransientReply{{c.NextMethod()}}(int replyCode) => replyCode >= 400 && replyCode < 500;
            """),
        c => c.Writer.Lines($$"""
            public static bool IsPermanentFailure{{c.NextMethod()}}(int replyCode) => replyCode / 100 == 5;
            """),
        c => c.Writer.Lines($$"""
            public static string Describe{{c.NextMethod()}}(int replyCode) => replyCode switch
            {
                421 or 425 or 426 => "transient: try again later",
                550 => "no such file",
                _ => "other",
            };
            """),
        c => c.Writer.Lines($$"""
            public IPEndPoint EnterPassive{{c.NextMethod()}}()
            {
                var reply = Pasv();
                if (reply != 227)
                {
                    throw new IOException("PASV refused: " + LastLine);
                }

                var start = LastLine.IndexOf('(');
                var end = LastLine.IndexOf(')');
                var parts = LastLine.Substring(start + 1, end - start - 1).Split(',');
                var port = int.Parse(parts[4], CultureInfo.InvariantCulture) * 256 + int.Parse(parts[5], CultureInfo.InvariantCulture);
                return new IPEndPoint(IPAddress.Parse(string.Join('.', parts.Take(4))), port);
            }
            """),
        c => c.Writer.Lines($$"""
            public long Size{{c.NextMethod()}}(string path)
            {
                if (Send("SIZE " + path) != 213)
                {
                    return -1;
                }

                return long.Parse(LastLine.Substring(4).Trim(), CultureInfo.InvariantCulture);
            }
            """),
        c => c.Writer.Lines($$"""
            public bool MakeDirectory{{c.NextMethod()}}(string path)
            {
                var code = Send("MKD " + path);
                return code == 257 || (code == 550 && LastLine.Contains("exists", StringComparison.OrdinalIgnoreCase));
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Delete{{c.NextMethod()}}(string path) => Send("DELE " + path) is 250;
            """),
        c => c.Writer.Lines($$"""
            public bool Retrieve{{c.NextMethod()}}(string path, Stream target, Stream data)
            {
                var reply = Send("RETR " + path);
                if (reply != 150 && reply != 125)
                {
                    return false;
                }

                var buffer = new byte[{{c.Of(4096, 8192, 65536)}}];
                int read;
                while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
                {
                    target.Write(buffer, 0, read);
                }

                return ReadReply() == 226;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Enter{{c.NextMethod()}}(string directory)
            {
                if (Cwd(directory) == 250)
                {
                    return true;
                }

                return Send("MKD " + directory) == 257 && Cwd(directory) == 250;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool SetBinary{{c.NextMethod()}}()
            {
                var reply = Send("TYPE I");
                if (reply == (int)FtpReplyCode.CommandOk)
                {
                    return true;
                }

                return reply == 504 && Send("TYPE L 8") == 200;
            }
            """),
        c => c.Writer.Lines($$"""
            public bool Resume{{c.NextMethod()}}(long offset)
            {
                var reply = Send("REST " + offset.ToString(CultureInfo.InvariantCulture));
                return reply == 350 || reply.Equals(350);
            }
            """),
    ];

    // ---------------------------------------------------------------- the server side

    private static void FtpServer(FileContext c)
    {
        Header(c, $"Contoso.{c.Area}.FileGateway{c.Index:D4}.Ftp");
        var type = $"{c.Entity}FtpCommandHandler";
        c.Writer.Lines($$"""
            public sealed record FtpResponse(int Code, string Text);

            public sealed class FtpReplyMessage
            {
                public int Code { get; set; }

                public string Text { get; set; } = "";
            }

            public sealed class FtpSessionState
            {
                public string User { get; set; } = "";

                public bool LoggedIn { get; set; }

                public string CurrentDirectory { get; set; } = "/";

                public int ActiveTransfers { get; set; }

                public Task ReplyAsync(int code, string message) => Task.CompletedTask;
            }

            /// <summary>Answers FTP commands for the {{c.Entity.ToLowerInvariant()}} gateway.</summary>
            public sealed class {{type}}
            {
                private const int MaxTransfers = {{c.Of(10, 50, 100)}};
                private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
                private readonly Dictionary<string, string> passwords = new(StringComparer.Ordinal);
                private readonly IAppLog log;

                public {{type}}(IAppLog log)
                {
                    this.log = log;
                }
            """);
        c.Writer.Indent();
        c.Members(FtpServerMethods, 9, 13);
        c.Writer.Close();
    }

    private static readonly Action<FileContext>[] FtpServerMethods =
    [
        c => c.Writer.Lines($$"""
            public static FtpResponse HandleUser{{c.NextMethod()}}(FtpSessionState session, string argument)
            {
                if (argument.Length == 0)
                {
                    return new FtpResponse(501, "Syntax error in parameters");
                }

                session.User = argument;
                return new FtpResponse(331, "User name okay, need password");
            }
            """),
        c => c.Writer.Lines($$"""
            public FtpResponse HandlePass{{c.NextMethod()}}(FtpSessionState session, string password)
            {
                if (!passwords.TryGetValue(session.User, out var expected) || expected != password)
                {
                    log.Warn("failed login for " + session.User);
                    return new FtpResponse(530, "Not logged in");
                }

                session.LoggedIn = true;
                return new FtpResponse(230, "User logged in, proceed");
            }
            """),
        c => c.Writer.Lines($$"""
            public async Task HandleRetr{{c.NextMethod()}}(FtpSessionState session, string path)
            {
                if (!session.LoggedIn)
                {
                    await session.ReplyAsync(530, "Please login with USER and PASS");
                    return;
                }

                if (!sizes.ContainsKey(path))
                {
                    await session.ReplyAsync(550, "No such file");
                    return;
                }

                if (session.ActiveTransfers >= MaxTransfers)
                {
                    await session.ReplyAsync(421, "Too many transfers, try later");
                    return;
                }

                await session.ReplyAsync(150, "Opening data connection");
                session.ActiveTransfers++;
                await Task.Delay({{c.Of(10, 50)}});
                session.ActiveTransfers--;
                await session.ReplyAsync(226, "Transfer complete");
            }
            """),
        c => c.Writer.Lines($$"""
            public FtpReplyMessage HandleSize{{c.NextMethod()}}(string path) =>
                sizes.TryGetValue(path, out var size)
                    ? new FtpReplyMessage { Code = 213, Text = size.ToString(CultureInfo.InvariantCulture) }
                    : new FtpReplyMessage { Code = 550, Text = "No such file" };
            """),
        c => c.Writer.Lines($$"""
            public static FtpReplyMessage HandleMkd{{c.NextMethod()}}(string path, bool exists)
            {
                var reply = new FtpReplyMessage();
                reply.Code = exists ? 550 : 257;
                reply.Text = exists ? "Directory already exists" : "\"" + path + "\" created";
                return reply;
            }
            """),
        c => c.Writer.Lines($$"""
            public static FtpReplyCode Map{{c.NextMethod()}}(Exception error) => error switch
            {
                FileNotFoundException => (FtpReplyCode)550,
                UnauthorizedAccessException => (FtpReplyCode)530,
                IOException => (FtpReplyCode)451,
                _ => FtpReplyCode.LocalProcessingError,
            };
            """),
        c => c.Writer.Lines($$"""
            public static async Task Greet{{c.NextMethod()}}(TextWriter control, int users)
            {
                await control.WriteLineAsync(users > {{c.Of(50, 100)}} ? "421 Too many users, try later" : $"220 Service ready for {users} users");
                await control.WriteAsync("211-Features:\r\n EPSV\r\n MDTM\r\n211 End\r\n");
            }
            """),
        c => c.Writer.Lines($$"""
            public static string HandleCwd{{c.NextMethod()}}(string path, bool exists) =>
                exists ? "250 Directory changed to " + path : "550 No such directory";
            """),
        c => c.Writer.Lines($$"""
            private static readonly HashSet<int> TransientReplies{{c.NextMethod()}} = new() { 421, 425, 426, 450, 451, 452 };
            """),
        c => c.Writer.Lines($$"""
            public static bool IsError{{c.NextMethod()}}(FtpResponse response) => response.Code.Equals(550) || response.Code == 553;
            """),
        c => c.Writer.Lines($$"""
            public static FtpResponse HandleQuit{{c.NextMethod()}}() => new((int)FtpReplyCode.ClosingControlConnection, "Goodbye");
            """),
        c => c.Writer.Lines($$"""
            public static FtpResponse HandlePasv{{c.NextMethod()}}(int port) =>
                new FtpResponse(227, $"Entering Passive Mode (127,0,0,1,{port / 256},{port % 256})");
            """),
        c => c.Writer.Lines($$"""
            public FtpResponse HandleDele{{c.NextMethod()}}(FtpSessionState session, string path)
            {
                if (!session.LoggedIn)
                {
                    return new FtpResponse(530, "Not logged in");
                }

                if (!sizes.Remove(path))
                {
                    return new FtpResponse(550, "No such file");
                }

                log.Info($"{session.User} deleted {path} ({sizes.Count} files left)");
                return new FtpResponse(250, "File deleted");
            }
            """),
        c => c.Writer.Lines($$"""
            public static FtpResponse Busy{{c.NextMethod()}}(bool shuttingDown) =>
                new FtpResponse(shuttingDown ? 421 : 450, shuttingDown ? "Service closing" : "Busy, try again");
            """),
    ];
}
