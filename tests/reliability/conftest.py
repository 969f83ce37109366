"""Hypothesis profiles for the reliability tests, and the figures they report at the end of a run.

``ci`` (chosen when CI=true, as in ``.ci/run``) is derandomised so a CI run is reproducible; ``dev``
explores new examples each run. Neither has a deadline: a database call's time varies with the
machine's load, which says nothing about correctness. ``HYPOTHESIS_PROFILE`` overrides the choice.

``EXAMPLES`` is how many calls each service fuzz test makes (the CLI input tests make a multiple):
fewer in ``ci``, whose examples are the same every run (derandomised), to keep the suite within its time
budget; more in ``dev``, where every run explores new ones. ``FUZZ_EXAMPLES`` sets it for a long hunt.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dev", deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
settings.load_profile(PROFILE)
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or (30 if PROFILE == "ci" else 50))

# Printed at the end of the run by tests/conftest.py (which also gathers them from xdist workers).
FIGURES: list[str] = []
