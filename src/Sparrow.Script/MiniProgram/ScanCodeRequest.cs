using System.Collections.Generic;

namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.scanCode</c>'s fields (<c>scanType</c>: barCode, qrCode, datamatrix, pdf417).</summary>
public sealed record ScanCodeRequest(bool OnlyFromCamera, IReadOnlyList<string> ScanTypes);
