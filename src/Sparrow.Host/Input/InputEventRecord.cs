namespace Sparrow.Host.Input;

/// <summary>
/// One event the host dispatched to the logic thread, for traces: when (ms on the virtual clock),
/// its type, the element slot and its op-stream handle, the element's id attribute (or null) and tag,
/// where the finger was (client coordinates, CSS px) and whether a live node received it.
/// </summary>
public sealed record InputEventRecord(double TimeMs, string Type, int Node, int Handle, string? Id, string Tag, float ClientX, float ClientY, bool Delivered);
