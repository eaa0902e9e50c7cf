using System;

namespace Sparrow.Gpu;

/// <summary>The 8×8 inverse DCT (T.81 A.3.3) as two passes of a 1-D transform with a cosine table.</summary>
public static partial class JpegDecoder
{
    private static class Idct
    {
        // Table[x * 8 + u] = C(u) / 2 · cos((2x + 1) u π / 16), C(0) = 1/√2.
        private static readonly float[] Table = Build();

        public static void Transform(ReadOnlySpan<short> input, Span<byte> output)
        {
            Span<float> temp = stackalloc float[64];
            for (var v = 0; v < 8; v++)
            {
                for (var x = 0; x < 8; x++)
                {
                    var sum = 0f;
                    for (var u = 0; u < 8; u++)
                    {
                        sum += Table[(x * 8) + u] * input[(v * 8) + u];
                    }

                    temp[(v * 8) + x] = sum;
                }
            }

            for (var x = 0; x < 8; x++)
            {
                for (var y = 0; y < 8; y++)
                {
                    var sum = 0f;
                    for (var v = 0; v < 8; v++)
                    {
                        sum += Table[(y * 8) + v] * temp[(v * 8) + x];
                    }

                    output[(y * 8) + x] = (byte)Math.Clamp((int)MathF.Round(sum + 128f), 0, 255);
                }
            }
        }

        private static float[] Build()
        {
            var t = new float[64];
            for (var x = 0; x < 8; x++)
            {
                for (var u = 0; u < 8; u++)
                {
                    var c = u == 0 ? 1 / MathF.Sqrt(2) : 1f;
                    t[(x * 8) + u] = c / 2 * MathF.Cos(((2 * x) + 1) * u * MathF.PI / 16);
                }
            }

            return t;
        }
    }
}
