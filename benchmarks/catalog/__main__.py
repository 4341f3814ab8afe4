from benchmarks.catalog.run import main

raise SystemExit(main())
