using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary>
/// Tests whose verdict rests on measured times (a benchmark run compared with another) run alone, after the
/// parallel ones: a whole `sparrow run` in another test class at the same time adds its load to one side only.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name, for <c>[Collection(TimingCollection.Name)]</c>.</summary>
    public const string Name = "Timing";
}
