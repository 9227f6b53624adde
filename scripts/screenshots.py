"""Screenshots of the report (index.html in headless Chromium at 1400x900, the busiest actor clicked) and copies
of graph.png for docs/, from builds of the seeds and of the development corpus:

    kg build seeds/ --out /tmp/seedsout && kg build ../shared/dev/docs --out /tmp/devout
    python scripts/screenshots.py seeds=/tmp/seedsout dev=/tmp/devout
    # -> docs/report-seeds.png, docs/graph-seeds.png, docs/report-dev.png, docs/graph-dev.png
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Chromium driver the report tests use

from chromium_cdp import Chromium, find_chromium

WIDTH, HEIGHT = 1400, 900
BUSIEST = "kgCy.nodes(':visible').max((n) => n.degree()).ele.id()"
CENTRE = """(() => {{ const p = kgCy.getElementById({node!r}).renderedPosition();
  const box = document.getElementById('cy').getBoundingClientRect(); return [p.x + box.left, p.y + box.top]; }})()"""


def shoot(out: Path, png: Path, chromium: str) -> None:
    with Chromium(chromium, WIDTH, HEIGHT) as browser:
        browser.goto((out / "index.html").resolve().as_uri())
        browser.wait_for("window.kgReady === true")
        browser.click(*browser.evaluate(CENTRE.format(node=browser.evaluate(BUSIEST))))
        browser.wait_for("!!document.querySelector('#details .relation')")
        browser.evaluate("kgCy.elements().removeClass('hover') && 0")  # the click's pointer hovers the actor
        time.sleep(0.5)  # the selection highlight and the hover labels paint on the next frames
        browser.screenshot(png)


def main(pairs: list[str]) -> None:
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("chromium not found (Debian: apt-get install chromium)")
    for pair in pairs:
        name, _, folder = pair.partition("=")
        out = Path(folder)
        shoot(out, ROOT / "docs" / f"report-{name}.png", chromium)
        shutil.copyfile(out / "graph.png", ROOT / "docs" / f"graph-{name}.png")
        print(f"docs/report-{name}.png, docs/graph-{name}.png from {out}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["seeds=out"])
