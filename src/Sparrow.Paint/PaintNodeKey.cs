using System.Runtime.InteropServices;
using Sparrow.Core;
using Sparrow.Layout;

namespace Sparrow.Paint;

/// <summary>
/// What the pre-pass derived for one box that its painting reads besides its computed style: its
/// layout box and edges, where it sits on the page, its paint flags, the clip and decoration sources that reach
/// it, its z-index and the shape of its subtree. A box whose key differs from the last frame's is dirty
/// (compared bit for bit).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PaintNodeKey
{
    public LayoutResult Box;
    public LayoutEdges Edges;
    public Rect Rect;
    public float X;
    public float Y;
    public PaintFlags Flags;
    public int Clip;
    public int Deco;
    public int DecoUp;
    public int Z;
    public int Children;
    public int SubtreeSize;
}
