/*
 * result_int.h - the result shared by the evaluation files: a typed model
 * (tp_typed) that the evaluators fill and the JSON writer, the CSV row and
 * the typed readers of tpath.h read, and the trace, still a jansson array
 * (filled only with --explain).
 */
#ifndef TPATH_RESULT_INT_H
#define TPATH_RESULT_INT_H

#include <jansson.h>

#include "tpath_int.h"

/* A dose of a drug trial as result/1 writes it. */
typedef struct tp_dose_rec {
	const char *date; /* as the trial's start */
	double mg;
	int at_dose; /* at the therapeutic dose: 1, 0, -1 cannot be judged */
} tp_dose_rec;

/* A trial as the result holds it: the public fields (tpath.h), then the
 * rest of result/1's trial object, written from here (result.c) in the
 * order of result-format.md.  NULL strings, NAN numbers and -1 indexes are
 * written as null. */
typedef struct tp_trial_rec {
	tpath_trial pub;
	bool is_drug;
	const char *kind; /* an intervention's kind, or NULL (no key) */
	const char *judged_until;
	double judged_weeks;
	long judged_until_by;
	const char *regimen_outcome;
	/* a drug's only (no keys for an intervention) */
	double min_dose;
	const char *dose_source, *dose_unit, *adherence;
	bool dose_optimized;
	tp_dose_rec *doses;
	size_t ndoses;
	double current_mg; /* the dose taken on as_of while ongoing (the
			      last step on or before it), or NAN; not in
			      result/1 (the reports' summary reads it) */
	/* both */
	const char *stop_reason, *baseline_date, *latest_date;
	bool in_episode;
	long line, adds_to;
	double response_at_most;
} tp_trial_rec;

/* result.episode, result.guideline, result.measures, result.scales and
 * result.provenance as the result holds them (written by result.c; NULL
 * strings, NAN numbers and -1 counts as null). */
typedef struct tp_episode_rec {
	const char *start;
	double weeks;
	long months;
	const char *severity;
	long prior_episodes;
} tp_episode_rec;

typedef struct tp_guideline_rec {
	bool none; /* no guideline loaded: id, version, title, source only */
	const char *id, *version, *title, *source, *publisher, *url, *trd;
	long year;
	double adequacy_min_weeks;
} tp_guideline_rec;

/* One of result.position.decision_points. */
typedef struct tp_point_rec {
	const char *id, *label, *from, *date, *until, *state;
	double at_week, until_week;
	bool reached;
} tp_point_rec;

typedef struct tp_measure_rec {
	const char *date, *scale;
	long score, line;
} tp_measure_rec;

typedef struct tp_scale_rec {
	const char *id, *title, *remission_source, *remission_reason;
	long min, max, remission_at_most;
	double response_pct, partial_pct;
	bool provisional; /* remission_status and remission_reason written */
} tp_scale_rec;

typedef struct tp_file_rec {
	const char *kind, *id, *version;
	bool builtin;
	const char **defines; /* NULL: no key */
	size_t ndefines;
} tp_file_rec;

typedef struct tp_override_rec {
	const char *name;
	double value;
} tp_override_rec;

typedef struct tp_provenance_rec {
	const char *knowledge;
	tp_file_rec *files;
	size_t nfiles;
	tp_override_rec *overrides;
	size_t noverrides;
	bool data_dir;
} tp_provenance_rec;

/* A recommendation as the result holds it: the public fields, then its
 * option_details and removed_options (written by result.c). */
typedef struct tp_option_rec {
	const char *name, *tried, *note; /* NULL: null */
	long line;			 /* -1: null */
	double max_mg;			 /* NAN: null */
	long washout_days;		 /* -1: null */
} tp_option_rec;

typedef struct tp_removed_rec {
	const char *name, *reason, *source;
} tp_removed_rec;

typedef struct tp_rec_rec {
	tpath_recommendation pub;
	const char *status_reason; /* with pub.status */
	tp_option_rec *details;	   /* pub.noptions of them */
	tp_removed_rec *removed;   /* pub.nremoved */
} tp_rec_rec;

/* The typed reading of a result (model.c): made with the result, read
 * only afterwards. */
typedef struct tp_typed {
	tp_arena arena;
	const char *history, *as_of, *guideline;
	const char *guideline_trd; /* the id of the guideline's definition */
	bool relative_days; /* days are numbers, not "YYYY-MM-DD" */
	tp_episode_rec episode;
	tp_guideline_rec guideline_rec;
	tp_measure_rec *measures;
	size_t nmeasures;
	tp_scale_rec *scales;
	size_t nscales;
	tp_provenance_rec provenance;
	tpath_position position;
	tp_point_rec *points;
	size_t npoints;
	tp_trial_rec *trials;
	size_t ntrials;
	tpath_trd_verdict *trd;
	size_t ntrd;
	const tpath_trd_verdict *own_trd;
	tpath_staging *staging;
	size_t nstaging;
	tp_rec_rec *recs;
	size_t nrecs;
	tpath_warning *warnings;
	size_t nwarnings, capwarnings;
} tp_typed;

/* n entries of sz bytes in m's arena, zeroed, each starting with its
 * size (the public structs do), or NULL when memory runs out; and a copy
 * of s there (NULL stays NULL; *bad set when memory runs out), so that a
 * result's strings are its own and it may outlive its knowledge base. */
void *tp_typed_entries(tp_typed *m, size_t n, size_t sz);
const char *tp_typed_strdup(tp_typed *m, const char *s, bool *bad);

/* Appends a warning to the result being built (model.c): its strings are
 * copied into the result.  0 or TPATH_ENOMEM. */
int tp_result_warn(tp_eval *ev, const char *code, const char *severity,
		   const char *message, const char *source, const char *rule);


struct tpath_result {
	json_t *trace; /* result.trace: entries only with --explain */
	tp_allocator al; /* the history's, which allocated this */
	tp_typed model;
};

/* Fill ev->model's trd and staging; trace entries go to trace. */
int tp_eval_trd(tp_eval *ev, json_t *trace);
int tp_eval_staging(tp_eval *ev, json_t *trace);
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
/* Warnings and trace entries from the safety tables: combinations taken
 * together, washouts not kept, doses above this patient's label ceiling. */
int tp_safety_table_warnings(tp_eval *ev, const tp_fact_env *env,
			     json_t *trace);

/* A day of the history as the result writes it ("YYYY-MM-DD", or the day
 * number as text), copied into the result (*bad set when memory runs
 * out). */
const char *tp_day_text(tp_eval *ev, int32_t day, bool *bad);


/* The decision-support notice every result carries (result.notice). */
extern const char tp_result_notice[];

/* The CSV row of a result (malloc'd, CRLF-ended; csv.c), or NULL. */
char *tp_csv_row(const tpath_result *r);

/* The text report of a result object (malloc'd), or NULL. */
char *tp_report_text(const tpath_result *r, bool explain, bool color);

#endif
