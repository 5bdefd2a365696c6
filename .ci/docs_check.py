"Build the docs site's inputs the way `nbdev_docs` does, minus Quarto: sidebar, module index, processed notebooks."
from pathlib import Path
import sys
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.serve import proc_nbs
import nbdev.doclinks

cfg = get_config()
refresh_quarto_yml()
nbdev.doclinks._build_modidx()
nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
nbs = sorted(p.name for p in Path(cfg.nbs_path).glob('*.ipynb'))
missing = [n for n in nbs if not (cache/n).exists()]
if missing: sys.exit(f"docs check: these notebooks did not render: {missing}")
if 'index.ipynb' not in nbs: sys.exit("docs check: nbs/index.ipynb (the home page) is missing")
print(f"docs check: {len(nbs)} notebooks processed into {cache}; run `nbdev_docs` with Quarto installed to build the site")
