namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.navigateToMiniProgram</c>'s request: which mini program to open and what to pass it.</summary>
/// <param name="AppId">The app id of the mini program to open.</param>
/// <param name="Path">The page to open as <c>path?query</c>, or null for its entry page.</param>
/// <param name="ExtraDataJson">The <c>extraData</c> object as JSON (the target reads it in <c>referrerInfo.extraData</c>), or null.</param>
/// <param name="EnvVersion"><c>develop</c>, <c>trial</c> or <c>release</c> (the default).</param>
public sealed record MiniProgramTarget(string AppId, string? Path, string? ExtraDataJson, string EnvVersion);
