"""Draw RecordCheck's app icon and write it in every format the platforms want.

Why a script and not a designer's file: the icon must be reproducible from the repository
(no binary of unknown origin), and changing a colour must be a one-line diff. The design: a
deep blue rounded square (the app's colour), a white ring with a red recording dot — "we
record" — and a white check mark across its lower right — "and we checked that we may".

Output (committed; regenerate with ``python packaging/icons/make_icons.py``):
  packaging/icons/recordcheck.ico       Windows exe and installer (16–256 px)
  packaging/icons/recordcheck.icns      macOS app bundle (16–1024 px)
  packaging/icons/recordcheck-1024.png  the master, for stores and the README
  resources/icons/recordcheck.png       256 px, for the window icon (Qt)
Needs Pillow (the build extra pins it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MASTER = 1024
SUPERSAMPLE = 4  # draw 4× larger, then shrink: smooth edges without anti-aliasing support

BLUE = (23, 78, 128, 255)
WHITE = (255, 255, 255, 255)
RED = (214, 48, 49, 255)
SHADOW = (10, 40, 70, 255)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = MASTER) -> Image.Image:
    """The icon at ``size`` pixels, drawn in coordinates of a 1024-pixel canvas."""
    big = size * SUPERSAMPLE
    unit = big / MASTER
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * unit), round(y0 * unit), round(x1 * unit), round(y1 * unit))

    # macOS-style margins: the square fills ~80 % of the canvas.
    pen.rounded_rectangle(box(100, 100, 924, 924), radius=round(185 * unit), fill=BLUE)
    # The recording symbol: a white ring around a red dot, slightly up and left.
    pen.ellipse(box(190, 190, 730, 730), outline=WHITE, width=round(56 * unit))
    pen.ellipse(box(330, 330, 590, 590), fill=RED)
    # The check mark, with a dark edge so it reads where it crosses the ring.
    check = [(520, 700), (640, 815), (860, 520)]
    points = [(round(x * unit), round(y * unit)) for x, y in check]
    for colour, width in ((SHADOW, 150), (WHITE, 96)):  # the edge first, then the mark on it
        pen.line(points, fill=colour, width=round(width * unit))
        radius = width / 2
        for x, y in check:  # round caps and a round joint
            pen.ellipse(box(x - radius, y - radius, x + radius, y + radius), fill=colour)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_all(
    packaging_icons: Path = HERE, resources_icons: Path = ROOT / "resources" / "icons"
) -> list[Path]:
    """Write every icon file; returns their paths."""
    packaging_icons.mkdir(parents=True, exist_ok=True)
    resources_icons.mkdir(parents=True, exist_ok=True)
    master = draw(MASTER)
    written = []

    target = packaging_icons / "recordcheck-1024.png"
    master.save(target, optimize=False)
    written.append(target)

    target = resources_icons / "recordcheck.png"
    draw(256).save(target, optimize=False)
    written.append(target)

    target = packaging_icons / "recordcheck.ico"
    # Small sizes are drawn at their own size (not shrunk from 1024) so they stay crisp.
    frames = [draw(s) for s in ICO_SIZES]
    frames[-1].save(
        target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1]
    )
    written.append(target)

    target = packaging_icons / "recordcheck.icns"
    master.save(target, format="ICNS")
    written.append(target)
    return written


def main() -> int:
    for path in write_all():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
