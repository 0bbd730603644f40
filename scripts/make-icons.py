#!/usr/bin/env python3
"""Draws the guide's app icons into www/icons/ (run once; the PNGs are committed).

An open book in white on the reader's accent blue (--primer-accent). The
"any" icons are a rounded square on transparency; the maskable one fills
the square and keeps the book inside the central safe circle (radius 40%).
Plain Python (zlib, no imaging library), deterministic output.
Usage: python3 scripts/make-icons.py
"""
import pathlib
import struct
import zlib

ACCENT = (0x09, 0x69, 0xDA)
WHITE = (0xFF, 0xFF, 0xFF)
# The book's two pages, in a unit square.
PAGES = [
    [(0.18, 0.30), (0.47, 0.36), (0.47, 0.76), (0.18, 0.70)],
    [(0.53, 0.36), (0.82, 0.30), (0.82, 0.70), (0.53, 0.76)],
]
RADIUS = 0.2  # the rounded square's corner radius
SAMPLES = 4  # per axis, for anti-aliasing

OUT = pathlib.Path(__file__).resolve().parent.parent / "www" / "icons"


def inside_polygon(x, y, polygon):
    hit = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def inside_rounded_square(x, y):
    cx = min(max(x, RADIUS), 1 - RADIUS)
    cy = min(max(y, RADIUS), 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS**2


def colour_at(x, y, maskable):
    """RGBA at a point of the unit square."""
    if maskable:
        # Shrink the book towards the centre so it fits the safe circle.
        bx, by = 0.5 + (x - 0.5) / 0.72, 0.5 + (y - 0.5) / 0.72
    else:
        if not inside_rounded_square(x, y):
            return (0, 0, 0, 0)
        bx, by = x, y
    if any(inside_polygon(bx, by, page) for page in PAGES):
        return WHITE + (255,)
    return ACCENT + (255,)


def draw(size, maskable):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) / size
                    y = (py + (sy + 0.5) / SAMPLES) / size
                    r, g, b, a = colour_at(x, y, maskable)
                    total[0] += r * a
                    total[1] += g * a
                    total[2] += b * a
                    total[3] += a
            alpha = total[3] / (SAMPLES * SAMPLES)
            if total[3]:
                row += bytes(round(c / total[3]) for c in total[:3])
            else:
                row += bytes(3)
            row.append(round(alpha))
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def svg():
    def points(page):
        return " ".join(f"{x * 100:g},{y * 100:g}" for x, y in page)

    pages = "".join(f'<polygon points="{points(p)}"/>' for p in PAGES)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="{RADIUS * 100:g}" fill="#0969da"/>'
        f'<g fill="#fff">{pages}</g></svg>\n'
    )


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        (OUT / name).write_bytes(draw(size, maskable))
        print(f"wrote {OUT / name}")
    (OUT / "icon.svg").write_text(svg())
    print(f"wrote {OUT / 'icon.svg'}")


if __name__ == "__main__":
    main()
