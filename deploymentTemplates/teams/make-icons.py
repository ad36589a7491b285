#!/usr/bin/env python3
"""Draws the Teams app icons (a speech bubble) with the standard library only: color.png 192x192 on the
chat page's green, outline.png 32x32 white on transparent, as the Teams manifest requires."""
import struct
import zlib
from pathlib import Path

GREEN = (0x00, 0x84, 0x3D, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def in_bubble(x: float, y: float) -> bool:
    """A rounded speech bubble with a tail at the lower left, in a unit square."""
    left, top, right, bottom, radius = 0.15, 0.2, 0.85, 0.68, 0.12
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    if left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2:
        return True
    # Tail: a triangle below the body.
    return bottom <= y <= 0.84 and 0.28 <= x <= 0.28 + (0.84 - y) * 1.2


def draw(size: int, inside, outside) -> list[list[tuple[int, int, int, int]]]:
    return [[inside if in_bubble((x + 0.5) / size, (y + 0.5) / size) else outside for x in range(size)]
            for y in range(size)]


def write_png(path: Path, pixels) -> None:
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
                     + chunk(b"IEND", b""))


here = Path(__file__).parent
write_png(here / "color.png", draw(192, WHITE, GREEN))
write_png(here / "outline.png", draw(32, WHITE, CLEAR))
