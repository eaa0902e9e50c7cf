namespace Sparrow.Host.Input;

/// <summary>
/// Where an action touches: a client point in CSS px, or the centre of the border box of the
/// <see cref="Index"/>-th element (document order) matching <see cref="Selector"/>.
/// </summary>
public sealed record InputTarget(float X, float Y, string? Selector = null, int Index = 0)
{
    public static InputTarget At(float x, float y) => new(x, y);

    public static InputTarget Of(string selector, int index = 0) => new(0, 0, selector, index);

    public override string ToString() => Selector is null ? $"({X}, {Y})" : Index == 0 ? Selector : $"{Selector}[{Index}]";
}
