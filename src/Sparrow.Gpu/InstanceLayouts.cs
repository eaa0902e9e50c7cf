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
    public static InstanceLayout Quad { get; } = new(nameof(Scene.Quad), Scene.Quad.SizeInBytes, WithTail(72, 96,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_radii", 4, GL_FLOAT, 16),
        new("a_border_widths", 4, GL_FLOAT, 32),
        new("a_background", 4, GL_UNSIGNED_BYTE, 48, Normalized: true),
        new("a_border_top", 4, GL_UNSIGNED_BYTE, 52, Normalized: true),
        new("a_border_right", 4, GL_UNSIGNED_BYTE, 56, Normalized: true),
        new("a_border_bottom", 4, GL_UNSIGNED_BYTE, 60, Normalized: true),
        new("a_border_left", 4, GL_UNSIGNED_BYTE, 64, Normalized: true),
        new("a_border_styles", 4, GL_UNSIGNED_BYTE, 68, Integer: true),
    ]));

    public static InstanceLayout Shadow { get; } = new(nameof(Scene.Shadow), Scene.Shadow.SizeInBytes, WithTail(56, 80,
    [
        new("a_box", 4, GL_FLOAT, 0),
        new("a_radii", 4, GL_FLOAT, 16),
        new("a_offset_blur_spread", 4, GL_FLOAT, 32),
        new("a_color", 4, GL_UNSIGNED_BYTE, 48, Normalized: true),
        new("a_flags", 1, GL_UNSIGNED_INT, 52, Integer: true),
    ]));

    /// <summary>Bytes 152..160 are padding; ramp and flags are read as one ivec2.</summary>
    public static InstanceLayout Gradient { get; } = new(nameof(Scene.Gradient), Scene.Gradient.SizeInBytes, WithTail(88, 112,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_radii", 4, GL_FLOAT, 16),
        new("a_points", 4, GL_FLOAT, 32),
        new("a_kind_count", 2, GL_UNSIGNED_INT, 48, Integer: true),
        new("a_stop_offsets", 4, GL_FLOAT, 56),
        new("a_stop_color0", 4, GL_UNSIGNED_BYTE, 72, Normalized: true),
        new("a_stop_color1", 4, GL_UNSIGNED_BYTE, 76, Normalized: true),
        new("a_stop_color2", 4, GL_UNSIGNED_BYTE, 80, Normalized: true),
        new("a_stop_color3", 4, GL_UNSIGNED_BYTE, 84, Normalized: true),
    ], [new("a_ramp_flags", 2, GL_INT, 144, Integer: true)]));

    /// <summary>Bytes 36..40 (the texture id) are not an attribute: the texture is bound per batch.</summary>
    public static InstanceLayout Glyph { get; } = new(nameof(GlyphSprite), GlyphSprite.SizeInBytes, WithTail(40, 64,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_atlas_rect", 4, GL_FLOAT, 16),
        new("a_color", 4, GL_UNSIGNED_BYTE, 32, Normalized: true),
    ]));

    /// <summary>Bytes 32..36 (the texture id) are not an attribute: the texture is bound per batch; 100..112 are padding.</summary>
    public static InstanceLayout Image { get; } = new(nameof(ImageSprite), ImageSprite.SizeInBytes, WithTail(40, 64,
    [
        new("a_bounds", 4, GL_FLOAT, 0),
        new("a_uv", 4, GL_FLOAT, 16),
        new("a_opacity", 1, GL_FLOAT, 36),
    ], [new("a_flags", 1, GL_UNSIGNED_INT, 96, Integer: true)]));

    public static IReadOnlyList<InstanceLayout> All { get; } = [Quad, Shadow, Gradient, Glyph, Image];

    private static InstanceAttribute[] WithTail(int transform, int clip, InstanceAttribute[] head, InstanceAttribute[]? after = null) =>
    [
        .. head,
        new("a_transform_x", 2, GL_FLOAT, transform),
        new("a_transform_y", 2, GL_FLOAT, transform + 8),
        new("a_transform_t", 2, GL_FLOAT, transform + 16),
        new("a_clip_bounds", 4, GL_FLOAT, clip),
        new("a_clip_radii", 4, GL_FLOAT, clip + 16),
        .. after ?? [],
    ];
}
