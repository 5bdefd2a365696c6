__version__ = "0.3.0"

import os as _os
_os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')   # TensorFlow's C++ logs (absl I0000/W0000/E0000 lines, oneDNN and CPU notes) stay out of the library's, notebooks' and tests' output; set it lower to see them

# The names people import from the top level, by wing (front end, reading, data, serving). They load on first use,
# so `import hwchar` stays light: the lean serving install has no TensorFlow, and the CLI starts fast.
_PUBLIC = dict(normalize='frontend.normalize', prepare='frontend.normalize', ImageError='frontend.normalize',
               Recognizer='read.predict', compile_pattern='read.patterns', PatternError='read.patterns',
               compile_lexicon='read.lexicon', LexiconError='read.lexicon',
               sample_char='data.samples', sample_line='data.samples', sample_field='data.samples',
               sample_comb='data.samples', sample_cheque='data.samples',
               create_app='serve.app', batch_predict='serve.batch')
__all__ = ['__version__', *_PUBLIC]

def __getattr__(name):
    if name in _PUBLIC:
        import importlib
        return getattr(importlib.import_module(f'{__name__}.{_PUBLIC[name]}'), name)
    raise AttributeError(f"module 'hwchar' has no attribute {name!r}")

def __dir__(): return sorted(set(globals()) | set(_PUBLIC))
