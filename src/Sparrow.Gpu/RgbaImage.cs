using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// Pixels in memory, RGBA8, rows top to bottom, tightly packed. Whether alpha is premultiplied is the
/// holder's contract: decoders and readback produce straight alpha; textures are uploaded premultiplied
/// (<see cref="Premultiply"/>).
/// </summary>
public sealed class RgbaImage
{
    public RgbaImage(int width, int height)
        : this(width, height, new byte[checked(width * height * 4)])
    {
    }

    public RgbaImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length != width * height * 4)
        {
            ThrowHelper.Argument(nameof(pixels), "Pixels must hold width × height RGBA texels.");
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public Color this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Color(Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }

        set
        {
            var i = ((y * Width) + x) * 4;
            Pixels[i] = value.R;
            Pixels[i + 1] = value.G;
            Pixels[i + 2] = value.B;
            Pixels[i + 3] = value.A;
        }
    }

    public void Premultiply()
    {
        var p = Pixels;
        for (var i = 0; i < p.Length; i += 4)
        {
            var a = p[i + 3];
            if (a != 255)
            {
                p[i] = (byte)(((p[i] * a) + 127) / 255);
                p[i + 1] = (byte)(((p[i + 1] * a) + 127) / 255);
                p[i + 2] = (byte)(((p[i + 2] * a) + 127) / 255);
            }
        }
    }

    public void Unpremultiply()
    {
        var p = Pixels;
        for (var i = 0; i < p.Length; i += 4)
        {
            var a = p[i + 3];
            if (a is not 0 and not 255)
            {
                p[i] = (byte)System.Math.Min(255, ((p[i] * 255) + (a / 2)) / a);
                p[i + 1] = (byte)System.Math.Min(255, ((p[i + 1] * 255) + (a / 2)) / a);
                p[i + 2] = (byte)System.Math.Min(255, ((p[i + 2] * 255) + (a / 2)) / a);
            }
        }
    }
}
