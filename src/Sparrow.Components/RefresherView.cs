namespace Sparrow.Components;

/// <summary>
/// A scroll-view's refresher as it shows now: the band of <see cref="Pulled"/> CSS px at the top of
/// the scroll-view that its content was moved down by, for the host to paint (Components draws nothing).
/// </summary>
/// <param name="Node">The scroll-view's slot.</param>
/// <param name="Pulled">How far the content is pulled down, CSS px (more than 0).</param>
/// <param name="Threshold"><c>refresher-threshold</c> (45 by default): the dots are fully shown from there.</param>
/// <param name="Refreshing">Released past the threshold and waiting for <c>refresher-triggered</c> to turn false.</param>
/// <param name="Style"><c>refresher-default-style</c>: <c>black</c> (the default), <c>white</c> or <c>none</c> (no dots).</param>
/// <param name="Background"><c>refresher-background</c> as written (WeChat's default <c>#FFF</c> when absent).</param>
public readonly record struct RefresherView(int Node, float Pulled, float Threshold, bool Refreshing, string Style, string Background);
