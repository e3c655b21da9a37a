# A CDS Hooks request built from an eCQM CMS128 test case (a desipramine
# fill, a diagnosis of severe depression with psychotic features) by
# tests/serve/request.py: the cards for where the patient sits, what to
# consider and the warnings, each citing its source.
$ sh tests/serve/run.sh cms128
--- stdout
POST /cds-services/tpath-depression-pathway: 200
{
 "cards": [
  {
   "summary": "First antidepressant trial (assess), week 11.9 as of 2025-03-25; TRD not met: 0 of 2 failed adequate trials",
   "detail": "**Where the patient sits** under CANMAT 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults (`canmat-2023`), as of 2025-03-25.\n\n- Step: First antidepressant trial (`first-trial`); status: assess\n- Current trial: desipramine, week 11.9\n- Treatment-resistant depression by the guideline's definition (Two or more failed adequate antidepressant trials): not met, 0 failed adequate trials, 2 needed [Gaynes 2020 (Depress Anxiety 37:134); AHRQ 2018; CANMAT 2023 Q.7.b]\n- Trials in this episode: 1\n  - desipramine (TCA), 11.9 weeks, ongoing; adequate: not judged (dose not recorded); outcome: unknown\n- From the prefetched FHIR data: 1 drug course, 0 procedures, 0 scores; 0 records left out (not mapped)\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "info",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "Consider: augment - atypical antipsychotic added to the antidepressant",
   "detail": "**augment**: atypical antipsychotic added to the antidepressant\n\nSevere episode with psychotic features: CANMAT's treatment is an antidepressant with an atypical antipsychotic (Table 3.1); on an antidepressant alone, that means adding one. Table 3.1 names no drug or dose for it, and Table 7.2's adjunct doses are for depression without psychosis, so none is offered here.\n\nEncoding status: provisional.\n\nRule `psychotic-add-antipsychotic` (line 216 of the guideline file); source: CANMAT 2023 Q.3.a, Table 3.1.\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "info",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "Consider: neuromodulation - ECT",
   "detail": "**neuromodulation**: ECT\n\nECT is first line for severe episodes with psychotic features.\n\nRule `psychotic-ect` (line 224 of the guideline file); source: CANMAT 2023 Q.8, Table 8.3.\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "info",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "the history has no rating-scale scores: response and remission cannot be judged, only dose and duration",
   "detail": "the history has no rating-scale scores: response and remission cannot be judged, only dose and duration (`no-measures`)\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "warning",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  }
 ]
}
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
