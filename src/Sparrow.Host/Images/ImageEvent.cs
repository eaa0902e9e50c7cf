namespace Sparrow.Host.Images;

/// <summary>
/// A <c>load</c> or <c>error</c> event an image element raised, to be dispatched on it through
/// glass-easel: <paramref name="DetailJson"/> is <c>{"height":…,"width":…}</c> (natural size, px) or
/// <c>{"errMsg":…}</c>. <paramref name="Generation"/> tells whether the slot still holds that element.
/// </summary>
public readonly record struct ImageEvent(int Node, uint Generation, string Type, string Src, string DetailJson);
