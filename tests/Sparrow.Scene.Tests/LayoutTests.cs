using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class LayoutTests
{
    [Fact]
    public void Struct_sizes_match_the_shader_strides()
    {
        Assert.Equal(Quad.SizeInBytes, Unsafe.SizeOf<Quad>());
        Assert.Equal(Quad.SizeInBytes, Marshal.SizeOf<Quad>());
        Assert.Equal(160, Quad.SizeInBytes);
        Assert.Equal(Shadow.SizeInBytes, Unsafe.SizeOf<Shadow>());
        Assert.Equal(Shadow.SizeInBytes, Marshal.SizeOf<Shadow>());
        Assert.Equal(144, Shadow.SizeInBytes);
        Assert.Equal(Gradient.SizeInBytes, Unsafe.SizeOf<Gradient>());
        Assert.Equal(Gradient.SizeInBytes, Marshal.SizeOf<Gradient>());
        Assert.Equal(192, Gradient.SizeInBytes);
        Assert.Equal(GlyphSprite.SizeInBytes, Unsafe.SizeOf<GlyphSprite>());
        Assert.Equal(GlyphSprite.SizeInBytes, Marshal.SizeOf<GlyphSprite>());
        Assert.Equal(ImageSprite.SizeInBytes, Unsafe.SizeOf<ImageSprite>());
        Assert.Equal(ImageSprite.SizeInBytes, Marshal.SizeOf<ImageSprite>());
        Assert.Equal(128, ImageSprite.SizeInBytes);
        Assert.Equal(112, Offset<ImageSprite>(nameof(ImageSprite.Flags)));
        Assert.Equal(48, Unsafe.SizeOf<ClipMask>());
        Assert.Equal(ClipMask.SizeInBytes, Marshal.SizeOf<ClipMask>());
        Assert.Equal(32, Unsafe.SizeOf<CornerRadii>());
        Assert.Equal(16, Unsafe.SizeOf<BorderWidths>());
        Assert.Equal(4, Unsafe.SizeOf<BorderStyles>());
        Assert.Equal(32, Unsafe.SizeOf<GradientStops>());
        Assert.Equal(24, Unsafe.SizeOf<Matrix3x2>());
        Assert.Equal(4, Unsafe.SizeOf<Color>());
        Assert.Equal(8, Unsafe.SizeOf<DrawItem>());
        Assert.Equal(8, Unsafe.SizeOf<GradientStop>());
    }

    [Fact]
    public void Quad_fields_sit_where_quad_vert_glsl_reads_them()
    {
        Assert.Equal(0, Offset<Quad>(nameof(Quad.Bounds)));
        Assert.Equal(16, Offset<Quad>(nameof(Quad.Radii)));
        Assert.Equal(48, Offset<Quad>(nameof(Quad.BorderWidths)));
        Assert.Equal(64, Offset<Quad>(nameof(Quad.Background)));
        Assert.Equal(68, Offset<Quad>(nameof(Quad.BorderTop)));
        Assert.Equal(72, Offset<Quad>(nameof(Quad.BorderRight)));
        Assert.Equal(76, Offset<Quad>(nameof(Quad.BorderBottom)));
        Assert.Equal(80, Offset<Quad>(nameof(Quad.BorderLeft)));
        Assert.Equal(84, Offset<Quad>(nameof(Quad.BorderStyles)));
        Assert.Equal(88, Offset<Quad>(nameof(Quad.Transform)));
        Assert.Equal(112, Offset<Quad>(nameof(Quad.Clip)));
    }

    [Fact]
    public void Other_primitives_keep_transform_and_clip_last()
    {
        Assert.Equal(72, Offset<Shadow>(nameof(Shadow.Transform)));
        Assert.Equal(96, Offset<Shadow>(nameof(Shadow.Clip)));
        Assert.Equal(72, Offset<Gradient>(nameof(Gradient.Stops)));
        Assert.Equal(104, Offset<Gradient>(nameof(Gradient.Transform)));
        Assert.Equal(128, Offset<Gradient>(nameof(Gradient.Clip)));
        Assert.Equal(176, Offset<Gradient>(nameof(Gradient.Ramp)));
        Assert.Equal(40, Offset<GlyphSprite>(nameof(GlyphSprite.Transform)));
        Assert.Equal(64, Offset<GlyphSprite>(nameof(GlyphSprite.Clip)));
        Assert.Equal(40, Offset<ImageSprite>(nameof(ImageSprite.Transform)));
        Assert.Equal(64, Offset<ImageSprite>(nameof(ImageSprite.Clip)));
    }

    [Fact]
    public void Colors_are_laid_out_r_g_b_a_for_normalized_byte_attributes()
    {
        var q = new Quad { Background = new Color(1, 2, 3, 4) };
        var bytes = MemoryMarshal.AsBytes(new System.ReadOnlySpan<Quad>(ref q));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, bytes.Slice(64, 4).ToArray());
    }

    [Fact]
    public void Corner_radii_are_the_horizontal_vec4_then_the_vertical_vec4()
    {
        var r = new CornerRadii(1, 2, 3, 4, 5, 6, 7, 8);
        var floats = MemoryMarshal.Cast<CornerRadii, float>(new System.ReadOnlySpan<CornerRadii>(ref r));
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6, 7, 8 }, floats.ToArray());
        Assert.False(r.IsCircular);
        Assert.True(new CornerRadii(1, 2, 3, 4).IsCircular);
        Assert.True(new CornerRadii(5, 5, 5, 5, 0, 0, 0, 0).IsZero);
    }

    private static int Offset<T>(string field) => (int)Marshal.OffsetOf<T>(field);
}
