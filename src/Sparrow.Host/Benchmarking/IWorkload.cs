using System;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// One macro benchmark: a whole-engine scenario (cold start, a setData storm, scrolling a page)
/// measured as a process would experience it. <see cref="RunOnce"/> returns one sample in
/// <see cref="Unit"/>; the runner owns warm-up, repetition and statistics.
/// </summary>
public interface IWorkload : IDisposable
{
    /// <summary>A stable kebab-case name: reports are compared by it.</summary>
    string Name { get; }

    string Unit { get; }

    /// <summary>Runs the scenario once and returns what it measured.</summary>
    double RunOnce();
}
