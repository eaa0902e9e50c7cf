#!/usr/bin/env python3
"""Writes the test images of this package (run from anywhere: python3 make-images.py).

ok.png 40x30 red, other.png 20x10 blue, lazy.png 16x12 green, and corrupt.png: a PNG signature
followed by bytes no decoder accepts. Plain zlib, no imaging library, so the bytes repeat exactly.
"""
import os
import struct
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "images")


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rgb):
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


os.makedirs(HERE, exist_ok=True)
write("ok.png", png(40, 30, (255, 0, 0)))
write("other.png", png(20, 10, (0, 0, 255)))
write("lazy.png", png(16, 12, (0, 160, 0)))
write("corrupt.png", b"\x89PNG\r\n\x1a\n" + b"this is not an image" * 4)
