using System;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// The gradient stop texture (RGBA32F, sampled with texelFetch): row i holds the stops of the frame's
/// ramp i (<see cref="DisplayList.Ramps"/>) as <see cref="GradientStopTable"/> writes them, uploaded
/// once per frame that has long gradients. It only grows (rows double).
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    private uint _rampTexture;
    private int _rampRows;
    private float[] _rampTexels = [];

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
            // Float textures are not filterable in GLES 3.0: NEAREST keeps the texture complete.
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MIN_FILTER, (int)Gl.GL_NEAREST);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_MAG_FILTER, (int)Gl.GL_NEAREST);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_S, (int)Gl.GL_CLAMP_TO_EDGE);
            Gl.glTexParameteri(Gl.GL_TEXTURE_2D, Gl.GL_TEXTURE_WRAP_T, (int)Gl.GL_CLAMP_TO_EDGE);
            Gl.glTexImage2D(Gl.GL_TEXTURE_2D, 0, (int)Gl.GL_RGBA32F, GradientStopTable.Width, rows, 0, Gl.GL_RGBA, Gl.GL_FLOAT, null);
            _rampRows = rows;
        }

        var rowFloats = GradientStopTable.RowFloats;
        if (_rampTexels.Length < count * rowFloats)
        {
            _rampTexels = new float[_rampRows * rowFloats];
        }

        var stops = list.GradientStops.AsReadOnlySpan();
        for (var i = 0; i < count; i++)
        {
            var ramp = list.Ramps[i];
            GradientStopTable.Write(stops.Slice(ramp.Start, ramp.Count), _rampTexels.AsSpan(i * rowFloats, rowFloats));
        }

        Gl.glBindTexture(Gl.GL_TEXTURE_2D, _rampTexture);
        Gl.glPixelStorei(Gl.GL_UNPACK_ALIGNMENT, 4);
        fixed (float* p = _rampTexels)
        {
            Gl.glTexSubImage2D(Gl.GL_TEXTURE_2D, 0, 0, 0, GradientStopTable.Width, count, Gl.GL_RGBA, Gl.GL_FLOAT, p);
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
