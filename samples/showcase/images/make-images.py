#!/usr/bin/env python3
"""Writes the showcase's generated PNGs next to this file (zlib + struct, no other module).

- tab-home.png / tab-home-on.png, tab-views.png / tab-views-on.png, tab-forms.png /
  tab-forms-on.png: 81×81 tabBar icons (WeChat recommends 81×81 px, at most 40 KB), grey #86909c
  and the selected blue #1f6feb, on transparent.
- photo.png: 160×100, a sky-to-sea gradient with a sun and a hill, for the image modes (not square,
  so scaleToFill, aspectFit, aspectFill, widthFix, center and the edge modes all differ).
Run it again after changing a shape; the PNGs are its output.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x86, 0x90, 0x9c)
BLUE = (0x1f, 0x6f, 0xeb)


def png(name, width, height, pixel):
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b'')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


def coverage(inside, x, y, samples=4):
    """Fraction of pixel (x, y) inside the shape, 4×4 supersampled, for smooth edges."""
    hits = 0
    for i in range(samples):
        for j in range(samples):
            if inside(x + (i + 0.5) / samples, y + (j + 0.5) / samples):
                hits += 1
    return hits / (samples * samples)


def icon(name, inside):
    for suffix, color in (('', GREY), ('-on', BLUE)):
        png(f'tab-{name}{suffix}.png', 81, 81, lambda x, y: (*color, round(255 * coverage(inside, x, y))))


def home(x, y):
    roof = y >= 14 and y <= 40 and abs(x - 40.5) <= (y - 14) * 1.1 and abs(x - 40.5) >= (y - 14) * 1.1 - 8
    body = 36 <= y <= 68 and 18 <= x <= 63 and not (28 <= x <= 53 and 36 <= y <= 62)
    door = 48 <= y <= 68 and 34 <= x <= 47
    return roof or body or door


def views(x, y):
    def square(cx, cy):
        return abs(x - cx) <= 12 and abs(y - cy) <= 12 and not (abs(x - cx) <= 7 and abs(y - cy) <= 7)
    return square(26, 26) or square(55, 26) or square(26, 55) or (math.hypot(x - 55, y - 55) <= 13)


def forms(x, y):
    frame = 14 <= x <= 67 and 14 <= y <= 67 and not (19 <= x <= 62 and 19 <= y <= 62)
    # A check mark: two thick strokes.
    def stroke(ax, ay, bx, by, w):
        dx, dy = bx - ax, by - ay
        t = max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w
    return frame or stroke(27, 41, 37, 52, 3.5) or stroke(37, 52, 56, 29, 3.5)


def photo(x, y):
    sky = (int(120 + 80 * y / 100), int(170 + 50 * y / 100), 240)
    if math.hypot(x - 118, y - 30) <= 16:
        sky = (255, 214, 90)
    if y > 62 + 10 * math.sin(x / 18):
        sky = (40, 110 + int(y / 4), 170)
    if y > 78 - 30 * math.exp(-((x - 45) / 30) ** 2):
        sky = (76, 150, 86)
    return (*sky, 255)


if __name__ == '__main__':
    icon('home', home)
    icon('views', views)
    icon('forms', forms)
    png('photo.png', 160, 100, photo)
