/*
 * factdefs.c - the vocabulary of the condition language: every named fact
 * with its type, the context it is defined in and its documentation
 * (docs/guideline-format.md).  judge/facts.c computes their values.
 */
#include "load/load.h"
#include "load/facts.h"

#define H TP_CTX_HISTORY
#define C TP_CTX_COURSE
#define P TP_CTX_PAIR
const tp_fact_def tp_facts[] = {
	{ "current.exists", TP_T_BOOL, H,
	  "there is an antidepressant trial in the episode" },
	{ "current.ongoing", TP_T_BOOL, H, "the current trial is still taken" },
	{ "current.drug", TP_T_STR, H,
	  "the current trial: the newest antidepressant trial (monotherapy "
	  "or switch) started in the episode" },
	{ "current.class", TP_T_STR, H, "its drug class (SSRI, SNRI, ...)" },
	{ "current.role", TP_T_STR, H, "its role" },
	{ "current.line", TP_T_NUM, H,
	  "its CANMAT 2023 line of treatment (Table 3.3)" },
	{ "current.weeks", TP_T_NUM, H,
	  "its length in weeks: from its start to its stop, or to as_of "
	  "while ongoing" },
	{ "current.weeks_at_dose", TP_T_NUM, H,
	  "weeks at or above the minimum therapeutic dose" },
	{ "current.dose", TP_T_NUM, H, "the latest daily dose" },
	{ "current.min_dose", TP_T_NUM, H, "the catalog's minimum dose" },
	{ "current.max_dose", TP_T_NUM, H, "the catalog's usual maximum" },
	{ "current.at_therapeutic_dose", TP_T_BOOL, H,
	  "the latest dose is at or above the minimum therapeutic dose" },
	{ "current.at_max_dose", TP_T_BOOL, H,
	  "the latest dose is at or above the usual maximum" },
	{ "current.dose_raised", TP_T_BOOL, H,
	  "the dose was raised during the trial" },
	{ "current.scale", TP_T_STR, H, "the scale its scores are on" },
	{ "current.baseline", TP_T_NUM, H, "the baseline score" },
	{ "current.latest", TP_T_NUM, H, "the latest score" },
	{ "current.improvement_pct", TP_T_NUM, H,
	  "(baseline - latest) / baseline x 100" },
	{ "current.outcome", TP_T_STR, H,
	  "remission, response, partial-response, nonresponse, intolerance, "
	  "too-early or unknown" },
	{ "current.remission", TP_T_BOOL, H,
	  "the latest score is within the scale's remission cut-off" },
	{ "current.response", TP_T_BOOL, H,
	  "outcome is response or remission" },
	{ "current.tolerated", TP_T_BOOL, H,
	  "false when stopped for intolerance or marked troublesome, true "
	  "when marked tolerated, else unknown" },
	{ "current.adherence", TP_T_STR, H, "full, partial, poor or unknown" },
	{ "current.adequate", TP_T_BOOL, H,
	  "adequate under the guideline's adequacy rule" },
	{ "current.augmented", TP_T_BOOL, H,
	  "an augmentation or combination course is taken alongside it" },
	{ "current.stop_reason", TP_T_STR, H, "why it stopped, if it did" },
	{ "current.weeks_since_dose_change", TP_T_NUM, H,
	  "weeks since its dose was last changed (or since it started)" },
	{ "current.ceiling", TP_T_NUM, H,
	  "this patient's maximum daily dose of its drug: the lowest label "
	  "ceiling of safety/1 that applies, else the upper end of the "
	  "catalog range" },
	{ "current.at_ceiling", TP_T_BOOL, H,
	  "the latest dose is at or above this patient's maximum" },
	{ "previous.exists", TP_T_BOOL, H,
	  "there was an antidepressant trial before the current one" },
	{ "previous.drug", TP_T_STR, H, "the trial before the current one" },
	{ "previous.class", TP_T_STR, H, "its class" },
	{ "previous.outcome", TP_T_STR, H, "its outcome" },
	{ "previous.weeks", TP_T_NUM, H, "its length in weeks" },
	{ "previous.stop_reason", TP_T_STR, H, "why it stopped" },
	{ "episode.weeks", TP_T_NUM, H, "weeks since the episode started" },
	{ "episode.months", TP_T_NUM, H,
	  "completed months (30.4375 days) since the episode started" },
	{ "episode.severity", TP_T_STR, H, "the baseline severity" },
	{ "episode.prior_episodes", TP_T_NUM, H, "earlier episodes" },
	{ "episode.trials", TP_T_NUM, H,
	  "antidepressant trials (monotherapy or switch) in the episode" },
	{ "episode.adequate_trials", TP_T_NUM, H,
	  "those adequate under the guideline's adequacy rule" },
	{ "episode.failed_trials", TP_T_NUM, H,
	  "failed adequate trials under the guideline's TRD definition" },
	{ "episode.failed_classes", TP_T_NUM, H,
	  "drug classes among those failures" },
	{ "episode.trd", TP_T_BOOL, H,
	  "the guideline's TRD definition is met" },
	{ "episode.steps", TP_T_NUM, H,
	  "treatment steps in the episode: distinct start days of drug "
	  "courses and psychotherapy" },
	{ "episode.psychotherapy_alone_steps", TP_T_NUM, H,
	  "steps that were psychotherapy with no antidepressant taken" },
	{ "episode.augmented", TP_T_BOOL, H,
	  "an augmentation or combination was used in the episode" },
	{ "episode.ect", TP_T_BOOL, H, "ECT was used in the episode" },
	{ "episode.psychotherapy", TP_T_BOOL, H,
	  "psychotherapy was used in the episode" },
	{ "episode.in_remission", TP_T_BOOL, H,
	  "the latest score on the current trial's scale is within the "
	  "remission cut-off" },
	{ "episode.remission_weeks", TP_T_NUM, H,
	  "weeks since the scores entered remission (the current run)" },
	{ "patient.age", TP_T_NUM, H, "age in years (90: 90 or older)" },
	{ "patient.sex", TP_T_STR, H, "female, male, other or unknown" },
	{ "last_step.weeks", TP_T_NUM, H,
	  "the length in weeks of the latest treatment step (a drug course "
	  "or psychotherapy) of the episode: from its start to its stop, or "
	  "to as_of while it goes on.  A step added to a treatment that "
	  "continues (an augmentation, a combination, psychotherapy added "
	  "to a drug) is timed from its own start" },
	{ "last_step.ongoing", TP_T_BOOL, H, "that step is still going on" },
	{ "last_step.psychotherapy", TP_T_BOOL, H,
	  "that step is psychotherapy" },
	{ "last_step.drug", TP_T_STR, H,
	  "that step's drug (unknown for psychotherapy)" },
	{ "last_step.role", TP_T_STR, H,
	  "its role: monotherapy, switch, augmentation, combination, ..." },
	{ "last_step.scale", TP_T_STR, H,
	  "the scale of the scores that judge the step on its own: the "
	  "baseline is the last score on or before its start" },
	{ "last_step.latest", TP_T_NUM, H,
	  "the latest score since the step started" },
	{ "last_step.remission", TP_T_BOOL, H,
	  "that latest score is within the scale's remission cut-off" },
	{ "last_step.outcome", TP_T_STR, H,
	  "the step's own outcome, judged from its start (words of "
	  "current.outcome)" },
	{ "last_step.tolerated", TP_T_BOOL, H,
	  "as current.tolerated, for the step's own course" },
	{ "last_step.stop_reason", TP_T_STR, H,
	  "why the step stopped, if it did" },
	{ "last_step.at_therapeutic_dose", TP_T_BOOL, H,
	  "the step's latest dose is at or above its minimum therapeutic "
	  "dose (the adjunct row for an augmentation); unknown for "
	  "psychotherapy" },
	{ "last_step.at_max_dose", TP_T_BOOL, H,
	  "the step's latest dose is at or above the usual maximum of the "
	  "row used" },
	{ "last_step.at_ceiling", TP_T_BOOL, H,
	  "the step's latest dose is at or above this patient's maximum of "
	  "its drug (as current.at_ceiling)" },
	{ "course.drug", TP_T_STR, C, "each drug course in turn" },
	{ "course.class", TP_T_STR, C, "its class" },
	{ "course.kind", TP_T_STR, C,
	  "antidepressant, augmenting-agent or both" },
	{ "course.role", TP_T_STR, C, "its role" },
	{ "course.ongoing", TP_T_BOOL, C, "still taken at as_of" },
	{ "course.max_dose", TP_T_NUM, C, "its highest daily dose" },
	{ "course.usual_max", TP_T_NUM, C,
	  "the catalog's usual maximum for the row used" },
	{ "course.high_max", TP_T_NUM, C,
	  "the catalog's CPS 2023 high-dose maximum" },
	{ "course.label_max", TP_T_NUM, C, "the catalog's label maximum" },
	{ "course.weeks_since_stop", TP_T_NUM, C,
	  "weeks from its stop to as_of (unknown while ongoing)" },
	{ "course.ceiling", TP_T_NUM, C,
	  "this patient's maximum daily dose of its drug (as current.ceiling)" },
	{ "course.with_mood_stabilizer", TP_T_BOOL, C,
	  "a drug of safety/1 group mood-stabilizers (a course or a "
	  "concomitant medicine) is taken with it on as_of; unknown when the "
	  "safety file has no such group" },
	{ "change.kind", TP_T_STR, H,
	  "the latest change of antidepressant treatment up to as_of: start, "
	  "stop, switch (the stop of one antidepressant and the start of "
	  "another within the timeline's cross_taper_days before it or "
	  "same_regimen_days after it), dose-increase or dose-decrease" },
	{ "change.weeks", TP_T_NUM, H, "weeks from that change to as_of" },
	{ "change.drug", TP_T_STR, H,
	  "the drug it changed (for a switch: the drug started)" },
	{ "start_stop.kind", TP_T_STR, H,
	  "the latest start, stop or switch of an antidepressant up to as_of, "
	  "read as change.kind but with dose changes left out: start, stop "
	  "or switch" },
	{ "start_stop.weeks", TP_T_NUM, H, "weeks from it to as_of" },
	{ "start_stop.drug", TP_T_STR, H,
	  "the drug it started or stopped (for a switch: the drug started)" },
	{ "a.drug", TP_T_STR, P,
	  "the earlier-started course of each pair of drug courses" },
	{ "a.class", TP_T_STR, P, "its class" },
	{ "a.kind", TP_T_STR, P, "its kind" },
	{ "b.drug", TP_T_STR, P, "the later-started course of the pair" },
	{ "b.class", TP_T_STR, P, "its class" },
	{ "b.kind", TP_T_STR, P, "its kind" },
	{ "pair.gap_days", TP_T_NUM, P,
	  "days from a's stop to b's start (unknown when they overlap)" },
	{ "pair.overlap", TP_T_BOOL, P, "a was still taken when b started" },
};
#undef H
#undef C
#undef P
const size_t tp_nfacts = TP_ARRAY_LEN(tp_facts);
/* The table is indexed by the enum: one row per id, in its order. */
_Static_assert(TP_ARRAY_LEN(tp_facts) == F_PAIR_OVERLAP + 1,
	       "tp_facts and its enum differ");
