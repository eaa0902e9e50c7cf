using System.Collections.Generic;
using Sparrow.Scene;
using static Sparrow.Gpu.Interop.Gl;

namespace Sparrow.Gpu;

/// <summary>
/// The mirror of Scene's GPU structs in the shaders: for each primitive, which <c>in</c> variable reads
/// which bytes. Offsets are written out (not reflected, for AOT); <c>InstanceLayoutTests</c> checks them
/// against the structs' field offsets and against the linked programs' active attributes, and that the
/// attributes tile each struct with only documented gaps.
/// </summary>
public static class InstanceLayouts
{
    /// <summary>The four border colors are read as one uvec4 of packed RGBA (GLES 3.0 guarantees only 16 attributes).</summary>
    public static InstanceLayout Quad { get; } = new(nameof(Scene.Quad), Scene.Quad.SizeInBytes, WithTail(88, 112,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_radii_x", 4, GL_FLOAT, 16),
        new("a_radii_y", 4, GL_FLOAT, 32),
        new("a_border_widths", 4, GL_FLOAT, 48),
        new("a_background", 4, GL_UNSIGNED_BYTE, 64, Normalized: true),
        new("a_border_colors", 4, GL_UNSIGNED_INT, 68, Integer: true),
        new("a_border_styles", 4, GL_UNSIGNED_BYTE, 84, Integer: true),
    ]));

    public static InstanceLayout Shadow { get; } = new(nameof(Scene.Shadow), Scene.Shadow.SizeInBytes, WithTail(72, 96,
    [
        new("a_box", 4, GL_FLOAT, 0),
        new("a_radii_x", 4, GL_FLOAT, 16),
        new("a_radii_y", 4, GL_FLOAT, 32),
        new("a_offset_blur_spread", 4, GL_FLOAT, 48),
        new("a_color", 4, GL_UNSIGNED_BYTE, 64, Normalized: true),
        new("a_flags", 1, GL_UNSIGNED_INT, 68, Integer: true),
    ]));

    /// <summary>Bytes 184..192 are padding; ramp and flags are read as one ivec2, the four inline stop colors as one uvec4 of packed RGBA.</summary>
    public static InstanceLayout Gradient { get; } = new(nameof(Scene.Gradient), Scene.Gradient.SizeInBytes, WithTail(104, 128,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_radii_x", 4, GL_FLOAT, 16),
        new("a_radii_y", 4, GL_FLOAT, 32),
        new("a_points", 4, GL_FLOAT, 48),
        new("a_kind_count", 2, GL_UNSIGNED_INT, 64, Integer: true),
        new("a_stop_offsets", 4, GL_FLOAT, 72),
        new("a_stop_colors", 4, GL_UNSIGNED_INT, 88, Integer: true),
    ], [new("a_ramp_flags", 2, GL_INT, 176, Integer: true)]));

    /// <summary>Bytes 36..40 (the texture id) are read as the sprite's texture slot: the renderer's copy carries the slot there (GlesRenderer.Batches.cs).</summary>
    public static InstanceLayout Glyph { get; } = new(nameof(GlyphSprite), GlyphSprite.SizeInBytes, WithTail(40, 64,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_atlas_rect", 4, GL_FLOAT, 16),
        new("a_color", 4, GL_UNSIGNED_BYTE, 32, Normalized: true),
        new("a_texture_slot", 1, GL_UNSIGNED_INT, 36, Integer: true),
    ]));

    /// <summary>Bytes 32..36 (the texture id) are read as the sprite's texture slot, as for glyphs; 116..128 are padding.</summary>
    public static InstanceLayout Image { get; } = new(nameof(ImageSprite), ImageSprite.SizeInBytes, WithTail(40, 64,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_uv", 4, GL_FLOAT, 16),
        new("a_texture_slot", 1, GL_UNSIGNED_INT, 32, Integer: true),
        new("a_opacity", 1, GL_FLOAT, 36),
    ], [new("a_flags", 1, GL_UNSIGNED_INT, 112, Integer: true)]));

    public static IReadOnlyList<InstanceLayout> All { get; } = [Quad, Shadow, Gradient, Glyph, Image];

    private static InstanceAttribute[] WithTail(int transform, int clip, InstanceAttribute[] head, InstanceAttribute[]? after = null) =>
    [
        .. head,
        new("a_transform_x", 2, GL_FLOAT, transform),
        new("a_transform_y", 2, GL_FLOAT, transform + 8),
        new("a_transform_t", 2, GL_FLOAT, transform + 16),
        new("a_clip_bounds", 4, GL_FLOAT, clip),
        new("a_clip_radii_x", 4, GL_FLOAT, clip + 16),
        new("a_clip_radii_y", 4, GL_FLOAT, clip + 32),
        .. after ?? [],
    ];
}
