"""Tiny helpers to write layout fixtures: one HTML file per behaviour, named like a sentence.

Used by make_*.py in this folder. A fixture is the #test-root div and its descendants; every box
gets its style inline (the test runner parses only inline styles), the page only resets body margin.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), 'fixtures')

TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body {{ margin: 0; }}</style>
</head>
<body>
{body}
</body>
</html>
"""

_written = {}


def div(style='', *children, tag='div'):
    return (tag, style, list(children))


def span(style='', *children):
    return ('span', style, list(children))


def _render(node, indent, is_root=False):
    tag, style, children = node
    attrs = ' id="test-root"' if is_root else ''
    if style:
        attrs += f' style="{style}"'
    pad = '  ' * indent
    if not children:
        return f'{pad}<{tag}{attrs}></{tag}>'
    inner = '\n'.join(_render(c, indent + 1) for c in children)
    return f'{pad}<{tag}{attrs}>\n{inner}\n{pad}</{tag}>'


def fixture(group, name, root):
    """Writes fixtures/<group>/<name>.html. The title is the name as a sentence."""
    assert name.replace('_', '').isalnum() and name == name.lower(), name
    key = (group, name)
    assert key not in _written, f'duplicate fixture {key}'
    _written[key] = True
    path = os.path.join(FIXTURES, group, name + '.html')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = TEMPLATE.format(title=name.replace('_', ' '), body=_render(root, 0, True))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def count():
    return len(_written)
