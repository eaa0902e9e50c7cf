namespace Sparrow.Script.MiniProgram;

/// <summary>One of <c>wx.chooseImage</c>'s <c>tempFiles</c>.</summary>
public sealed record ChosenFile(string Path, long Size);
