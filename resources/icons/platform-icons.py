#!/usr/bin/env python3
"""Makes the Windows and macOS icons from the PNGs beside this script, with nothing but Python 3:
protocol-desk.ico (16, 32, 48, 64, 128 and 256 px) for the .msi and protocol-desk.icns (16-256 px) for the .dmg.
Both formats may hold PNG images as they are (ICO since Windows Vista, ICNS since OS X 10.7), so no pixel is
re-encoded. Run it after changing the PNGs (they come from protocol-desk.svg) and commit what it writes:
    python3 resources/icons/platform-icons.py
"""
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 64, 128, 256)
# ICNS types that hold a PNG of the given width.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def png(size):
    return (HERE / f"protocol-desk-{size}.png").read_bytes()


def ico():
    header = struct.pack("<HHH", 0, 1, len(SIZES))
    offset = len(header) + 16 * len(SIZES)
    entries, images = b"", b""
    for size in SIZES:
        data = png(size)
        # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns():
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    (HERE / "protocol-desk.ico").write_bytes(ico())
    (HERE / "protocol-desk.icns").write_bytes(icns())
