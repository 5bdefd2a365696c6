"The package's import graph, every import (module level and inside functions): no circle, and no wing imports one above it."
import ast, graphlib, sys
from pathlib import Path
PKG = Path(__file__).resolve().parents[1]/'hwchar'
# the wings, bottom first: a module may import from its own wing or any below it, never above
WINGS = ['core', 'frontend', 'read', 'data', 'train', 'serve', 'bench', 'cli']

def modname(p): return '.'.join(p.relative_to(PKG).with_suffix('').parts)
def imports(p):
    "The hwchar modules `p` imports, wherever in the file."
    me = modname(p).split('.'); out = set()
    for n in ast.walk(ast.parse(p.read_text())):
        if isinstance(n, ast.ImportFrom) and n.module:
            if n.level: base = me[:len(me) - n.level]; m = '.'.join(base + n.module.split('.'))
            elif n.module.startswith('hwchar.'): m = n.module[7:]
            else: continue
            out.add(m)
        elif isinstance(n, ast.Import):
            out |= {a.name[7:] for a in n.names if a.name.startswith('hwchar.')}
    return out

mods = {modname(p): p for p in PKG.rglob('*.py') if p.name not in ('__init__.py', '_modidx.py')}
graph = {m: {i for i in imports(p) if i in mods and i != m} for m, p in mods.items()}
wing = lambda m: WINGS.index(m.split('.')[0])
bad = [f"{m} imports {i}" for m in graph for i in graph[m] if wing(i) > wing(m)]

try: graphlib.TopologicalSorter(graph).prepare(); c = None
except graphlib.CycleError as e: c = e.args[1]       # the circle, its first module repeated at the end
if bad or c:
    sys.exit("layout check: " + '; '.join(bad + ([' -> '.join(c) + ' (a circle)'] if c else [])))
print(f"layout check: {len(mods)} modules in {len(set(m.split('.')[0] for m in mods))} wings, no circle, no import against the wings' order")
