"""Build the docs site's inputs the way `nbdev_docs` does, minus Quarto: sidebar, module index, processed notebooks; then count the figures.
`python .ci/docs_check.py --sidebar` rewrites `nbs/sidebar.yml` from the folders (run it after adding or renaming a notebook)."""
from pathlib import Path
import json, sys, yaml
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml
from nbdev.serve import proc_nbs
import nbdev.doclinks

MIN_FIGURES = 40
# the sidebar follows the folders: tutorials, explanations, then the API by wing, bottom first (`settings.ini` has custom_sidebar = True)
WINGS = [('frontend', 'Front end'), ('data', 'Data'), ('train', 'Training'), ('read', 'Reading'), ('serve', 'Serving and scale'), ('bench', 'Benchmarks')]

def sidebar(nbs:Path) -> str:
    files = lambda d: sorted(str(p.relative_to(nbs)) for p in (nbs/d).glob('*.ipynb'))
    api = files('api')    # 00_core first, 90_cli last
    contents = ['index.ipynb', dict(section='Tutorials', contents=files('tutorials')), dict(section='Explanations', contents=files('explanations')),
                dict(section='API', contents=api[:1] + [dict(section=t, contents=files(f'api/{w}')) for w, t in WINGS] + api[1:])]
    return yaml.dump({'website': {'sidebar': {'contents': contents}}}, sort_keys=False)

def listed(node) -> set:
    if isinstance(node, str): return {node}
    if isinstance(node, dict): return set().union(*(listed(v) for v in node.values()))
    if isinstance(node, list): return set().union(*(listed(v) for v in node)) if node else set()
    return set()

def figures(nb:Path) -> int:
    cells = json.loads(nb.read_text())['cells']
    return sum(any(k.startswith('image/') for k in o.get('data', {})) for c in cells for o in c.get('outputs', []))

cfg = get_config(); nbs = Path(cfg.nbs_path)
want = sidebar(nbs)
if '--sidebar' in sys.argv: (nbs/'sidebar.yml').write_text(want); print('wrote', nbs/'sidebar.yml')
if (nbs/'sidebar.yml').read_text() != want: sys.exit("docs check: nbs/sidebar.yml does not follow the folders; run `python .ci/docs_check.py --sidebar` and commit it")
all_nbs = sorted(str(p.relative_to(nbs)) for p in nbs.rglob('*.ipynb') if not any(q.startswith(('_', '.')) for q in p.relative_to(nbs).parts))
unlisted = set(all_nbs) - listed(yaml.safe_load(want))
if unlisted: sys.exit(f"docs check: notebooks outside the sidebar's folders: {sorted(unlisted)}")
refresh_quarto_yml()
nbdev.doclinks._build_modidx()
cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
missing = [n for n in all_nbs if not (cache/n).exists()]
if missing: sys.exit(f"docs check: these notebooks did not render: {missing}")
if 'index.ipynb' not in all_nbs: sys.exit("docs check: nbs/index.ipynb (the home page) is missing")
per = {n: figures(cache/n) for n in all_nbs}
n_fig = sum(per.values())
print(f"docs check: {len(all_nbs)} notebooks processed into {cache}, {n_fig} figures "
      f"({', '.join(f'{k} {v}' for k, v in per.items() if v)}); run `nbdev_docs` with Quarto installed to build the site")
if n_fig < MIN_FIGURES: sys.exit(f"docs check: the docs hold {n_fig} figures, fewer than {MIN_FIGURES}: save the notebooks with their outputs")
