using System.Collections.Generic;

namespace Sparrow.Package;

/// <summary>A subpackage: its root folder, optional name, whether it is independent, and its pages' routes.</summary>
public sealed record SubpackageEntry(string Root, string? Name, bool Independent, IReadOnlyList<string> Routes);
