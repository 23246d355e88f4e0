"""``python -m evoladder_dev`` is ``evoladder-dev``."""

import sys

from evoladder_dev.cli import main

sys.exit(main())
