using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// Packs the package once for all end-to-end tests into a private folder feed, with a version no other build
/// uses, and gives each consumer a private NuGet packages folder: a stale cached copy can never be tested.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "ftpreply-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string FeedFolder => Path.Combine(WorkFolder, "feed");

    public string Version { get; } = "1.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string PackagePath => Path.Combine(FeedFolder, $"FtpReplyAnalyzers.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedFolder);
        var project = Path.Combine(RepositoryFiles.Root, "src", "FtpReplyAnalyzers.Package", "FtpReplyAnalyzers.Package.csproj");
        var pack = await DotnetCli.RunAsync(
            RepositoryFiles.Root,
            new Dictionary<string, string>(),
            "pack", project, "-c", "Release", "-o", FeedFolder, "-p:Version=" + Version);
        pack.EnsureSuccess("dotnet pack");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test run for.
        }

        return Task.CompletedTask;
    }

    /// <summary>A fresh consumer project under the work folder, with its own nuget.config and packages folder.</summary>
    public Consumer CreateConsumer(string name, string programSource, string extraProjectXml = "")
    {
        var folder = Path.Combine(WorkFolder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{FeedFolder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FtpReplyAnalyzers" Version="{Version}" />
                {extraProjectXml}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), programSource);

        // An isolated project: no Directory.Build.props or global.json of the repository above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        return new Consumer(folder, name, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(folder, ".packages") });
    }

    public sealed record Consumer(string Folder, string Name, IReadOnlyDictionary<string, string> Environment)
    {
        public Task<DotnetCli.Result> RunAsync(params string[] arguments) => DotnetCli.RunAsync(Folder, Environment, arguments);

        public string ProgramPath => Path.Combine(Folder, "Program.cs");
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
