using Sparrow.Core;

namespace Sparrow.Package;

/// <summary>
/// One <c>usingComponents</c> entry: the tag name, the path as written, the component it resolved
/// to (a package path without extension, e.g. <c>/miniprogram_npm/tdesign-miniprogram/button/button</c>),
/// or null when it did not resolve, and where it was written.
/// </summary>
public sealed record UsingComponent(string Name, string Target, string? ResolvedPath, SourceLocation Location);
