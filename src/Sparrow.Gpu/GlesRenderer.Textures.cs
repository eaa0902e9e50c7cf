using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>Textures the scene names by <see cref="TextureId"/>: images and atlas pages.</summary>
public sealed unsafe partial class GlesRenderer
{
    private readonly Dictionary<uint, TextureEntry> _textures = [];
    private uint _nextTexture = 1;

    /// <summary>Creates a texture; RGBA texels must be premultiplied. <paramref name="texels"/> may be empty (contents undefined).</summary>
    public TextureId CreateTexture(int width, int height, TextureFormat format, ReadOnlySpan<byte> texels)
    {
        var bpp = format == TextureFormat.R8 ? 1 : 4;
        if (width <= 0 || height <= 0 || (!texels.IsEmpty && texels.Length != width * height * bpp))
        {
            ThrowHelper.Argument(nameof(texels), "Texels must be empty or hold width × height texels.");
        }

        uint name;
        fixed (byte* p = texels)
        {
            name = NewTexture(width, height, format, texels.IsEmpty ? null : p);
        }

        var id = _nextTexture++;
        _textures.Add(id, new TextureEntry(name, width, height, format));
        return new TextureId(id);
    }

    /// <summary>
    /// An image texture from straight-alpha pixels (they are premultiplied on the way), made on the render
    /// thread and ready at once. <see cref="UploadTexture"/> makes it on the upload thread where it can.
    /// </summary>
    public TextureId CreateTexture(RgbaImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var premultiplied = new byte[image.Pixels.Length];
        TexelConversion.Premultiply(image.Pixels, premultiplied);
        return CreateTexture(image.Width, image.Height, TextureFormat.Rgba8, premultiplied);
    }

    /// <summary>
    /// A new texture name of one level, linear filtering and clamped edges, filled with <paramref name="texels"/>
    /// (null: undefined contents) in the context current on the calling thread: the render thread's, or the
    /// upload thread's (<see cref="TextureUploader"/>), so both paths make the same texture.
    /// </summary>
    internal static uint NewTexture(int width, int height, TextureFormat format, byte* texels)
    {
        uint name;
        Gl.glGenTextures(1, &name);
        Gl.glBindTexture(Gl.GL_TEXTURE_2D, name);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MIN_FILTER, (int)Gl.GL_LINEAR);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MAG_FILTER, (int)Gl.GL_LINEAR);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_S, (int)Gl.GL_CLAMP_TO_EDGE);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_T, (int)Gl.GL_CLAMP_TO_EDGE);
        Gl.glPixelStorei(Gl.GL_UNPACK_ALIGNMENT, 1);
        var (internalFormat, glFormat) = format == TextureFormat.R8 ? (Gl.GL_R8, Gl.GL_RED) : (Gl.GL_RGBA8, Gl.GL_RGBA);
        Gl.glTexImage2D(Gl.GL_TEXTURE_2D, 0, (int)internalFormat, width, height, 0, glFormat, Gl.GL_UNSIGNED_BYTE, texels);
        return name;
    }

    /// <summary>Replaces a rectangle of texels (rows packed, same format as the texture).</summary>
    public void UpdateTexture(TextureId texture, int x, int y, int width, int height, ReadOnlySpan<byte> texels)
    {
        var entry = Texture(texture);
        var bpp = entry.Format == TextureFormat.R8 ? 1 : 4;
        if (x < 0 || y < 0 || x + width > entry.Width || y + height > entry.Height || texels.Length != width * height * bpp)
        {
            ThrowHelper.Argument(nameof(texels), "The update must lie inside the texture and hold width × height texels.");
        }

        if (width == 0 || height == 0)
        {
            return;
        }

        Gl.glBindTexture(Gl.GL_TEXTURE_2D, entry.Name);
        Gl.glPixelStorei(Gl.GL_UNPACK_ALIGNMENT, 1);
        fixed (byte* p = texels)
        {
            Gl.glTexSubImage2D(Gl.GL_TEXTURE_2D, 0, x, y, width, height, entry.Format == TextureFormat.R8 ? Gl.GL_RED : Gl.GL_RGBA, Gl.GL_UNSIGNED_BYTE, p);
        }
    }

    /// <summary>Deletes a texture; one still uploading (<see cref="UploadTexture"/>) is deleted when it arrives.</summary>
    public void DeleteTexture(TextureId texture)
    {
        if (_uploading.Remove(texture.Value))
        {
            return; // GlesRenderer.Uploads.cs: PollUploads deletes what arrives for no one
        }

        if (_textures.Remove(texture.Value, out var entry))
        {
            var name = entry.Name;
            Gl.glDeleteTextures(1, &name);
        }
    }

    /// <summary>The texture's size in texels, known from the moment it was created or posted for upload.</summary>
    public Size TextureSize(TextureId texture)
    {
        if (_uploading.TryGetValue(texture.Value, out var uploading))
        {
            return new Size(uploading.Width, uploading.Height);
        }

        var entry = Texture(texture);
        return new Size(entry.Width, entry.Height);
    }

    private TextureEntry Texture(TextureId texture)
    {
        if (!_textures.TryGetValue(texture.Value, out var entry))
        {
            ThrowHelper.Argument(nameof(texture), $"Unknown texture {texture}.");
        }

        return entry;
    }

    private void DeleteAllTextures()
    {
        foreach (var entry in _textures.Values)
        {
            var name = entry.Name;
            Gl.glDeleteTextures(1, &name);
        }

        _textures.Clear();
    }

    private readonly record struct TextureEntry(uint Name, int Width, int Height, TextureFormat Format);
}
