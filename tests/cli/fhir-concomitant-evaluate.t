# Concomitant medicines imported from FHIR (fhir-concomitant.t) are
# checked by the safety rules: linezolid (an MAOI by action) with
# sertraline, with methylphenidate and with tramadol are critical warnings
# (safety.yaml, MAOI contraindications, clinical reference section 12).
# The tramadol fill's supply ended 2025-02-19, within the gap rule's 30
# days of as_of (2025-03-10), so it counts as still taken.
$ tpath evaluate --from fhir tests/fhir/shapes/concomitant.json 2>/dev/null | grep -A1 '^  critical'
--- stdout
  critical serotonergic-combination: linezolid and sertraline are taken
  together: an MAO inhibitor is contraindicated with sertraline (serotonin
--
  critical serotonergic-combination: linezolid and methylphenidate are taken
  together: an MAO inhibitor is contraindicated with methylphenidate
