using System;
using System.IO;

namespace Sparrow.Gpu;

/// <summary>Entropy decoding: canonical Huffman tables (T.81 C and F.2.2.3) and the bit reader (F.2.2.5).</summary>
public static partial class JpegDecoder
{
    private sealed class HuffmanTable
    {
        private readonly int[] _maxCode = new int[18];
        private readonly int[] _valPtr = new int[17];
        private readonly int[] _minCode = new int[17];
        private readonly byte[] _values;

        public HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values)
        {
            _values = values.ToArray();
            int code = 0, k = 0;
            for (var length = 1; length <= 16; length++)
            {
                _valPtr[length] = k;
                _minCode[length] = code;
                code += counts[length - 1];
                k += counts[length - 1];
                _maxCode[length] = counts[length - 1] == 0 ? -1 : code - 1;
                code <<= 1;
            }

            _maxCode[17] = int.MaxValue;
        }

        public int Decode(ref BitReader reader)
        {
            var code = reader.Bit();
            var length = 1;
            while (length <= 16 && code > _maxCode[length])
            {
                code = (code << 1) | reader.Bit();
                length++;
            }

            if (length > 16)
            {
                throw new InvalidDataException("bad Huffman code");
            }

            return _values[_valPtr[length] + code - _minCode[length]];
        }
    }

    /// <summary>Bits of an entropy-coded segment, most significant first, with 0xFF00 unstuffed; stops at a marker.</summary>
    private struct BitReader(byte[] data, int position)
    {
        private int _buffer;
        private int _count;
        private bool _atMarker;

        public int Position { get; private set; } = position;

        public int Bit()
        {
            if (_count == 0)
            {
                Fill();
            }

            _count--;
            return (_buffer >> _count) & 1;
        }

        public int Bits(int n)
        {
            var v = 0;
            for (var i = 0; i < n; i++)
            {
                v = (v << 1) | Bit();
            }

            return v;
        }

        /// <summary>At a restart interval: drop the partial byte and step over the RSTn marker.</summary>
        public void Restart()
        {
            _count = 0;
            _atMarker = false;
            while (Position < data.Length - 1 && !(data[Position] == 0xFF && data[Position + 1] is >= 0xD0 and <= 0xD7))
            {
                Position++;
            }

            Position += 2;
        }

        private void Fill()
        {
            if (_atMarker || Position >= data.Length)
            {
                _buffer = 0; // past the end of the segment: T.81 lets decoders pad with zeros
                _count = 8;
                return;
            }

            var b = data[Position];
            if (b == 0xFF)
            {
                var next = Position + 1 < data.Length ? data[Position + 1] : 0xD9;
                if (next == 0x00)
                {
                    Position += 2;
                }
                else
                {
                    _atMarker = true;
                    _buffer = 0;
                    _count = 8;
                    return;
                }
            }
            else
            {
                Position++;
            }

            _buffer = b;
            _count = 8;
        }
    }
}
