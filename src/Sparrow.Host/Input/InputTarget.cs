namespace Sparrow.Host.Input;

/// <summary>
/// Where an action touches: a client point in CSS px, the centre of the border box of the
/// <see cref="Index"/>-th element (document order) matching <see cref="Selector"/>, or the centre of
/// a part of the app shell (<see cref="Shell"/>: <c>back</c>, <c>tab:1</c>, <c>modal:confirm</c>, …; docs/shell.md).
/// </summary>
public sealed record InputTarget(float X, float Y, string? Selector = null, int Index = 0, string? Shell = null)
{
    public static InputTarget At(float x, float y) => new(x, y);

    public static InputTarget Of(string selector, int index = 0) => new(0, 0, selector, index);

    public static InputTarget OfShell(string part) => new(0, 0, Shell: part);

    public override string ToString() => Shell is not null ? $"shell {Shell}" : Selector is null ? $"({X}, {Y})" : Index == 0 ? Selector : $"{Selector}[{Index}]";
}
