namespace Sparrow.Dom;

/// <summary>How many ops of a batch <see cref="NodeStore.Apply"/> applied and how many it rejected with a diagnostic.</summary>
public readonly record struct ApplyResult(int Applied, int Rejected);
