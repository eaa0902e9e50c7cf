namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.scanCode</c>'s result.</summary>
public sealed record ScanCodeResult(string Result, string ScanType, string CharSet = "utf-8", string? Path = null, string? RawData = null);
