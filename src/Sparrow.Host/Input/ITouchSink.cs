namespace Sparrow.Host.Input;

/// <summary>Where <see cref="TouchPipeline"/> sends its events (the logic thread, through the host) and asks about listeners.</summary>
public interface ITouchSink
{
    /// <summary>Dispatches one event; returns whether a live node received it.</summary>
    bool Deliver(in TouchDelivery delivery);

    /// <summary>Whether <paramref name="target"/> or an ancestor listens to <paramref name="type"/> (for <c>longpress</c> suppressing <c>tap</c>).</summary>
    bool Listens(int target, string type);
}
