"""Writes fixtures/random/: seeded random trees of flex, block and inline-block boxes. They are not
one-behaviour fixtures; they exist to find interactions the hand-named ones miss. Each file is
reproducible from its seed (random_tree_seed_<n>), so a failure can be reduced to a named fixture."""
import random

from fixturekit import div, fixture

G = 'random'


def length(r, allow_percent=True, allow_auto=True):
    k = r.random()
    if allow_auto and k < 0.35:
        return None
    if allow_percent and k < 0.5:
        return f'{r.choice([10, 25, 33, 50, 75, 100])}%'
    return f'{r.choice([0, 5, 10, 20, 30, 40, 50, 60, 80, 100, 120])}px'


def style(r, depth, parent_is_flex):
    decl = []
    container = depth < 3 and r.random() < 0.7
    if container:
        kind = r.choice(['flex', 'flex', 'flex', 'block'])
        if kind == 'flex':
            decl.append('display: flex')
            decl.append('flex-direction: ' + r.choice(['row', 'row', 'column', 'row-reverse', 'column-reverse']))
            if r.random() < 0.4:
                decl.append('flex-wrap: ' + r.choice(['wrap', 'wrap-reverse']))
            if r.random() < 0.5:
                decl.append('justify-content: ' + r.choice(['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly']))
            if r.random() < 0.5:
                decl.append('align-items: ' + r.choice(['flex-start', 'flex-end', 'center', 'stretch', 'baseline']))
            if r.random() < 0.3:
                decl.append('align-content: ' + r.choice(['flex-start', 'flex-end', 'center', 'stretch', 'space-between']))
            if r.random() < 0.3:
                decl.append(f'gap: {r.choice([0, 5, 10])}px {r.choice([0, 5, 10])}px')
    for prop in ['width', 'height']:
        v = length(r)
        if v is None and not container and r.random() < 0.6:
            v = f'{r.choice([10, 20, 30, 40, 60])}px'
        if v is not None:
            decl.append(f'{prop}: {v}')
    for prop in ['min-width', 'max-width', 'min-height', 'max-height']:
        if r.random() < 0.12:
            decl.append(f'{prop}: {r.choice([10, 30, 50, 80])}px')
    if parent_is_flex:
        if r.random() < 0.5:
            decl.append(f'flex-grow: {r.choice([0, 1, 2])}')
        if r.random() < 0.3:
            decl.append(f'flex-shrink: {r.choice([0, 1, 3])}')
        if r.random() < 0.25:
            decl.append('flex-basis: ' + r.choice(['0px', '20px', '50%', 'auto']))
        if r.random() < 0.15:
            decl.append('align-self: ' + r.choice(['flex-start', 'center', 'flex-end', 'stretch']))
        if r.random() < 0.1:
            decl.append(f'order: {r.choice([-1, 1, 2])}')
    if r.random() < 0.3:
        decl.append('margin: ' + ' '.join(r.choice(['0', '5px', '10px', 'auto' if parent_is_flex else '3px']) for _ in range(4)))
    if r.random() < 0.3:
        decl.append('padding: ' + ' '.join(r.choice(['0', '4px', '8px']) for _ in range(4)))
    if r.random() < 0.15:
        decl.append('border: 2px solid black')
    if r.random() < 0.1:
        decl.append('box-sizing: border-box')
    return '; '.join(decl) + (';' if decl else ''), container, 'display: flex' in decl


def tree(r, depth, parent_is_flex):
    s, container, is_flex = style(r, depth, parent_is_flex)
    children = []
    if container:
        children = [tree(r, depth + 1, is_flex) for _ in range(r.randint(1, 4))]
    return div(s, *children)


for seed in range(1, 81):
    r = random.Random(seed)
    s, _, is_flex = style(r, 0, False)
    root = div('display: flex; width: 300px; ' + ('flex-wrap: wrap;' if r.random() < 0.3 else ''),
               *[tree(r, 1, True) for _ in range(r.randint(1, 4))])
    fixture(G, f'random_tree_seed_{seed:03d}', root)
