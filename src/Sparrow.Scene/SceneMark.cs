namespace Sparrow.Scene;

/// <summary>
/// A point in a scene being built (<see cref="SceneBuilder.Mark"/>): how long each array of the
/// <see cref="DisplayList"/> was, and the scissor in force. Two marks of one frame bound a run of
/// painting that <see cref="SceneBuilder.Replay"/> can copy into a later frame.
/// </summary>
public readonly record struct SceneMark(
    int Quads,
    int Shadows,
    int Gradients,
    int Glyphs,
    int Images,
    int GradientStops,
    int Ramps,
    int Layers,
    int Scissors,
    int Order,
    int ApproximatedClips,
    ushort Scissor)
{
    /// <summary>
    /// This mark, taken inside a run that began at <paramref name="from"/>, moved with the run when
    /// <see cref="SceneBuilder.Replay"/> copied it to begin at <paramref name="to"/>.
    /// </summary>
    public SceneMark Rebased(in SceneMark from, in SceneMark to) => new(
        Quads - from.Quads + to.Quads,
        Shadows - from.Shadows + to.Shadows,
        Gradients - from.Gradients + to.Gradients,
        Glyphs - from.Glyphs + to.Glyphs,
        Images - from.Images + to.Images,
        GradientStops - from.GradientStops + to.GradientStops,
        Ramps - from.Ramps + to.Ramps,
        Layers - from.Layers + to.Layers,
        Scissors - from.Scissors + to.Scissors,
        Order - from.Order + to.Order,
        ApproximatedClips - from.ApproximatedClips + to.ApproximatedClips,
        Scissor == from.Scissor ? to.Scissor : (ushort)(Scissor - from.Scissors + to.Scissors));
}
