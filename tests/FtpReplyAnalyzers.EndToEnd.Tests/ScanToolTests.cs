using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// The scan tool (src/FtpReplyAnalyzers.Scan, README "Scan any folder") run on the packed package over a folder of
/// one FTP file and one SMTP file: real findings in the first, none in the second, nothing from obj/, no analyzer
/// failure, and an unresolved type counted as a compiler error without failing the scan.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ScanToolTests(PackageFixture package)
{
    private static readonly string ScanTool = typeof(ScanToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ScanTool").Value ?? throw new InvalidOperationException("no ScanTool attribute");

    [Fact]
    public async Task Scanning_a_folder_reports_the_FTP_file_and_not_the_SMTP_file()
    {
        var folder = Path.Combine(package.WorkFolder, "scan");
        Write(folder, "Ftp/FtpUploader.cs", """
            using System.Net;
            using System.Net.Sockets;

            namespace ScanCheck.Ftp;

            public sealed class FtpUploader(TcpClient client)
            {
                private readonly StreamReader reader = new(client.GetStream());
                private readonly StreamWriter writer = new(client.GetStream()) { NewLine = "\r\n", AutoFlush = true };

                public static bool Missing(FtpWebResponse response) => (int)response.StatusCode == 550;

                public int Send(string command)
                {
                    writer.WriteLine(command);
                    return int.Parse((reader.ReadLine() ?? "000")[..3]);
                }

                public bool ChangeDirectory(string path) => Send("CWD " + path) == 250;

                public bool ShouldRetry(int code) => code >= 400 && code < 500;
            }
            """);
        // The same shapes and numbers in an SMTP client, with a type of a package the folder does not reference.
        Write(folder, "Mail/SmtpNotifier.cs", """
            using System.Net.Sockets;

            namespace ScanCheck.Mail;

            public sealed class SmtpNotifier(TcpClient client, MailKit.Net.Smtp.SmtpClient unresolved)
            {
                private readonly StreamReader reader = new(client.GetStream());
                private readonly StreamWriter writer = new(client.GetStream()) { NewLine = "\r\n", AutoFlush = true };

                public int Port { get; } = 25;

                public int Send(string command)
                {
                    writer.WriteLine(command);
                    return int.Parse((reader.ReadLine() ?? "000")[..3]);
                }

                public bool Greet(string host) => Send("EHLO " + host) == 250;

                public bool Rejected(int reply) => reply == 550 || reply == 421;

                public bool ShouldRetry(int code) => code >= 400 && code < 500;
            }
            """);
        Write(folder, "obj/Ftp/FtpLeftover.cs", "namespace ScanCheck.Ftp; class FtpLeftover { bool Done(int reply) => reply == 226; }");
        var sarif = Path.Combine(package.WorkFolder, "scan.sarif");

        var scan = await DotnetCli.RunAsync(
            folder,
            new Dictionary<string, string>(),
            ScanTool, folder, "--package", package.PackagePath, "--implicit-usings", "--sarif", sarif);

        Assert.True(scan.ExitCode == 0, $"exit code {scan.ExitCode}:\n{scan.Output}");
        var ftpFile = Path.Combine("Ftp", "FtpUploader.cs");
        var findings = Finding().Matches(scan.Output).Select(m => $"{m.Groups["file"].Value}:{m.Groups["line"].Value} {m.Groups["id"].Value}").ToList();
        Assert.Equal([$"{ftpFile}:11 FTP0001", $"{ftpFile}:19 FTP0001", $"{ftpFile}:21 FTP0003"], findings);
        Assert.Contains(ftpFile + "(11,88): FTP0001 FTP reply 550 means \"action not taken, file unavailable (not found or no access)\"", scan.Output, StringComparison.Ordinal);
        Assert.Contains("files: 2 (1 with findings)", scan.Output, StringComparison.Ordinal);
        Assert.Contains("findings: 3 (FTP0001: 2, FTP0002: 0, FTP0003: 1, FTP0004: 0)", scan.Output, StringComparison.Ordinal);
        Assert.Contains("analyzer failures (AD0001): 0", scan.Output, StringComparison.Ordinal);
        Assert.Contains("compiler errors: 1 (CS0246 x1)", scan.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ANALYZER FAILURES", scan.Output, StringComparison.Ordinal);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(
            "Ftp/FtpUploader.cs",
            r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
    }

    private static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // "Ftp/FtpUploader.cs(11,88): FTP0001 FTP reply 550 means ...": one finding of the listing.
    [GeneratedRegex(@"(?m)^(?<file>[^\s(]+)\((?<line>\d+),\d+\): (?<id>FTP\d{4}) ")]
    private static partial Regex Finding();
}
