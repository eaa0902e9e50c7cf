namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.shareAppMessage</c>'s fields.</summary>
public sealed record ShareMessage(string? Title, string? Path, string? ImageUrl);
