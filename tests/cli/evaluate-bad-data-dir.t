# A knowledge file that fails to load stops the command with its position.
$ tpath evaluate --data-dir tests/data/bad-kb docs/examples/demo-0001.yaml
--- stderr
tests/data/bad-kb/timeline.yaml:9:34: 'scale_preference': unknown scale 'phq-10'
--- status
3
