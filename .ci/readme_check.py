"""Run the README's shell examples as written, in a scratch folder, and check what their comments promise.

Each ```sh block runs in one bash process (`set -e`: a failing command fails the block). Where a `hwchar read` or
`hwchar predict` line's comment starts with the file it reads (`# line.png  HEY 42 ...`), the reading after the
file name must appear in what the command printed. Blocks that need what a test machine does not have (a Dask
cluster, S3, hours of training, JupyterLab, pip) are listed in SKIP with the reason. Usage: `python .ci/readme_check.py`."""
import re, shlex, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = {'pip install': 'the install itself (CI does it)', 'jupyter lab': 'starts JupyterLab', 'nbdev_test': 'the test suite (CI runs it)',
        '--scheduler tcp://HOST': 'needs a Dask cluster and S3', 'hwchar train --recipe v3 --prepare-only': 'hours of training', 'hwchar train-lines --run lines2 --prepare-only': 'hours of training',
        'python .ci/docs_check.py': 'the docs check (CI runs it)', 'hwchar runs': 'lists this machine\'s runs (state outside the checkout)'}

def blocks(text:str) -> list:
    return re.findall(r'^```sh\n(.*?)^```', text, re.M | re.S)

def expectation(line:str):
    "The reading a `hwchar read/predict FILE ...  # FILE  READING ...` line promises, else None."
    m = re.match(r'\s*hwchar (?:read|predict) (\S+).*?#\s*(\S+)\s{2,}(.+?)(?:\s{2,}|$)', line)
    if m and m.group(1) == m.group(2) and not m.group(3).startswith(('...', '{')): return m.group(3).strip()

def script(block:str) -> str:
    out = ['set -e', "trap 'kill $(jobs -p) 2>/dev/null || true' EXIT"]
    for i, line in enumerate(block.splitlines()):
        if not line.strip() or line.lstrip().startswith('#'): continue
        want = expectation(line)
        if want is None: out.append(line); continue
        cmd = line.split('#')[0].rstrip()
        out.append(f'o=$({cmd}); echo "$o"; case "$o" in *{shlex.quote(want)}*) ;; *) echo "README promised {want!r}" >&2; exit 3;; esac')
    return '\n'.join(out) + '\n'

def main():
    text = (ROOT/'README.md').read_text(); failed = 0
    with tempfile.TemporaryDirectory() as d:
        d = Path(d); (d/'hwchar').symlink_to(ROOT/'hwchar')      # `cp hwchar/models/* served/` is written for a clone's root
        for k, b in enumerate(blocks(text), 1):
            why = next((w for key, w in SKIP.items() if key in b), None)
            head = b.strip().splitlines()[0][:70]
            if why: print(f"block {k}: skipped ({why}): {head}"); continue
            r = subprocess.run(['bash', '-c', script(b)], cwd=d, capture_output=True, text=True, timeout=600)
            ok = r.returncode == 0; failed += not ok
            print(f"block {k}: {'ok' if ok else 'FAILED (exit %d)' % r.returncode}: {head}")
            if not ok: print('   ' + (r.stdout[-1500:] + r.stderr[-1500:]).replace('\n', '\n   '))
    print(f"readme check: {failed} block(s) failed")
    sys.exit(1 if failed else 0)

if __name__ == '__main__': main()
