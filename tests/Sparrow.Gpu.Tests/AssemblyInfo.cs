using Xunit;

// One GL context at a time: llvmpipe already uses every core, and contexts are per thread.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
