# Found in review: a supply that runs out is not a stop only while no other
# drug's course starts after it.  Sertraline fills (supply to 2025-03-01),
# escitalopram from 2025-03-02, as_of 2025-03-31: a switch (sertraline
# stops on 2025-03-01), not escitalopram added to an ongoing sertraline.
$ tpath import fhir tests/fhir/review/b_switch.json 2>/dev/null | sed -n '/^treatments:/,/^measures:/p' | grep -E '^- drug|^  (start|stop):'
--- stdout
- drug: escitalopram
  start: 2025-03-02
- drug: sertraline
  start: 2025-01-01
  stop: 2025-03-01
