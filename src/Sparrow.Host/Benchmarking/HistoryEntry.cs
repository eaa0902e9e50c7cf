using System;
using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking;

/// <summary>One benchmark run as the history keeps it: per workload the median and quartiles, not every sample.</summary>
public sealed record HistoryEntry(string Commit, DateTimeOffset Date, string Machine, IReadOnlyList<HistoryPoint> Workloads);

/// <summary>One workload in one run of the history.</summary>
public sealed record HistoryPoint(string Name, string Unit, double Median, double Q1, double Q3, int Runs);
