#!/usr/bin/env python3
"""Writes this package's test images (python3 make-images.py, from anywhere).

pages/a/pic.png 40x30 red and pages/b/pic.png 20x10 blue: the same relative src on two pages in
two folders must name two images. http.png 24x12 green is what the tests' local HTTP server serves.
Plain zlib, no imaging library, so the bytes repeat exactly.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


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


write("pages/a/pic.png", png(40, 30, (255, 0, 0)))
write("pages/b/pic.png", png(20, 10, (0, 0, 255)))
write("http.png", png(24, 12, (0, 160, 0)))
