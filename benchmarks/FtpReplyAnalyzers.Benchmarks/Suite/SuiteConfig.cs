using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FtpReplyAnalyzers.Benchmarks.Suite;

/// <summary>
/// The full run: in process (no generated project to restore and build, so it works offline), one launch, one warm-up
/// and five measured iterations of one invocation each (an iteration is a whole analysis or a whole Fix All, seconds
/// long), with the memory diagnoser for the bytes allocated per operation. The in-process toolchain gives up on a
/// benchmark after five minutes by default; one 4N case (set-up, warm-up and five analyses) takes about two on two idle
/// cores and several times that on a busy machine, so it gets thirty.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    public SuiteConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
