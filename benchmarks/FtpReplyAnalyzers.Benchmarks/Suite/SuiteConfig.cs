using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FtpReplyAnalyzers.Benchmarks.Suite;

/// <summary>
/// The full run: in process (no generated project to restore and build, so it works offline), one launch, one warm-up
/// and five measured iterations of one invocation each (an iteration is a whole analysis or a whole Fix All, seconds
/// long), with the memory diagnoser for the bytes allocated per operation.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    public SuiteConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
