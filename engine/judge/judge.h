/*
 * judge.h - the judge layer: a history evaluated under the knowledge base,
 * trial by trial (timeline.c), the named facts rules read (facts.c) and
 * their conditions (eval.c), TRD and staging (resistance.c), the safety
 * tables asked of this history (safety.c), the pathway and its options
 * (pathway.c, options.c), filling the typed result (model/model.h) that
 * tpath_evaluate (evaluate.c) returns; and the walk (walk.c).
 */
#ifndef TPATH_JUDGE_H
#define TPATH_JUDGE_H

#include "load/load.h"
#include "model/model.h"

struct tp_fact_env; /* facts.c */

/* ---- timeline.c: facts about each trial ---- */

typedef enum tp_outcome {
	TP_OUT_REMISSION,
	TP_OUT_RESPONSE,
	TP_OUT_PARTIAL,
	TP_OUT_NONRESPONSE,
	TP_OUT_RELAPSE,
	TP_OUT_INTOLERANCE,
	TP_OUT_TOO_EARLY,
	TP_OUT_UNKNOWN
} tp_outcome;
extern const char *const tp_outcome_words[];

typedef struct tp_trial {
	const tp_course *course;
	int role;	    /* tp_role */
	bool role_inferred;
	int32_t start, end; /* end: the stop, or as_of while ongoing */
	bool ongoing;
	double weeks;
	/* The judgement window: the course's own outcome and adequacy use
	 * [start, judge_end]; judge_end is end, or the day another treatment
	 * was added while it continued (has_judged_until). */
	int32_t judge_end;
	bool has_judged_until;
	/* The course stopped within its window (not after an addition): only
	 * then does its stop_reason say how the course itself went. */
	bool stopped_in_window;
	/* With a judgement window: the outcome of the whole course, additions
	 * included (how the regimen is doing, for guideline rules); else NULL. */
	const struct tp_trial *regimen;
	/* The trial whose start closed the window, or -1. */
	long judged_until_by;
	double judged_weeks;
	double judged_max_mg; /* highest dose in the window, < 0: none */
	bool dose_unknown;    /* a drug course without recorded doses */
	bool has_pdc;
	double pdc; /* proportion of the window's days covered by fills */
	/* The dose row used to judge the dose, and its minimum; dose_issue
	 * says why the dose cannot be judged (then min_dose < 0). */
	const tp_dose_range *dose_row;
	bool per_kg; /* the row is per kg of body weight: no dose compares */
	double min_dose;
	const char *dose_issue;
	double weeks_at_dose; /* < 0 when the dose cannot be judged */
	double max_mg;	      /* < 0 for interventions */
	bool optimized;	      /* the dose was raised during the course */
	const tp_scale *scale;
	const tp_measure *baseline, *latest;
	bool has_improvement;
	double improvement; /* percent */
	tp_outcome outcome;
	bool in_episode; /* started on or after the episode's start */
	bool is_drug, antidepressant_kind;
	/* For an augmentation or combination: the antidepressant trial it
	 * was added to (the latest one taken on its start), or -1. */
	long adds_to;
} tp_trial;

typedef struct tp_warning {
	const char *code;
	const char *severity; /* info, warning, critical */
	char *message;
	const char *source;
} tp_warning;

typedef struct tp_eval {
	tp_arena arena;
	const tpath_kb *kb;
	const struct tp_guideline *guideline; /* NULL: none loaded */
	bool trace; /* fill the result's trace */
	const tpath_history *h;
	int32_t as_of;
	tp_trial *trials; /* in start order */
	size_t ntrials;
	tp_warning *warnings;
	size_t nwarnings, capwarnings;
	/* The typed result being built (model/model.h), whose arena holds
	 * what the result keeps. */
	struct tp_typed *model;
} tp_eval;

/* The facts a rule reads, for one evaluation and one rule context. */
typedef struct tp_fact_env {
	tp_eval *ev;
	const double *params; /* the guideline's parameter values */
	double adequacy_weeks; /* the guideline's adequacy rule */
	const tp_trial *current, *previous;
	const tp_trial *last_step; /* the latest step of the episode */
	const tp_trial *course; /* `for: courses` */
	const tp_trial *a, *b;	/* `for: pairs` */
	/* Episode facts, computed once per evaluation. */
	double failed, failed_classes, adequate, trials, steps, pt_alone;
	bool trd, augmented, ect, psychotherapy;
	tp_value in_remission, remission_weeks;
	/* The latest change of antidepressant treatment (change.*), and
	 * the latest start, stop or switch (start_stop.*). */
	const char *change_kind; /* NULL: none */
	int32_t change_day;
	const tp_drug *change_drug;
	const char *move_kind; /* NULL: none */
	int32_t move_day;
	const tp_drug *move_drug;
} tp_fact_env;

/* ---- timeline.c (continued) ---- */

/* Fills ev->trials from the history as of ev->as_of. */
int tp_timeline_build(tp_eval *ev, tpath_error *err);

/* Adequacy of a drug trial for a minimum week count; on false, *why (when
 * why is not NULL) is a short phrase, arena-allocated. */
bool tp_trial_adequate(tp_eval *ev, const tp_trial *t, double min_weeks,
		       const char **why);
/* The same under a failure rule's adherence and fills requirements (rule
 * NULL: the timeline's): 1 adequate, 0 not adequate, -1 undetermined (the
 * dose was not recorded or cannot be judged, and nothing else makes the
 * trial inadequate). */
int tp_trial_adequacy(tp_eval *ev, const tp_trial *t, double min_weeks,
		      const tp_failure_rule *rule, const char **why);
int tp_warn(tp_eval *ev, const char *code, const char *severity,
	    const char *source, const char *fmt, ...) TP_PRINTF(5, 6);
/* Orders pointers to measures by day, then file position (qsort). */
int tp_cmp_measure_ptr(const void *a, const void *b);
/* The relapse cut-off of scale s (timeline.yaml relapse.at_least), or
 * NULL when the scale has none. */
const tp_param *tp_relapse_cut_off(const tp_timeline_rules *r,
				   const tp_scale *s);
/* The daily dose taken at the trial's end (as_of while ongoing); < 0
 * when no dose was recorded. */
double tp_trial_last_dose(const tp_trial *t);

/* ---- facts.c: the values of the named facts ---- */

tp_value tp_fact_value(const tp_fact_env *env, int fact);
/* Fills the episode facts of env for guideline g (NULL: the first TRD
 * definition and the timeline's adequacy). */
int tp_fact_env_init(tp_fact_env *env, tp_eval *ev,
		     const struct tp_guideline *g, const double *params);

/* ---- eval.c: conditions evaluated, three-valued ---- */

/* Evaluates e; the result is a boolean, or unknown. */
tp_value tp_expr_eval(const tp_expr *e, const struct tp_fact_env *env);
/* The facts e reads, with their values, as a JSON object (for the trace);
 * returns NULL when out of memory.  (json_t, kept opaque here.) */
void *tp_expr_facts_json(const tp_expr *e, const struct tp_fact_env *env);

/* ---- safety.c: the safety tables asked of this history ---- */

/* A drug taken over [start, end]: a drug course (trial set) or a
 * concomitant medicine started by as_of (trial NULL); ongoing: still
 * taken on as_of (end is then as_of for a concomitant medicine). */
typedef struct tp_exposure {
	const tp_drug *drug;
	const tp_trial *trial;
	int32_t start, end;
	bool ongoing;
} tp_exposure;
/* Fills x (room for ev->ntrials + ev->h->nconcomitant) with the drugs
 * of the history, courses first; returns how many. */
size_t tp_exposures(const tp_eval *ev, tp_exposure *x);
/* Drug d is taken on day (a drug course, or a concomitant medicine). */
bool tp_taking_on(const tp_eval *ev, const tp_drug *d, int32_t day);
/* This patient's ceiling for d (the adjunct row's range when adjunct and
 * no label ceiling applies); out->known false when there is none. */
int tp_ceiling_of(const tp_fact_env *env, const tp_drug *d, bool adjunct,
		  tp_ceiling *out);

/* Warnings and trace entries from the safety tables: combinations taken
 * together, washouts not kept, doses above this patient's label ceiling. */
int tp_safety_table_warnings(tp_eval *ev, const tp_fact_env *env,
			     json_t *trace);

/* ---- resistance.c: TRD definitions and staging models ---- */

/* Counts failed adequate trials under a failure rule (resistance.c). */
size_t tp_count_failed(tp_eval *ev, const tp_failure_rule *r,
		       size_t *classes);

/* Fill ev->model's trd and staging; trace entries go to trace. */
int tp_eval_trd(tp_eval *ev, json_t *trace);
int tp_eval_staging(tp_eval *ev, json_t *trace);

/* ---- pathway.c, options.c: position, recommendations, options ---- */

/* Position, recommendations, guideline and safety warnings (g may be
 * NULL: safety rules only). */
int tp_eval_pathway(tp_eval *ev, const tp_guideline *g,
		    const char *const *overrides, json_t *trace,
		    tpath_error *err);

/* The sentence saying which catalog rows rule r offers ("From the
 * catalog: its first-line antidepressant rows, leaving out the classes
 * tried in this episode (SSRI, SNRI)."), or NULL when it has no options_from or
 * memory ran out. */
const char *tp_options_from_text(tp_eval *ev, const tp_grule *r,
				 const tp_fact_env *env);
/* The options of recommendation rule r, fired under env, checked against
 * the safety tables (options.c): fills rec's options, details and removed
 * options (in the result's arena); *at_ceiling 1 when r raises a dose
 * already at this patient's maximum, 2 when the dose is above it.
 * Returns 1 when every option r named was removed, 0, or TPATH_ENOMEM. */
int tp_rule_options(tp_eval *ev, const tp_grule *r, const tp_fact_env *env,
		    tp_rec_rec *rec, int *at_ceiling);

/* ---- evaluate.c: tpath_evaluate filling the model ---- */

/* Appends a warning to the result being built (evaluate.c): its strings are
 * copied into the result.  0 or TPATH_ENOMEM. */
int tp_result_warn(tp_eval *ev, const char *code, const char *severity,
		   const char *message, const char *source, const char *rule);

/* A day of the history as the result writes it ("YYYY-MM-DD", or the day
 * number as text), copied into the result (*bad set when memory runs
 * out). */
const char *tp_day_text(tp_eval *ev, int32_t day, bool *bad);

#endif /* TPATH_JUDGE_H */
