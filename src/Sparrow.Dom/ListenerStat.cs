using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// glass-easel's <c>setListenerStats(type, capture, mutLevel)</c>: which events a node listens to, so
/// hit-testing knows where an event must go to the logic thread and where it may stay native.
/// </summary>
public readonly record struct ListenerStat(Atom Type, bool Capture, byte MutLevel);
