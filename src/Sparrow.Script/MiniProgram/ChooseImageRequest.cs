using System.Collections.Generic;

namespace Sparrow.Script.MiniProgram;

/// <summary><c>wx.chooseImage</c>'s fields (<c>sizeType</c>: original/compressed, <c>sourceType</c>: album/camera).</summary>
public sealed record ChooseImageRequest(int Count, IReadOnlyList<string> SizeTypes, IReadOnlyList<string> SourceTypes);
