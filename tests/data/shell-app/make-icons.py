#!/usr/bin/env python3
"""Writes the tabBar icons of this package (run from anywhere: python3 make-icons.py).

48x48 squares, one plain color each: gray.png (unselected) and blue.png (selected). Plain zlib, no
imaging library, so the bytes repeat exactly.
"""
import os
import struct
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rgb):
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))


os.makedirs(HERE, exist_ok=True)
with open(os.path.join(HERE, "gray.png"), "wb") as f:
    f.write(png(48, 48, (136, 136, 136)))
with open(os.path.join(HERE, "blue.png"), "wb") as f:
    f.write(png(48, 48, (0, 0, 255)))
