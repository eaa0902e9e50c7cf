"""Regenerates the fixture HTML files of every group. Then run `node generate.mjs` for expectations."""
import fixturekit
import make_flex  # noqa: F401  (each module writes its group on import)
import make_block  # noqa: F401
import make_float  # noqa: F401
import make_position  # noqa: F401
import make_inline  # noqa: F401
import make_random  # noqa: F401

print(f'wrote {fixturekit.count()} fixtures')
