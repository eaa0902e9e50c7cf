#!/usr/bin/env python3
"""Generates conformance/text/expected.json from conformance/text/cases.json with headless
Chromium (the machine's /usr/bin/chromium; never a downloaded browser).

    python3 conformance/text/tools/generate.py [--chromium /usr/bin/chromium]

Every case becomes three divs in one page (lang zh-CN, device scale factor 1, or the case's
"ratio": one page and one Chromium run per ratio, with --force-device-scale-factor): one of the case's
width with its style (for line count, line widths and height), one at width: min-content and one
at width: max-content. A script in the page measures them once laid out and writes JSON into the
DOM, which `--dump-dom` returns; the page needs no network and no DevTools client. `--dump-dom`
lays the page out in a window at least 500 px wide, which does not matter here: every div has an
explicit width.

The first baseline comes from an empty probe beside the case in a flex row with
align-items: baseline. Line widths come from Range.getClientRects() over the div's text, grouped into lines by
vertical overlap (spans of different sizes have different tops); lines a line clamp hides (at or
below the div's bottom) are not counted.
"""
import argparse
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.dirname(HERE)
GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


def css(style, width, sizing=None):
    fams = ", ".join(f if f in GENERIC else "'" + f + "'" for f in style["fontFamily"])
    out = [f"font-family: {fams}", f"font-size: {style['fontSize']}px",
           f"font-weight: {style.get('fontWeight', 400)}",
           f"font-style: {'italic' if style.get('italic') else 'normal'}"]
    lh = style.get("lineHeight")
    out.append("line-height: " + ("normal" if lh is None else
                                  str(lh["number"]) if "number" in lh else f"{lh['px']}px"))
    out.append(f"letter-spacing: {style.get('letterSpacing', 0)}px")
    out.append(f"word-spacing: {style.get('wordSpacing', 0)}px")
    out.append(f"text-indent: {style.get('textIndent', 0)}px")
    out.append(f"white-space: {style.get('whiteSpace', 'normal')}")
    out.append(f"word-break: {style.get('wordBreak', 'normal')}")
    out.append(f"overflow-wrap: {style.get('overflowWrap', 'normal')}")
    out.append(f"text-align: {style.get('textAlign', 'left')}")
    if sizing:
        out.append(f"width: {sizing}")
        return "; ".join(out)
    out.append(f"width: {width}px")
    if style.get("lineClamp"):
        out += ["display: -webkit-box", "-webkit-box-orient: vertical",
                f"-webkit-line-clamp: {style['lineClamp']}", "overflow: hidden"]
    if style.get("ellipsis"):
        out += ["overflow: hidden", "text-overflow: ellipsis"]
    return "; ".join(out)


def inline_css(o):
    """CSS for a span's own properties (the rest it inherits from the case's div)."""
    out = []
    if "fontFamily" in o:
        out.append("font-family: " + ", ".join(f if f in GENERIC else "'" + f + "'" for f in o["fontFamily"]))
    if "fontSize" in o:
        out.append(f"font-size: {o['fontSize']}px")
    if "fontWeight" in o:
        out.append(f"font-weight: {o['fontWeight']}")
    if "italic" in o:
        out.append("font-style: " + ("italic" if o["italic"] else "normal"))
    if "letterSpacing" in o:
        out.append(f"letter-spacing: {o['letterSpacing']}px")
    if "wordSpacing" in o:
        out.append(f"word-spacing: {o['wordSpacing']}px")
    if "lineHeight" in o:
        lh = o["lineHeight"]
        out.append("line-height: " + (str(lh["number"]) if "number" in lh else f"{lh['px']}px"))
    return "; ".join(out)


def content(c):
    """The case's inner HTML: its text, or one span per run with the run's own style."""
    if "runs" not in c:
        return html.escape(c["text"])
    return "".join(f'<span style="{inline_css(r["style"])}">{html.escape(r["text"])}</span>' for r in c["runs"])


SCRIPT = r"""
const r64 = (v) => Math.round(v * 64) / 64;
function measure(el) {
  const box = el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(el);
  // Spans of different sizes on one line have different tops: a rectangle joins the line whose
  // vertical extent holds its centre.
  const rects = [...range.getClientRects()]
    .filter((r) => !(r.width === 0 && r.height === 0) && r.top < box.bottom - 0.5)  // clamp hides the rest
    .sort((a, b) => a.top - b.top);
  const found = [];
  for (const r of rects) {
    const centre = (r.top + r.bottom) / 2;
    let line = found.find((l) => centre >= l.top && centre <= l.bottom);
    if (!line) {
      line = { top: r.top, bottom: r.bottom, left: Infinity, right: -Infinity };
      found.push(line);
    }
    line.top = Math.min(line.top, r.top);
    line.bottom = Math.max(line.bottom, r.bottom);
    line.left = Math.min(line.left, r.left);
    line.right = Math.max(line.right, r.right);
  }
  const lines = found.sort((a, b) => a.top - b.top).map((l) => r64(l.right - l.left));
  return { height: r64(box.height), lines };
}
const out = [];
for (const el of document.querySelectorAll('div.case')) {
  const m = measure(el);
  out.push({
    name: el.dataset.name,
    height: m.height,
    lineCount: m.lines.length,
    lineWidths: m.lines,
    width: m.lines.length ? Math.max(...m.lines) : 0,
    baseline: r64(document.getElementById(el.id + '-base').getBoundingClientRect().top - el.getBoundingClientRect().top),
    minContent: r64(document.getElementById(el.id + '-min').getBoundingClientRect().width),
    maxContent: r64(document.getElementById(el.id + '-max').getBoundingClientRect().width),
  });
}
document.getElementById('out').textContent = JSON.stringify(out);
"""


def page(cases):
    parts = ['<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>',
             'body { margin: 0 } div.probe { float: left; clear: both }</style></head><body>']
    for i, c in enumerate(cases):
        t = content(c)
        # The case sits in a baseline-aligned flex row with an empty probe: the probe's top is
        # then the case's first baseline (CSS Flexbox §8.3), without touching its line breaking.
        parts.append('<div style="display: flex; align-items: baseline">')
        parts.append(f'<div class="case" id="c{i}" data-name="{c["name"]}" style="{css(c["style"], c["width"])}">{t}</div>')
        parts.append(f'<div id="c{i}-base" style="width: 0; height: 0"></div></div>')
        parts.append(f'<div class="probe" id="c{i}-min" style="{css(c["style"], 0, "min-content")}">{t}</div>')
        parts.append(f'<div class="probe" id="c{i}-max" style="{css(c["style"], 0, "max-content")}">{t}</div>')
        parts.append('<div style="clear: both"></div>')
    parts.append(f'<pre id="out"></pre><script>{SCRIPT}</script></body></html>')
    return "\n".join(parts)


def run(chromium, cases, ratio):
    """Lays out one page of cases at device scale factor ratio; their measurements, in order."""
    tmp = tempfile.mkdtemp(prefix="sparrow-text-chromium-")
    try:
        path = os.path.join(tmp, "cases.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(cases))
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--force-device-scale-factor={ratio}", "--hide-scrollbars",
               f"--user-data-dir={os.path.join(tmp, 'profile')}", "--dump-dom", "file://" + path]
        dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    start = dom.index('<pre id="out">') + len('<pre id="out">')
    return json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    if not os.path.exists(args.chromium):
        sys.exit(f"{args.chromium} is missing: apt-get install -y chromium (never download a browser)")
    with open(os.path.join(SUITE, "cases.json"), encoding="utf-8") as f:
        cases = json.load(f)
    # A real device scale factor changes layout (Blink zooms by it and rounds font metrics in device
    # px), so cases with a "ratio" are laid out by a Chromium run at that factor.
    results = [None] * len(cases)
    for ratio in sorted({c.get("ratio", 1) for c in cases}):
        indices = [i for i, c in enumerate(cases) if c.get("ratio", 1) == ratio]
        for i, r in zip(indices, run(args.chromium, [cases[i] for i in indices], ratio)):
            results[i] = r
    version = subprocess.run([args.chromium, "--version"], capture_output=True, text=True).stdout.strip()
    doc = {"generator": "conformance/text/tools/generate.py", "chromium": version, "cases": results}
    with open(os.path.join(SUITE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"expected.json: {len(results)} cases from {version}")


if __name__ == "__main__":
    main()
