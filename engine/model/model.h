/*
 * model.h - the model layer: the result as the judges fill it, a typed model
 * (tp_typed) that the evaluators fill and the JSON writer, the CSV row and
 * the typed readers of tpath.h read, and the trace, still a jansson array
 * (filled only with --explain).
 */
#ifndef TPATH_MODEL_H
#define TPATH_MODEL_H

#include <jansson.h>

#include "base/base.h"

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
	/* The first day its clock reads at_week or more (the point is
	 * reached), and the first day it reads more than until_week (the
	 * window has passed): the days the walk adds (tpath_walk). */
	int32_t at_day, past_day;
} tp_point_rec;

typedef struct tp_measure_rec {
	const char *date, *scale;
	long score, line;
} tp_measure_rec;

/* A scale's severity band (vocabulary.yaml): scores from `from` up to
 * the next band's less one. */
typedef struct tp_band_rec {
	long from;
	const char *label;
} tp_band_rec;

typedef struct tp_scale_rec {
	const char *id, *title, *remission_source, *remission_reason;
	long min, max, remission_at_most;
	double response_pct, partial_pct;
	bool provisional; /* remission_status and remission_reason written */
	/* severity bands and their citation: not in result/1 (the HTML
	 * report shades them); nbands 0 when the scale has none */
	tp_band_rec *bands;
	size_t nbands;
	const char *bands_source;
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

struct tpath_result {
	json_t *trace; /* result.trace: entries only with --explain */
	tp_allocator al; /* the history's, which allocated this */
	tp_typed model;
};

#endif /* TPATH_MODEL_H */
