"The serving modules must import without TensorFlow, pandas, Keras or the [scale] extra (Dask, fsspec, pyarrow): the lean `pip install hwchar`."
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('tensorflow', 'keras', 'pandas', 'keras_tuner', 'matplotlib', 'seaborn', 'dask', 'distributed', 'fsspec', 'pyarrow'):
            raise ImportError(f"{name} is blocked: the lean install has no {name}")
sys.meta_path.insert(0, _Block())
import hwchar.core, hwchar.frontend.normalize, hwchar.frontend.locate, hwchar.read.runtime, hwchar.read.segment
mods = ['hwchar.core', 'hwchar.frontend.normalize', 'hwchar.frontend.locate', 'hwchar.read.runtime', 'hwchar.read.segment']
for m in ('hwchar.read.ctc', 'hwchar.read.predict', 'hwchar.serve.app', 'hwchar.bench.reload', 'hwchar.serve.batch', 'hwchar.data.samples', 'hwchar.cli'):
    try: __import__(m); mods.append(m)
    except ModuleNotFoundError as e:
        if e.name != m: raise
print("lean check: imported without TensorFlow/pandas:", ', '.join(mods))
