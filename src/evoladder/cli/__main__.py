"""``python -m evoladder.cli``: the same as the ``evoladder`` console script."""

import sys

from evoladder.cli import main

sys.exit(main())
