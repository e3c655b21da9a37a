# A scale's severity bands (vocabulary/1 `severity`, engine/load/vocab.c):
# ascending, within the scale's range, named once each (case ignored),
# not blank, 1 to 8 of them, citing a listed source; each broken file is
# reported at its position and the built-in vocabulary (PHQ-9's Kroenke
# 2001 bands) loads.
$ tpath validate tests/data/vocab-bands/descending.yaml tests/data/vocab-bands/duplicate-case.yaml tests/data/vocab-bands/duplicate-label.yaml tests/data/vocab-bands/empty-label.yaml tests/data/vocab-bands/missing-label.yaml tests/data/vocab-bands/no-bands.yaml tests/data/vocab-bands/out-of-range.yaml tests/data/vocab-bands/unknown-source.yaml guidelines/vocabulary.yaml
--- stdout
guidelines/vocabulary.yaml: ok (vocabulary/1)
--- stderr
tests/data/vocab-bands/descending.yaml:19:18: 'from': 5 is not above the band before it (10); list bands in ascending order
tests/data/vocab-bands/duplicate-case.yaml:19:29: band label 'Mild' repeats 'mild' (case is ignored)
tests/data/vocab-bands/duplicate-label.yaml:19:29: band label 'mild' repeats 'mild' (case is ignored)
tests/data/vocab-bands/empty-label.yaml:19:29: 'label' is empty
tests/data/vocab-bands/missing-label.yaml:18:11: missing required key 'label' in a severity band
tests/data/vocab-bands/no-bands.yaml:17:14: 'bands' holds 0; give 1 to 8
tests/data/vocab-bands/out-of-range.yaml:19:18: 'from': 30 is out of range (0 to 27)
tests/data/vocab-bands/unknown-source.yaml:16:15: 'source': 'kroenke-2002' is not an id in 'sources'
--- status
3