using System.Threading.Channels;
using BenchmarkDotNet.Attributes;

namespace Adoption.Sdk.Benchmarks;

/// <summary>
/// The pieces of a Track call, to see where its time goes. The platform's <see cref="Guid.CreateVersion7()"/> is
/// here because it measured at several microseconds (a system call for secure randomness per id).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class PartsBenchmarks
{
    private readonly Channel<object> _full = Channel.CreateBounded<object>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest, AllowSynchronousContinuations = false });
    private readonly object _item = new();

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < 100; i++)
        {
            _full.Writer.TryWrite(_item);
        }
    }

    [Benchmark]
    public Guid GuidV7() => Guid.CreateVersion7(DateTimeOffset.UtcNow);

    [Benchmark]
    public Guid SdkMessageId() => Internal.MessageIds.NewVersion7(DateTimeOffset.UtcNow);

    [Benchmark]
    public DateTimeOffset UtcNow() => TimeProvider.System.GetUtcNow();

    [Benchmark]
    public bool WriteToFullChannel() => _full.Writer.TryWrite(_item);
}
