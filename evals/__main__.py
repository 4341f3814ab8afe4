"""`python -m evals --cases evals/cases --backend rules --json out.json`: see `evals.runner`."""

import sys

from evals.runner import main

sys.exit(main())
