namespace Sparrow.Gpu;

/// <summary>
/// One per-instance vertex attribute: the shader's <c>in</c> variable <see cref="Name"/> reads
/// <see cref="Components"/> values of <see cref="GlType"/> at <see cref="Offset"/> bytes into the
/// instance struct. <see cref="Integer"/> attributes (<c>uint</c>/<c>uvec</c>) go through
/// glVertexAttribIPointer; <see cref="Normalized"/> bytes arrive as 0..1 floats (colors).
/// </summary>
public readonly record struct InstanceAttribute(string Name, int Components, uint GlType, int Offset, bool Normalized = false, bool Integer = false)
{
    public int SizeInBytes => Components * (GlType is Interop.Gl.GL_UNSIGNED_BYTE or Interop.Gl.GL_BYTE ? 1 : 4);
}
