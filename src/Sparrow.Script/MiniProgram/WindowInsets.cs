namespace Sparrow.Script.MiniProgram;

/// <summary>The parts of the window a notch, a status bar or a home indicator cover, in CSS px (<c>safeArea</c> of <c>wx.getSystemInfoSync</c>).</summary>
/// <param name="Top">Inset from the top edge.</param>
/// <param name="Right">Inset from the right edge.</param>
/// <param name="Bottom">Inset from the bottom edge.</param>
/// <param name="Left">Inset from the left edge.</param>
public readonly record struct WindowInsets(float Top, float Right, float Bottom, float Left);
