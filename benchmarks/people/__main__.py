from benchmarks.people.run import main

raise SystemExit(main())
