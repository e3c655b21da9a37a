# A CDS Hooks request built from a Synthea patient (a sertraline order among
# nine medicines the catalog does not know, 176 Observations of which none
# is a PHQ-9): the cards, and the count of records left out.
$ sh tests/serve/run.sh synthea
--- stdout
POST /cds-services/tpath-depression-pathway: 200
{
 "cards": [
  {
   "summary": "First antidepressant trial (starting), week 0.0 as of 1978-10-03; TRD not met: 0 of 2 failed adequate trials",
   "detail": "**Where the patient sits** under CANMAT 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults (`canmat-2023`), as of 1978-10-03.\n\n- Step: First antidepressant trial (`first-trial`); status: starting\n- Current trial: sertraline, week 0.0\n- Decision point: early-improvement-window (next)\n- Treatment-resistant depression by the guideline's definition (Two or more failed adequate antidepressant trials): not met, 0 failed adequate trials, 2 needed [Gaynes 2020 (Depress Anxiety 37:134); AHRQ 2018; CANMAT 2023 Q.7.b]\n- Trials in this episode: 1\n  - sertraline (SSRI), 0.0 weeks, ongoing; adequate: no (only 0.0 weeks); outcome: too-early\n- From the prefetched FHIR data: 1 drug course, 0 procedures, 0 scores; 9 records left out (not mapped)\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "info",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "No active depression diagnosis in the data: check the diagnosis before reading the pathway",
   "detail": "**From the EHR data:** no depression diagnosis on or before as_of: the episode starts at the first treatment or score.\n\nThe other cards read the treatment as that of a major depressive episode; they do not apply as they stand if that is not the diagnosis.\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "warning",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "Consider: continue. Too early to judge improvement; measure with a validated scale every 2-4 weeks.",
   "detail": "**continue**\n\nToo early to judge improvement; measure with a validated scale every 2-4 weeks.\n\nRule `too-early-continue` (line 244 of the guideline file); source: CANMAT 2023 Q.5.c.\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
   "indicator": "info",
   "source": {
    "label": "tpath: canmat-2023",
    "url": "https://doi.org/10.1177/07067437241245384"
   }
  },
  {
   "summary": "latest start or stop (start, sertraline) 0.0 weeks ago: monitor suicidality closely in the first 4 weeks after starting or stopping an...",
   "detail": "latest start or stop (start, sertraline) 0.0 weeks ago: monitor suicidality closely in the first 4 weeks after starting or stopping an antidepressant (`suicidality-monitoring`)\n\nSource: CANMAT 2023 Q.3.h.\n\n_Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient._",
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
