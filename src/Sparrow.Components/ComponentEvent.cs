namespace Sparrow.Components;

/// <summary>
/// An event a native component raises on the render thread for the logic thread to dispatch on its
/// element (e.g. <c>scroll</c> with <c>{"scrollTop":…}</c>, <c>change</c> with <c>{"current":…}</c>).
/// </summary>
/// <param name="Node">The component's node store slot.</param>
/// <param name="Generation">The slot's generation when the event was raised (a reused slot names another node).</param>
/// <param name="Type">The event type, without <c>bind</c>: <c>scroll</c>, <c>scrolltoupper</c>, <c>scrolltolower</c>, <c>change</c>, <c>animationfinish</c>.</param>
/// <param name="DetailJson">The event's <c>detail</c> as a JSON object.</param>
public readonly record struct ComponentEvent(int Node, uint Generation, string Type, string DetailJson);
