__version__ = "0.2.0"

import os as _os
_os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')   # TensorFlow's C++ logs (absl I0000/W0000/E0000 lines, oneDNN and CPU notes) stay out of the library's, notebooks' and tests' output; set it lower to see them
