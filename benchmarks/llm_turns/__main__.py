"""`python -m benchmarks.llm_turns`: rules vs hybrid on dialogues with an adversarial model."""

from benchmarks.llm_turns.run import main

raise SystemExit(main())
