using System;
using System.IO;

namespace Sparrow.Gpu;

/// <summary>The marker parser and the scan decoder (T.81 annex B for markers, F.2 for decoding).</summary>
public static partial class JpegDecoder
{
    /// <summary>Natural (row-major) index of the k-th coefficient in zigzag order (T.81 figure A.6).</summary>
    private static ReadOnlySpan<byte> ZigZag =>
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    private sealed class Component
    {
        public int Id;
        public int H;
        public int V;
        public int Quant;
        public int DcTable;
        public int AcTable;
        public int Predictor;
        public int BlocksPerLine;
        public byte[] Plane = [];
    }

    private sealed class Decoder(byte[] data)
    {
        private readonly ushort[][] _quant = new ushort[4][];
        private readonly HuffmanTable?[] _dc = new HuffmanTable?[4];
        private readonly HuffmanTable?[] _ac = new HuffmanTable?[4];
        private Component[] _components = [];
        private int _width;
        private int _height;
        private int _hMax = 1;
        private int _vMax = 1;
        private int _mcusX;
        private int _mcusY;
        private int _restartInterval;
        private bool _frameSeen;
        private int _pos = 2;

        public RgbaImage? Decode(out string? unsupported)
        {
            unsupported = null;
            while (true)
            {
                var marker = NextMarker();
                if (marker == 0xD9)
                {
                    break;
                }

                var length = (data[_pos] << 8) | data[_pos + 1];
                var segment = data.AsSpan(_pos + 2, length - 2);
                var next = _pos + length;
                switch (marker)
                {
                    case 0xDB:
                        ReadQuantTables(segment);
                        break;
                    case 0xC4:
                        ReadHuffmanTables(segment);
                        break;
                    case 0xDD:
                        _restartInterval = (segment[0] << 8) | segment[1];
                        break;
                    case 0xC0:
                    case 0xC1:
                        if (!ReadFrame(segment, out unsupported))
                        {
                            return null;
                        }

                        break;
                    case 0xC2:
                    case 0xC3:
                    case >= 0xC5 and <= 0xC7:
                    case >= 0xC9 and <= 0xCB:
                    case >= 0xCD and <= 0xCF:
                        unsupported = marker == 0xC2 ? "Progressive JPEG is not supported yet." : $"JPEG process SOF{marker - 0xC0} is not supported.";
                        return null;
                    case 0xDA:
                        _pos = next;
                        DecodeScan(segment);
                        continue;
                }

                _pos = next;
            }

            if (!_frameSeen)
            {
                throw new InvalidDataException("no frame");
            }

            return ToRgba();
        }

        private int NextMarker()
        {
            while (_pos < data.Length - 1)
            {
                if (data[_pos] == 0xFF && data[_pos + 1] is not 0x00 and not 0xFF)
                {
                    var marker = data[_pos + 1];
                    _pos += 2;
                    if (marker is >= 0xD0 and <= 0xD7)
                    {
                        continue; // a stray restart marker between segments
                    }

                    return marker;
                }

                _pos++;
            }

            throw new InvalidDataException("missing EOI");
        }

        private void ReadQuantTables(ReadOnlySpan<byte> s)
        {
            while (!s.IsEmpty)
            {
                int precision = s[0] >> 4, id = s[0] & 3;
                var table = new ushort[64];
                for (var k = 0; k < 64; k++)
                {
                    table[k] = precision == 0 ? s[1 + k] : (ushort)((s[1 + (2 * k)] << 8) | s[2 + (2 * k)]);
                }

                _quant[id] = table;
                s = s[(1 + (precision == 0 ? 64 : 128))..];
            }
        }

        private void ReadHuffmanTables(ReadOnlySpan<byte> s)
        {
            while (!s.IsEmpty)
            {
                int cls = s[0] >> 4, id = s[0] & 3;
                var counts = s.Slice(1, 16);
                var total = 0;
                foreach (var c in counts)
                {
                    total += c;
                }

                var table = new HuffmanTable(counts, s.Slice(17, total));
                if (cls == 0)
                {
                    _dc[id] = table;
                }
                else
                {
                    _ac[id] = table;
                }

                s = s[(17 + total)..];
            }
        }

        private bool ReadFrame(ReadOnlySpan<byte> s, out string? unsupported)
        {
            unsupported = null;
            if (s[0] != 8)
            {
                unsupported = $"{s[0]}-bit JPEG is not supported.";
                return false;
            }

            _height = (s[1] << 8) | s[2];
            _width = (s[3] << 8) | s[4];
            var count = s[5];
            if (count is not (1 or 3))
            {
                unsupported = $"JPEG with {count} components (CMYK?) is not supported.";
                return false;
            }

            if (_width == 0 || _height == 0 || (long)_width * _height > 1 << 26)
            {
                unsupported = $"JPEG of {_width}×{_height} is outside the supported size.";
                return false;
            }

            _components = new Component[count];
            for (var i = 0; i < count; i++)
            {
                var c = s.Slice(6 + (3 * i), 3);
                _components[i] = new Component { Id = c[0], H = Math.Max(1, c[1] >> 4), V = Math.Max(1, c[1] & 15), Quant = c[2] & 3 };
                _hMax = Math.Max(_hMax, _components[i].H);
                _vMax = Math.Max(_vMax, _components[i].V);
            }

            _mcusX = (_width + (8 * _hMax) - 1) / (8 * _hMax);
            _mcusY = (_height + (8 * _vMax) - 1) / (8 * _vMax);
            foreach (var c in _components)
            {
                c.BlocksPerLine = _mcusX * c.H;
                c.Plane = new byte[c.BlocksPerLine * 8 * _mcusY * c.V * 8];
            }

            _frameSeen = true;
            return true;
        }

        private void DecodeScan(ReadOnlySpan<byte> header)
        {
            if (!_frameSeen)
            {
                throw new InvalidDataException("scan before frame");
            }

            var count = header[0];
            var scan = new Component[count];
            for (var i = 0; i < count; i++)
            {
                var id = header[1 + (2 * i)];
                var c = Array.Find(_components, x => x.Id == id) ?? throw new InvalidDataException($"scan names unknown component {id}");
                c.DcTable = header[2 + (2 * i)] >> 4;
                c.AcTable = header[2 + (2 * i)] & 15;
                c.Predictor = 0;
                scan[i] = c;
            }

            var reader = new BitReader(data, _pos);
            Span<short> coefficients = stackalloc short[64];
            Span<byte> pixels = stackalloc byte[64];

            // One component alone is coded block by block over its own extent (T.81 A.2.2), not by MCU.
            var single = count == 1;
            var c0 = scan[0];
            int unitsX = single ? ((((_width * c0.H) + _hMax - 1) / _hMax) + 7) / 8 : _mcusX;
            int unitsY = single ? ((((_height * c0.V) + _vMax - 1) / _vMax) + 7) / 8 : _mcusY;
            var done = 0;
            for (var my = 0; my < unitsY; my++)
            {
                for (var mx = 0; mx < unitsX; mx++)
                {
                    if (_restartInterval > 0 && done > 0 && done % _restartInterval == 0)
                    {
                        reader.Restart();
                        foreach (var c in scan)
                        {
                            c.Predictor = 0;
                        }
                    }

                    foreach (var c in scan)
                    {
                        int h = single ? 1 : c.H, v = single ? 1 : c.V;
                        for (var by = 0; by < v; by++)
                        {
                            for (var bx = 0; bx < h; bx++)
                            {
                                DecodeBlock(ref reader, c, coefficients);
                                Idct.Transform(coefficients, pixels);
                                var blockX = (mx * h) + bx;
                                var blockY = (my * v) + by;
                                var stride = c.BlocksPerLine * 8;
                                for (var y = 0; y < 8; y++)
                                {
                                    pixels.Slice(y * 8, 8).CopyTo(c.Plane.AsSpan((((blockY * 8) + y) * stride) + (blockX * 8), 8));
                                }
                            }
                        }
                    }

                    done++;
                }
            }

            _pos = reader.Position;
        }

        private void DecodeBlock(ref BitReader reader, Component c, Span<short> coefficients)
        {
            coefficients.Clear();
            var q = _quant[c.Quant] ?? throw new InvalidDataException("missing quantization table");
            var dc = _dc[c.DcTable] ?? throw new InvalidDataException("missing DC table");
            var ac = _ac[c.AcTable] ?? throw new InvalidDataException("missing AC table");
            var t = dc.Decode(ref reader);
            c.Predictor += t == 0 ? 0 : Extend(reader.Bits(t), t);
            coefficients[0] = (short)(c.Predictor * q[0]);
            for (var k = 1; k < 64;)
            {
                var rs = ac.Decode(ref reader);
                int r = rs >> 4, s = rs & 15;
                if (s == 0)
                {
                    if (r != 15)
                    {
                        break;
                    }

                    k += 16;
                    continue;
                }

                k += r;
                if (k > 63)
                {
                    throw new InvalidDataException("coefficient index past 63");
                }

                coefficients[ZigZag[k]] = (short)(Extend(reader.Bits(s), s) * q[k]);
                k++;
            }
        }

        /// <summary>T.81 F.2.2.1 EXTEND: the s-bit magnitude category's value.</summary>
        private static int Extend(int v, int s) => v < 1 << (s - 1) ? v - (1 << s) + 1 : v;

        private RgbaImage ToRgba()
        {
            var image = new RgbaImage(_width, _height);
            var px = image.Pixels;
            for (var y = 0; y < _height; y++)
            {
                for (var x = 0; x < _width; x++)
                {
                    var i = ((y * _width) + x) * 4;
                    var luma = Sample(_components[0], x, y);
                    if (_components.Length == 1)
                    {
                        px[i] = px[i + 1] = px[i + 2] = Clamp(luma);
                    }
                    else
                    {
                        // JFIF YCbCr → RGB (full range).
                        float cb = Sample(_components[1], x, y) - 128f, cr = Sample(_components[2], x, y) - 128f;
                        px[i] = Clamp(luma + (1.402f * cr));
                        px[i + 1] = Clamp(luma - (0.344136f * cb) - (0.714136f * cr));
                        px[i + 2] = Clamp(luma + (1.772f * cb));
                    }

                    px[i + 3] = 255;
                }
            }

            return image;
        }

        /// <summary>
        /// A component's value at image pixel (x, y). Subsampled chroma is interpolated bilinearly between
        /// sample centres, which for 2:1 is libjpeg's "fancy" triangle filter (weights 3/4, 1/4).
        /// </summary>
        private float Sample(Component c, int x, int y)
        {
            var stride = c.BlocksPerLine * 8;
            if (c.H == _hMax && c.V == _vMax)
            {
                return c.Plane[(y * stride) + x];
            }

            var w = ((_width * c.H) + _hMax - 1) / _hMax;
            var h = ((_height * c.V) + _vMax - 1) / _vMax;
            var fx = Math.Clamp((((x + 0.5f) * c.H) / _hMax) - 0.5f, 0, w - 1);
            var fy = Math.Clamp((((y + 0.5f) * c.V) / _vMax) - 0.5f, 0, h - 1);
            int x0 = (int)fx, y0 = (int)fy;
            int x1 = Math.Min(x0 + 1, w - 1), y1 = Math.Min(y0 + 1, h - 1);
            float ax = fx - x0, ay = fy - y0;
            var top = (c.Plane[(y0 * stride) + x0] * (1 - ax)) + (c.Plane[(y0 * stride) + x1] * ax);
            var bottom = (c.Plane[(y1 * stride) + x0] * (1 - ax)) + (c.Plane[(y1 * stride) + x1] * ax);
            return (top * (1 - ay)) + (bottom * ay);
        }

        private static byte Clamp(float v) => (byte)Math.Clamp((int)MathF.Round(v), 0, 255);
    }
}
