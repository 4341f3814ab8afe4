from benchmarks.load.run import main

raise SystemExit(main())
