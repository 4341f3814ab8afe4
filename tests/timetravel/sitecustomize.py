"""`make test-time-travel`: moves this process's wall clock (never its monotonic clock) to TIMETRAVEL_TO.

Python loads this at start-up from PYTHONPATH, so every Python process the suite starts travels too. The value
is an ISO instant (`2027-02-10T03:50:00+08:00`) or a day offset from the real now (`+45d`); the clock ticks on.
"""

import os

_DEST = os.environ.get("TIMETRAVEL_TO", "")  # not DINGK3_*: the tests strip those from the processes they start
if _DEST:
    import time
    from datetime import datetime

    import time_machine

    if _DEST.endswith("d") and _DEST[:-1].lstrip("+-").isdigit():
        _target: float | datetime = time.time() + int(_DEST[:-1]) * 86400
    else:
        _target = datetime.fromisoformat(_DEST)
    time_machine.travel(_target, tick=True).start()
