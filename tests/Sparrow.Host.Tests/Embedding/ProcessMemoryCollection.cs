using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>
/// Tests that measure the process's managed heap (<c>GC.GetTotalMemory</c>) run alone, after the parallel
/// ones: another test class allocating at the same time (decoded images, whole pages) would count as growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    /// <summary>The collection's name, for <c>[Collection(ProcessMemoryCollection.Name)]</c>.</summary>
    public const string Name = "Process memory";
}
