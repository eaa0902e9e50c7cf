using System.Collections.Generic;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// Layers: one offscreen RGBA8 texture per nesting depth, the target's size, kept between frames.
/// Group opacity and clips under a rotation or skew (<see cref="LayerMask"/>, applied by the composite
/// shader) use them; transforms alone are baked into primitives.
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    private readonly List<LayerTarget> _layerTargets = [];

    private void BeginLayer(Layer layer, int depth, int width, int height)
    {
        while (_layerTargets.Count <= depth || _layerTargets[depth].Width != width || _layerTargets[depth].Height != height)
        {
            if (_layerTargets.Count > depth)
            {
                DeleteLayerTarget(_layerTargets[depth]);
                _layerTargets[depth] = CreateLayerTarget(width, height);
            }
            else
            {
                _layerTargets.Add(CreateLayerTarget(width, height));
            }
        }

        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, _layerTargets[depth].Framebuffer);
        Scissor(layer.Bounds, height);
        Gl.glClearColor(0, 0, 0, 0);
        Gl.glClear(Gl.GL_COLOR_BUFFER_BIT);
    }

    private void EndLayer(Layer layer, int depth, uint parentFramebuffer, int width, int height)
    {
        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, parentFramebuffer);
        Scissor(layer.Bounds, height);
        Gl.glUseProgram(_composite.Handle);
        Gl.glUniform2f(_compositeViewport, width, height);
        Gl.glUniform1f(_compositeOpacity, layer.Opacity);
        var mask = layer.Mask;
        Gl.glUniform1i(_compositeMaskOn, mask.IsSet ? 1 : 0);
        if (mask.IsSet)
        {
            Gl.glUniform4f(_compositeMaskRect, mask.Rect.X, mask.Rect.Y, mask.Rect.Width, mask.Rect.Height);
            Gl.glUniform4f(_compositeMaskRadii, mask.Radii.TopLeft, mask.Radii.TopRight, mask.Radii.BottomRight, mask.Radii.BottomLeft);
            Gl.glUniform4f(_compositeMaskRadiiY, mask.Radii.TopLeftY, mask.Radii.TopRightY, mask.Radii.BottomRightY, mask.Radii.BottomLeftY);
            var m = mask.ToLocal;
            Gl.glUniform2f(_compositeMaskX, m.M11, m.M12);
            Gl.glUniform2f(_compositeMaskY, m.M21, m.M22);
            Gl.glUniform2f(_compositeMaskT, m.M31, m.M32);
        }

        Gl.glActiveTexture(Gl.GL_TEXTURE0);
        Gl.glBindTexture(Gl.GL_TEXTURE_2D, _layerTargets[depth].Texture);
        Gl.glUniform1i(_compositeTexture, 0);
        Gl.glBindVertexArray(_emptyVao);
        Gl.glDrawArrays(Gl.GL_TRIANGLE_STRIP, 0, 4);
    }

    private uint LayerFramebuffer(int depth) => _layerTargets[depth].Framebuffer;

    private static LayerTarget CreateLayerTarget(int width, int height)
    {
        uint texture;
        uint framebuffer;
        Gl.glGenTextures(1, &texture);
        Gl.glBindTexture(Gl.GL_TEXTURE_2D, texture);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MIN_FILTER, (int)Gl.GL_NEAREST);
        Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MAG_FILTER, (int)Gl.GL_NEAREST);
        Gl.glTexImage2D(Gl.GL_TEXTURE_2D, 0, (int)Gl.GL_RGBA8, width, height, 0, Gl.GL_RGBA, Gl.GL_UNSIGNED_BYTE, null);
        Gl.glGenFramebuffers(1, &framebuffer);
        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, framebuffer);
        Gl.glFramebufferTexture2D(Gl.GL_FRAMEBUFFER, Gl.GL_COLOR_ATTACHMENT0, Gl.GL_TEXTURE_2D, texture, 0);
        return new LayerTarget(framebuffer, texture, width, height);
    }

    private static void DeleteLayerTarget(LayerTarget target)
    {
        var fb = target.Framebuffer;
        var tex = target.Texture;
        Gl.glDeleteFramebuffers(1, &fb);
        Gl.glDeleteTextures(1, &tex);
    }

    private void DeleteLayerTargets()
    {
        foreach (var t in _layerTargets)
        {
            DeleteLayerTarget(t);
        }

        _layerTargets.Clear();
    }

    private readonly record struct LayerTarget(uint Framebuffer, uint Texture, int Width, int Height);
}
