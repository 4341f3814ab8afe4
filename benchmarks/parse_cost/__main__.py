from benchmarks.parse_cost.run import main

raise SystemExit(main())
