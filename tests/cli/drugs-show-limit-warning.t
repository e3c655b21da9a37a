# A dose limit whose warning has severity "warning" reads "above it:
# warning CODE", not "warning warning CODE" (mirtazapine, 45 mg/day from
# its label); a critical one reads "critical warning CODE" (drugs-show.t).
$ tpath drugs mirtazapine | grep 'dose limit'
--- stdout
  dose limit: 45 mg/day, every patient [4]; above it: warning dose-above-ceiling
