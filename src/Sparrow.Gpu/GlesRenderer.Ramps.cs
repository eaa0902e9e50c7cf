using System;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// The gradient ramp texture: row i holds the frame's ramp i (<see cref="DisplayList.Ramps"/>), baked
/// on the CPU and uploaded once per frame that has long gradients. It only grows (rows double).
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    private uint _rampTexture;
    private int _rampRows;
    private byte[] _rampTexels = [];

    private void UploadRamps(DisplayList list)
    {
        var count = list.Ramps.Count;
        if (count == 0)
        {
            return;
        }

        if (count > _rampRows)
        {
            var rows = Math.Max(16, _rampRows);
            while (rows < count)
            {
                rows *= 2;
            }

            if (_rampTexture == 0)
            {
                uint name;
                Gl.glGenTextures(1, &name);
                _rampTexture = name;
            }

            Gl.glBindTexture(Gl.GL_TEXTURE_2D, _rampTexture);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MIN_FILTER, (int)Gl.GL_LINEAR);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MAG_FILTER, (int)Gl.GL_LINEAR);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_S, (int)Gl.GL_CLAMP_TO_EDGE);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_T, (int)Gl.GL_CLAMP_TO_EDGE);
            Gl.glTexImage2D(Gl.GL_TEXTURE_2D, 0, (int)Gl.GL_RGBA8, GradientRampBaker.Width, rows, 0, Gl.GL_RGBA, Gl.GL_UNSIGNED_BYTE, null);
            _rampRows = rows;
        }

        var rowBytes = GradientRampBaker.Width * 4;
        if (_rampTexels.Length < count * rowBytes)
        {
            _rampTexels = new byte[_rampRows * rowBytes];
        }

        var stops = list.GradientStops.AsReadOnlySpan();
        for (var i = 0; i < count; i++)
        {
            var ramp = list.Ramps[i];
            GradientRampBaker.Bake(stops.Slice(ramp.Start, ramp.Count), _rampTexels.AsSpan(i * rowBytes, rowBytes));
        }

        Gl.glBindTexture(Gl.GL_TEXTURE_2D, _rampTexture);
        Gl.glPixelStorei(Gl.GL_UNPACK_ALIGNMENT, 1);
        fixed (byte* p = _rampTexels)
        {
            Gl.glTexSubImage2D(Gl.GL_TEXTURE_2D, 0, 0, 0, GradientRampBaker.Width, count, Gl.GL_RGBA, Gl.GL_UNSIGNED_BYTE, p);
        }
    }

    private void DeleteRampTexture()
    {
        if (_rampTexture != 0)
        {
            var name = _rampTexture;
            Gl.glDeleteTextures(1, &name);
            _rampTexture = 0;
            _rampRows = 0;
        }
    }
}
