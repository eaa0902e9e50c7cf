using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class InstanceLayoutTests
{
    // attribute name → (struct field path, byte offset within that field)
    private static readonly Dictionary<string, Func<int>> Expected = new()
    {
        ["Quad.a_bounds"] = () => Off<Quad>(nameof(Quad.Bounds)),
        ["Quad.a_radii_x"] = () => Off<Quad>(nameof(Quad.Radii)),
        ["Quad.a_radii_y"] = () => Off<Quad>(nameof(Quad.Radii)) + Off<CornerRadii>(nameof(CornerRadii.TopLeftY)),
        ["Quad.a_border_widths"] = () => Off<Quad>(nameof(Quad.BorderWidths)),
        ["Quad.a_background"] = () => Off<Quad>(nameof(Quad.Background)),
        ["Quad.a_border_colors"] = () => Off<Quad>(nameof(Quad.BorderTop)),
        ["Quad.a_border_styles"] = () => Off<Quad>(nameof(Quad.BorderStyles)),
        ["Shadow.a_box"] = () => Off<Shadow>(nameof(Shadow.Box)),
        ["Shadow.a_radii_x"] = () => Off<Shadow>(nameof(Shadow.Radii)),
        ["Shadow.a_radii_y"] = () => Off<Shadow>(nameof(Shadow.Radii)) + Off<CornerRadii>(nameof(CornerRadii.TopLeftY)),
        ["Shadow.a_offset_blur_spread"] = () => Off<Shadow>(nameof(Shadow.Offset)),
        ["Shadow.a_color"] = () => Off<Shadow>(nameof(Shadow.Color)),
        ["Shadow.a_flags"] = () => Off<Shadow>(nameof(Shadow.Flags)),
        ["Gradient.a_bounds"] = () => Off<Gradient>(nameof(Gradient.Bounds)),
        ["Gradient.a_radii_x"] = () => Off<Gradient>(nameof(Gradient.Radii)),
        ["Gradient.a_radii_y"] = () => Off<Gradient>(nameof(Gradient.Radii)) + Off<CornerRadii>(nameof(CornerRadii.TopLeftY)),
        ["Gradient.a_points"] = () => Off<Gradient>(nameof(Gradient.Start)),
        ["Gradient.a_kind_count"] = () => Off<Gradient>(nameof(Gradient.Kind)),
        ["Gradient.a_stop_offsets"] = () => Off<Gradient>(nameof(Gradient.Stops)),
        ["Gradient.a_stop_colors"] = () => Off<Gradient>(nameof(Gradient.Stops)) + Off<GradientStops>(nameof(GradientStops.Color0)),
        ["Gradient.a_ramp_flags"] = () => Off<Gradient>(nameof(Gradient.Ramp)),
        ["GlyphSprite.a_bounds"] = () => Off<GlyphSprite>(nameof(GlyphSprite.Bounds)),
        ["GlyphSprite.a_atlas_rect"] = () => Off<GlyphSprite>(nameof(GlyphSprite.AtlasRect)),
        ["GlyphSprite.a_color"] = () => Off<GlyphSprite>(nameof(GlyphSprite.Color)),
        ["GlyphSprite.a_texture_slot"] = () => Off<GlyphSprite>(nameof(GlyphSprite.Texture)),
        ["ImageSprite.a_bounds"] = () => Off<ImageSprite>(nameof(ImageSprite.Bounds)),
        ["ImageSprite.a_uv"] = () => Off<ImageSprite>(nameof(ImageSprite.Uv)),
        ["ImageSprite.a_texture_slot"] = () => Off<ImageSprite>(nameof(ImageSprite.Texture)),
        ["ImageSprite.a_opacity"] = () => Off<ImageSprite>(nameof(ImageSprite.Opacity)),
        ["ImageSprite.a_flags"] = () => Off<ImageSprite>(nameof(ImageSprite.Flags)),
    };

    private static readonly Dictionary<string, Type> Structs = new()
    {
        ["Quad"] = typeof(Quad),
        ["Shadow"] = typeof(Shadow),
        ["Gradient"] = typeof(Gradient),
        ["GlyphSprite"] = typeof(GlyphSprite),
        ["ImageSprite"] = typeof(ImageSprite),
    };

    [Fact]
    public void Every_attribute_reads_the_field_it_names()
    {
        foreach (var layout in InstanceLayouts.All)
        {
            var type = Structs[layout.Primitive];
            Assert.Equal(Marshal.SizeOf(type), layout.Stride);
            foreach (var a in layout.Attributes)
            {
                var offset = a.Name switch
                {
                    "a_transform_x" => (int)Marshal.OffsetOf(type, "Transform") + 0,
                    "a_transform_y" => (int)Marshal.OffsetOf(type, "Transform") + 8,
                    "a_transform_t" => (int)Marshal.OffsetOf(type, "Transform") + 16,
                    "a_clip_bounds" => (int)Marshal.OffsetOf(type, "Clip"),
                    "a_clip_radii_x" => (int)Marshal.OffsetOf(type, "Clip") + 16,
                    "a_clip_radii_y" => (int)Marshal.OffsetOf(type, "Clip") + 32,
                    _ => Expected[layout.Primitive + "." + a.Name](),
                };
                Assert.True(offset == a.Offset, $"{layout.Primitive}.{a.Name}: attribute at {a.Offset}, field at {offset}");
            }
        }
    }

    [Fact]
    public void Attributes_tile_each_struct_except_padding()
    {
        foreach (var layout in InstanceLayouts.All)
        {
            var covered = new bool[layout.Stride];
            foreach (var a in layout.Attributes)
            {
                for (var i = a.Offset; i < a.Offset + a.SizeInBytes; i++)
                {
                    Assert.False(covered[i], $"{layout.Primitive}: byte {i} read twice");
                    covered[i] = true;
                }
            }

            var gaps = Enumerable.Range(0, layout.Stride).Where(i => !covered[i]).ToArray();
            var expectedGaps = layout.Primitive switch
            {
                // The texture field carries the sprite's slot in its batch in the renderer's copy (a_texture_slot).
                "ImageSprite" => Enumerable.Range(116, 12),
                "Gradient" => Enumerable.Range(184, 8),
                _ => [],
            };
            Assert.Equal(expectedGaps, gaps);
        }
    }

    [Fact]
    public void No_program_needs_more_attributes_than_gles_3_guarantees()
    {
        // GL_MAX_VERTEX_ATTRIBS is at least 16 in OpenGL ES 3.0 (§6.2, table 6.34); llvmpipe gives more, phones may not.
        foreach (var layout in InstanceLayouts.All)
        {
            Assert.True(layout.Attributes.Count <= 16, $"{layout.Primitive}: {layout.Attributes.Count} attributes");
        }
    }

    [Fact]
    public void Packed_color_attributes_read_four_consecutive_colors_in_shader_order()
    {
        Assert.Equal(Off<Quad>(nameof(Quad.BorderTop)) + 4, Off<Quad>(nameof(Quad.BorderRight)));
        Assert.Equal(Off<Quad>(nameof(Quad.BorderTop)) + 8, Off<Quad>(nameof(Quad.BorderBottom)));
        Assert.Equal(Off<Quad>(nameof(Quad.BorderTop)) + 12, Off<Quad>(nameof(Quad.BorderLeft)));
        Assert.Equal(Off<GradientStops>(nameof(GradientStops.Color0)) + 12, Off<GradientStops>(nameof(GradientStops.Color3)));
    }

    [EglFact]
    public void Linked_programs_declare_exactly_the_table_s_attributes_with_matching_types()
    {
        using var gpu = new GpuHarness(4, 4);
        var programs = new[] { "quad", "shadow", "gradient", "glyph", "image" };
        for (var i = 0; i < programs.Length; i++)
        {
            var layout = InstanceLayouts.All[i];
            using var program = ShaderProgram.TryCreate(
                programs[i],
                [ShaderSource.Embedded("common.glsl"), ShaderSource.Embedded("vertex.glsl"), ShaderSource.Embedded(programs[i] + ".vert.glsl")],
                [ShaderSource.Embedded("common.glsl"), ShaderSource.Embedded("fragment.glsl"), ShaderSource.Embedded(programs[i] + ".frag.glsl")],
                layout.Attributes,
                new DiagnosticBag())!;
            var active = program.ActiveAttributes().Where(a => !a.Name.StartsWith("gl_", StringComparison.Ordinal)).ToDictionary(a => a.Name, a => a.Type);
            Assert.Equal(layout.Attributes.Select(a => a.Name).Order(), active.Keys.Order());
            for (var location = 0; location < layout.Attributes.Count; location++)
            {
                var a = layout.Attributes[location];
                Assert.Equal(location, program.AttributeLocation(a.Name));
                Assert.True(GlslType(a) == active[a.Name], $"{programs[i]}.{a.Name}: shader type 0x{active[a.Name]:x}, table wants 0x{GlslType(a):x}");
            }
        }
    }

    private static uint GlslType(InstanceAttribute a)
    {
        // GL_FLOAT, GL_FLOAT_VEC2..4; GL_UNSIGNED_INT, GL_UNSIGNED_INT_VEC2..4; GL_INT, GL_INT_VEC2..4
        uint[] floats = [0x1406, 0x8B50, 0x8B51, 0x8B52];
        uint[] uints = [0x1405, 0x8DC6, 0x8DC7, 0x8DC8];
        uint[] ints = [0x1404, 0x8B53, 0x8B54, 0x8B55];
        return (!a.Integer ? floats : a.GlType == 0x1404 ? ints : uints)[a.Components - 1];
    }

    private static int Off<T>(string field) => (int)Marshal.OffsetOf<T>(field);

    [Fact]
    public void Matrix3x2_is_six_consecutive_floats_as_the_shader_reads_them()
    {
        var m = new Matrix3x2(1, 2, 3, 4, 5, 6);
        var floats = MemoryMarshal.Cast<Matrix3x2, float>(new ReadOnlySpan<Matrix3x2>(ref m));
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, floats.ToArray());
        Assert.Equal(new Color(9, 8, 7, 6), MemoryMarshal.Cast<byte, Color>(new byte[] { 9, 8, 7, 6 })[0]);
    }
}
