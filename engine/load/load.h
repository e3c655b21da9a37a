/*
 * load.h - the load layer: YAML bytes to a tree of positioned nodes
 * (yaml.c, the only file that sees libyaml), strict walking of that tree
 * against static tables (schema.c), and the loaders that build immutable
 * objects in an arena owned by each loaded object: the drug catalog,
 * vocabulary, timeline/TRD/staging rules, the condition language, guideline
 * and safety files, the FHIR code maps, the knowledge base and histories.
 */
#ifndef TPATH_LOAD_H
#define TPATH_LOAD_H

#include "base/base.h"

/* ---- yaml.c: YAML bytes to a positioned node tree ---- */

typedef enum tp_node_kind {
	TP_SCALAR,
	TP_MAPPING,
	TP_SEQUENCE
} tp_node_kind;

typedef struct tp_node tp_node;
struct tp_node {
	tp_node_kind kind;
	unsigned line, column; /* 1-based */
	/* Scalars: the text (NUL-terminated, may contain NUL when quoted
	 * escapes put one there: len is the truth) and whether it was written
	 * plain (unquoted, not a block scalar). */
	const char *text;
	size_t len;
	bool plain;
	char style; /* 0 plain, '\'' or '"' quoted, '|' or '>' block */
	/* Mappings: n key/value pairs in keys[]/values[].  Sequences: n items
	 * in values[]. */
	size_t n;
	tp_node **keys;
	tp_node **values;
};

typedef struct tp_limits {
	size_t max_bytes;
	unsigned max_depth;
	size_t max_nodes;
	unsigned line_base; /* added to every line: first_line - 1 */
	size_t max_treatments, max_measures, max_condition;
	size_t max_fills; /* in all the courses of one history */
	size_t max_concomitant;
} tp_limits;

void tp_limits_from_options(tp_limits *l, const tpath_load_options *opts);

/* Parses exactly one YAML document of len bytes into *root, allocating in
 * arena.  Refuses anchors, aliases, explicit tags, non-scalar keys, empty
 * input and more than one document, and enforces limits.  Returns 0 or a
 * negative tpath_code with err filled (source name). */
int tp_yaml_parse(tp_node **root, tp_arena *arena, const char *buf, size_t len,
		  const char *name, const tp_limits *limits, tpath_error *err);

/* Writes a JSON object (json_t *, a tree of objects, arrays, strings,
 * numbers, booleans) as a block-style YAML document in *out (malloc'd).
 * Strings that a strict reader would take for a number, boolean or null
 * are quoted. */
int tp_yaml_emit_json(char **out, const void *json);

/* ---- schema.c: strict walking of the node tree ---- */

/* The errors of a document read on after an invalid part (validation). */
typedef struct tp_errs {
	tpath_error_fn each; /* may be NULL */
	void *ud;
	size_t n;	  /* errors passed on so far */
	tpath_error first; /* the first of them */
} tp_errs;

typedef struct tp_ctx {
	const char *source; /* name for error messages */
	tpath_error *err;
	tp_arena *arena;
	const struct tp_limits *limits; /* NULL: the defaults */
	/* The knowledge base is the built-in one alone, which the build
	 * loaded and checked whole (engine/tools/embed.c): checks that
	 * depend on its files only (a name used twice, an option's text
	 * naming a drug) need not run again. */
	bool prechecked;
	/* NULL: stop at the first error.  Set (a history being validated,
	 * err not NULL): tp_go_on passes an invalid part's error on and the
	 * loader reads on. */
	tp_errs *errs;
} tp_ctx;

/* Kind a field's value must have. TP_ANY_SCALAR accepts any scalar and
 * leaves its type to a getter below. */
typedef enum tp_field_kind {
	TP_F_SCALAR,
	TP_F_MAPPING,
	TP_F_SEQUENCE,
	TP_F_ANY
} tp_field_kind;

typedef struct tp_field {
	const char *key;
	tp_field_kind kind;
	bool required;
} tp_field;

/* Checks that node is a mapping whose keys all appear in fields[0..n):
 * unknown keys (with the closest allowed key suggested), duplicate keys (at
 * the second one), values of the wrong kind (at the value) and missing
 * required keys (at the mapping) are errors.  what names the record in
 * messages ("a drug course").  On success values[i] is the value node of
 * fields[i] or NULL when absent. */
int tp_map_check(tp_ctx *c, const tp_node *node, const char *what,
		 const tp_field *fields, size_t n, const tp_node **values);

/* A key of another mapping that may be written in this one by mistake
 * ('flags' at the top of a history, for 'patient: {flags: ...}'). */
typedef struct tp_moved {
	const char *key, *under;
} tp_moved;

/* tp_map_check, where a key of moved[0..nmoved) is an error at the key that
 * says where it belongs ("it belongs under 'patient:'"). */
int tp_map_check_moved(tp_ctx *c, const tp_node *node, const char *what,
		       const tp_field *fields, size_t n,
		       const tp_node **values, const tp_moved *moved,
		       size_t nmoved);


/* Error at a node's position. */
int tp_fail(tp_ctx *c, const tp_node *at, const char *fmt, ...)
	TP_PRINTF(3, 4);

/* Called where a loader has finished one independent part of a document
 * with result error.  Without c->errs, or for an error other than
 * TPATH_EINVALID (a limit, out of memory), returns error: the load stops.
 * With c->errs, passes the invalid part's error (in c->err) on and returns
 * 0, so the loader reads on; the load fails at its end (tp_errs_end). */
int tp_go_on(tp_ctx *c, int error);

/* Passes c->err on to c->errs, whatever its code. */
void tp_errs_add(tp_ctx *c);

/* The end of a load that read on: error is what the load returned (a
 * stopping error not yet passed on, or 0).  Returns 0 when no error was
 * found, else the first error's code with it in c->err. */
int tp_errs_end(tp_ctx *c, int error);

/* Typed scalar getters.  key names the field in messages.  They accept
 * plain scalars only for numbers; see docs/history-format.md for the exact
 * forms. */
int tp_get_string(tp_ctx *c, const tp_node *v, const char *key,
		  const char **out);
int tp_get_int(tp_ctx *c, const tp_node *v, const char *key, long min,
	       long max, long *out);
int tp_get_number(tp_ctx *c, const tp_node *v, const char *key, double *out);
/* Index of the value in names[0..n), or an error listing them. */
int tp_get_enum(tp_ctx *c, const tp_node *v, const char *key,
		const char *const *names, size_t n, int *out);
int tp_get_bool(tp_ctx *c, const tp_node *v, const char *key, bool *out);

/* Describes a node for a message: "a mapping", "null (no value)",
 * "integer 12", "quoted string \"12\"", "string \"abc\"". */
void tp_describe(char *out, size_t cap, const tp_node *v);

/* What a scalar would be read as by a YAML 1.2 core-schema reader:
 * "null", "boolean", "integer", "number" or NULL for a plain string. */
const char *tp_scalar_type(const tp_node *v);

/* ---- catalog.c ---- */

typedef enum tp_drug_kind {
	TP_KIND_ANTIDEPRESSANT,
	TP_KIND_AUGMENTING,
	TP_KIND_BOTH,
	TP_KIND_INTERACTING /* not a treatment: named only under concomitant */
} tp_drug_kind;

typedef struct tp_source {
	const char *id;
	const char *citation; /* where: guideline + section / table */
	const char *summary;  /* what it says (optional) */
} tp_source;

/* A dose range from one published table; absent numbers are < 0. */
typedef struct tp_dose_range {
	bool present;
	int line; /* 1..3, 0 when not stated */
	double min, max;
	const tp_source *source;
	bool provisional;
	const char *reason;
	const char *note;
	unsigned src_line; /* position in the catalog file */
} tp_dose_range;

typedef struct tp_drug {
	const char *name;
	const char *klass;
	tp_drug_kind kind;
	int when_added; /* tp_role for a drug started on top of an antidepressant */
	const char *unit;
	const char **aliases;
	size_t naliases;
	tp_dose_range antidepressant, adjunct, high, label_max;
	/* The source that lists the drug (drugs/1 `source`): required for
	 * kind interacting, whose entry carries no dose row to cite one;
	 * NULL when not given. */
	const tp_source *source;
	const char *note;
	unsigned line;
} tp_drug;

typedef struct tp_catalog {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_drug *drugs;
	size_t ndrugs;
} tp_catalog;

int tp_catalog_from_node(tp_catalog *cat, tp_ctx *c, const tp_node *root);
const tp_drug *tp_catalog_find(const tp_catalog *cat, const char *name);
/* The words of tp_drug_kind, in its order. */
extern const char *const tp_kind_words[];
extern const size_t tp_nkind_words;
/* Writes up to max canonical names close to name into out; returns count. */
size_t tp_catalog_suggest(const tp_catalog *cat, const char *name,
			  const char **out, size_t max);

/* ---- vocab.c ---- */

/* A severity band of a scale: scores from `from` up to the next band's
 * `from` less one (the last band up to the scale's max). */
typedef struct tp_severity_band {
	long from;
	const char *label;
} tp_severity_band;

#define TP_MAX_BANDS 8

typedef struct tp_scale {
	const char *id;
	const char *title;
	long min, max;
	long remission_max; /* score <= this is remission; < 0 when unknown */
	bool remission_provisional;
	const char *remission_reason;		/* when provisional */
	const tp_source *remission_source; /* NULL when unknown */
	const tp_source *source;
	/* severity bands, ascending; none when nbands is 0 */
	const tp_severity_band *bands;
	size_t nbands;
	const tp_source *bands_source;
} tp_scale;

typedef struct tp_flag {
	const char *id;
	const char *title;
} tp_flag;

typedef struct tp_vocab {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_scale *scales;
	size_t nscales;
	tp_flag *flags;
	size_t nflags;
} tp_vocab;

int tp_vocab_from_node(tp_vocab *v, tp_ctx *c, const tp_node *root);
const tp_scale *tp_vocab_scale(const tp_vocab *v, const char *id);
const tp_flag *tp_vocab_flag(const tp_vocab *v, const char *id);

/* ---- catalog.c: the head and sources every knowledge file has ---- */

/* The head every knowledge file starts with: tpath, id, version, title and
 * sources.  A loader's table of keys begins with TP_HEAD_FIELDS, so these
 * are its first TP_HEAD_N values, which tp_read_head reads into h
 * (pointers to where to store them). */
enum { TP_HEAD_TPATH, TP_HEAD_ID, TP_HEAD_VERSION, TP_HEAD_TITLE,
       TP_HEAD_SOURCES, TP_HEAD_N };
#define TP_HEAD_FIELDS                                                      \
	{ "tpath", TP_F_SCALAR, true }, { "id", TP_F_SCALAR, true },          \
		{ "version", TP_F_SCALAR, true },                             \
		{ "title", TP_F_SCALAR, true },                               \
		{ "sources", TP_F_SEQUENCE, true }
typedef struct tp_head {
	const char **id, **version, **title;
	tp_source **sources;
	size_t *nsources;
} tp_head;
int tp_read_head(tp_ctx *c, const tp_node *const *v, tp_head *h);

const tp_source *tp_source_find(const tp_source *s, size_t n, const char *id);
/* Reads a `source:` value naming an id of sources. */
int tp_source_ref(tp_ctx *c, const tp_node *v, const tp_source *sources,
		  size_t n, const tp_source **out);
/* Reads `status: provisional` and its required `reason` of record rec. */
int tp_provisional(tp_ctx *c, const tp_node *rec, const char *what,
		   const tp_node *status, const tp_node *reason, bool *prov,
		   const char **why);

/* ---- rules.c: timeline/1, trd/1 and staging/1 ---- */

/* A named number with its provenance. */
typedef struct tp_param {
	bool present;
	double value;
	const tp_source *source; /* NULL when the enclosing rule's source */
	bool provisional;
	const char *reason;
} tp_param;

typedef struct tp_timeline_rules {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_param response_pct, partial_pct, too_early_weeks;
	tp_param min_weeks;
	bool inadequate_adherence[4]; /* by tp_adherence_words index */
	tp_param baseline_days, cross_taper_days, switch_gap_days;
	tp_param stale_score_weeks;
	/* Relapse: after remission or response on a course, a later score
	 * whose improvement falls below relapse_below_pct, or on a scale
	 * listed in relapse_at_least, a score at or above its value. */
	tp_param relapse_below_pct;
	/* The earlier remission or response must come at least this many
	 * weeks into the course (absent: any time). */
	tp_param relapse_after_weeks;
	const tp_scale **relapse_scales;
	tp_param *relapse_at_least;
	size_t nrelapse;
	/* Which treatments started while a course continues close the
	 * course's judgement window: drugs, and interventions by index in
	 * tp_interventions. */
	bool closes_drug;
	bool closes_intervention[8];
	tp_param closes_param; /* provenance of the list */
	/* Treatments started within this many days of each other are one
	 * regimen: the later one does not close the earlier one's window. */
	tp_param same_regimen_days;
	const tp_scale **scale_pref;
	size_t nscale_pref;
	tp_param scale_pref_param; /* provenance of the list */
} tp_timeline_rules;

typedef enum tp_scope { TP_SCOPE_CURRENT, TP_SCOPE_LIFETIME } tp_scope;

/* When a trial counts as a failed adequate trial. */
typedef struct tp_failure_rule {
	double failure_below_pct;
	tp_param min_weeks; /* absent: the timeline default */
	/* Weeks an augmenting or combined drug needs (absent: min_weeks). */
	tp_param augmentation_min_weeks;
	/* Adherence that makes a trial inadequate (absent: the timeline's). */
	bool has_adherence;
	bool inadequate_adherence[4];
	tp_param adherence_param; /* provenance of the list */
	/* Proportion of days covered by fills a trial needs (absent: none). */
	tp_param min_pdc;
	/* A trial whose dose was not recorded, otherwise failed, counts. */
	bool count_undetermined;
	/* Staging: remission lasting this many months ends an episode for
	 * this model only (absent: the history's episode start holds). */
	tp_param remission_ends_episode_months;
	bool count_augmentation;
	bool inefficacy_without_scores;
	tp_scope scope;
} tp_failure_rule;

typedef struct tp_trd_def {
	const char *id, *title, *note;
	const tp_source *source;
	bool provisional;
	const char *reason;
	long min_failures, min_distinct_classes;
	tp_failure_rule rule;
	unsigned line;
} tp_trd_def;

typedef enum tp_fact {
	TP_FACT_FAILED_TRIALS,
	TP_FACT_OPTIMIZED_FAILED,
	TP_FACT_AUGMENTATION_COURSES,
	TP_FACT_ECT_COURSES,
	TP_FACT_EPISODE_MONTHS,
	TP_FACT_SEVERITY
} tp_fact;
extern const char *const tp_fact_words[];

typedef struct tp_band {
	bool has_max;
	double max;
	double points;
	const char *label;
} tp_band;

typedef enum tp_scoring {
	TP_SCORE_EACH,
	TP_SCORE_IF_ANY,
	TP_SCORE_BANDS,
	TP_SCORE_VALUES
} tp_scoring;

typedef struct tp_component {
	const char *id;
	tp_fact of;
	tp_scoring form;
	double points; /* each / if_any */
	tp_band *bands;
	size_t nbands;
	double values[5]; /* by tp_severity_words index */
	bool has_value[5];
} tp_component;

typedef struct tp_rung {
	const char *stage;
	long failed_trials, distinct_classes, resistant_months; /* 0: none */
	const char *failed_class;
	int failed_intervention; /* tp_interventions index, -1 none */
	const char *intervention_kind;
	int augmentation; /* -1 none, 0 or 1 */
} tp_rung;

typedef enum tp_model_kind { TP_MODEL_LADDER, TP_MODEL_POINTS } tp_model_kind;

typedef struct tp_model {
	const char *id, *title, *note;
	const tp_source *source;
	bool provisional;
	const char *reason;
	tp_model_kind kind;
	bool cumulative;
	long min_failed_trials;
	tp_failure_rule rule;
	tp_rung *rungs;
	size_t nrungs;
	tp_component *components;
	size_t ncomponents;
	tp_band *bands;
	size_t nbands;
	unsigned line;
} tp_model;

typedef struct tp_trd_set {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_trd_def *defs;
	size_t ndefs;
} tp_trd_set;

typedef struct tp_staging_set {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_model *models;
	size_t nmodels;
} tp_staging_set;

int tp_timeline_from_node(tp_timeline_rules *t, const tp_vocab *vocab,
			  tp_ctx *c, const tp_node *root);
int tp_trd_from_node(tp_trd_set *t, tp_ctx *c, const tp_node *root);
int tp_staging_from_node(tp_staging_set *s, tp_ctx *c, const tp_node *root);

/* ---- expr.c: the condition language of guideline and safety rules
 * (parsed here; evaluated by judge/eval.c) ---- */

typedef enum tp_type {
	TP_T_NULL,
	TP_T_BOOL,
	TP_T_NUM,
	TP_T_STR
} tp_type;

/* A value during evaluation: known false means "unknown" (null). */
typedef struct tp_value {
	tp_type type;
	bool known;
	bool b;
	double num;
	const char *str;
} tp_value;

/* Where a rule is evaluated: facts about the course or pair of courses are
 * available only in rules written `for: courses` or `for: pairs`. */
typedef enum tp_context {
	TP_CTX_HISTORY,
	TP_CTX_COURSE,
	TP_CTX_PAIR
} tp_context;

typedef struct tp_expr tp_expr;

/* Names a rule's expression may read beyond the built-in facts. */
typedef struct tp_names {
	const char *const *params; /* parameter ids, read as param.ID */
	size_t nparams;
	const tp_vocab *vocab; /* flags, read as flag.ID */
	tp_context context;
} tp_names;

/* Parses and type-checks the condition in scalar node v; errors point
 * inside it.  The result must be boolean. */
int tp_expr_parse(tp_expr **out, tp_ctx *c, const tp_node *v,
		  const tp_names *names);

/* ---- factdefs.c: the named facts conditions read (their values:
 * judge/facts.c) ---- */

typedef struct tp_fact_def {
	const char *name;
	tp_type type;
	tp_context context;
	const char *doc;
} tp_fact_def;

extern const tp_fact_def tp_facts[];
extern const size_t tp_nfacts;
/* Pseudo fact ids for flag.ID and param.ID: base + index. */
#define TP_FACT_FLAG_BASE 10000
#define TP_FACT_PARAM_BASE 20000

/* ---- guideline.c: guideline/1; safety.c: the tables of safety/1 ---- */

typedef struct tp_gparam {
	const char *id;
	double value;
	const tp_source *source;
	bool provisional;
	const char *reason;
	unsigned line;
} tp_gparam;

/* Options a rule names: drugs or interventions written out, and/or drugs
 * taken from the catalog by kind, line and class. */
typedef struct tp_options_from {
	bool present;
	bool adjunct;	   /* the adjunct (Table 7.2) rows, else Table 3.3 */
	int line;	   /* 0: any line */
	/* Which classes the rows leave out: none, the current trial's, or
	 * those tried (the current trial's and every class that failed an
	 * adequate trial in the episode). */
	enum { TP_EXCLUDE_NONE, TP_EXCLUDE_CURRENT, TP_EXCLUDE_TRIED
	} exclude_classes;
	bool exclude_tried; /* exclude drugs already tried in the episode */
} tp_options_from;

/* An option a rule writes: a drug or an intervention by name ("ECT",
 * "sertraline"), or text naming drugs ({text, drugs, dose}: "citalopram
 * {dose} mg/day").  Safety reads the drugs; text without drugs is advice
 * (a class, "psychotherapy", "diagnosis"). */
#define TP_OPTION_MAX_DRUGS 4
typedef struct tp_option {
	const char *text; /* "{dose}" stands for the dose */
	const tp_drug *drugs[TP_OPTION_MAX_DRUGS];
	size_t ndrugs;
	double dose; /* mg/day the text names, < 0: none */
	/* A class option ("SSRI", "same class"): any antidepressant of these
	 * classes, or of the current trial's class. */
	const char **classes;
	size_t nclasses;
	bool same_class;
	bool other_class; /* a class option left out when it is the current
			     trial's class ("another class") */
	unsigned line, column;
} tp_option;

typedef struct tp_grule {
	const char *id;
	tp_expr *when;
	const char *action;   /* recommendation rules */
	tp_option *options;   /* written options */
	size_t noptions;
	tp_options_from from;
	const char *rationale;
	const char *code, *severity, *message; /* warning rules */
	const tp_source *source;
	bool provisional;
	const char *reason;
	unsigned line;
	tp_context context; /* safety rules: history, courses or pairs */
} tp_grule;

typedef struct tp_step {
	const char *id, *label;
	tp_expr *when;
	const tp_source *source;
	unsigned line;
} tp_step;

typedef struct tp_status_rule {
	const char *status;
	tp_expr *when;
	unsigned line;
} tp_status_rule;

/* A decision point lies within the first ten years of its trial: a bound
 * on input (the views place it on a calendar), not a clinical number. */
#define TP_MAX_AT_WEEK 520

typedef struct tp_decision_point {
	const char *id, *label;
	double at_week;
	double until_week; /* the window's last week; at_week when a point */
	int at_param, until_param; /* a parameter giving the week, or -1 */
	bool from_step; /* weeks of the latest treatment step, else of the
			   current trial */
	tp_expr *when; /* optional */
	const tp_source *source;
	unsigned line;
} tp_decision_point;

typedef struct tp_guideline {
	const char *id, *version, *title, *publisher, *citation, *url;
	long year;
	bool is_default;
	const char *file; /* where it was loaded from */
	tp_source *sources;
	size_t nsources;
	tp_gparam *params;
	size_t nparams;
	const char **param_ids;
	double adequacy_weeks; /* its own adequacy rule */
	const tp_source *adequacy_source;
	bool adequacy_provisional;
	const char *adequacy_reason;
	const tp_trd_def *trd; /* the TRD definition it uses */
	tp_step *steps;
	size_t nsteps;
	tp_status_rule *statuses;
	size_t nstatuses;
	tp_decision_point *points;
	size_t npoints;
	tp_grule *rules;
	size_t nrules;
	tp_grule *warnings;
	size_t nwarnings;
	tp_grule *scope; /* warning rules: when one holds, out of scope */
	size_t nscope;
} tp_guideline;

/* safety/1 tables (engine/safety.c). */

/* A named set of drugs: by class and by name. */
typedef struct tp_group {
	const char *id, *title;
	const char **classes;
	size_t nclasses;
	const tp_drug **drugs;
	size_t ndrugs;
	unsigned kinds; /* bit (1 << tp_drug_kind) per kind */
	unsigned line;
} tp_group;

/* One side of a table entry: a group, or one drug. */
typedef struct tp_member {
	const tp_group *group;
	const tp_drug *drug;
} tp_member;

/* Drugs that must not be taken together (symmetric). */
typedef struct tp_interaction {
	const char *id;
	tp_member a, b;
	const char *code, *severity, *message; /* {a}, {b}: the drugs */
	const tp_source *source;
	unsigned line;
} tp_interaction;

/* Days to wait after stopping `from` before starting `to`. */
typedef struct tp_washout {
	const char *id;
	tp_member from, to;
	long days;
	const tp_source *source;
	unsigned line;
} tp_washout;

/* A label limit on a drug's daily dose, for every patient (no when) or
 * for those whose condition holds or who take one of when_taking. */
typedef struct tp_ceiling_rule {
	const char *id;
	const tp_drug *drug;
	double max;
	tp_expr *when;
	const tp_drug **taking;
	size_t ntaking;
	const char *reason; /* who it applies to, for messages */
	const char *code;   /* the warning when a course exceeds it */
	const char *severity;
	const tp_source *source;
	unsigned line;
} tp_ceiling_rule;

/* An option (a drug, a group's drugs, or an intervention by name) that
 * a recommendation may carry only when `allow` holds. */
typedef struct tp_gate {
	const char *id;
	const char **names; /* option names: interventions or drugs */
	size_t nnames;
	const tp_group *group;
	const char **actions; /* the actions it applies to; none: all */
	size_t nactions;
	tp_expr *allow; /* NULL: never while a member is taken (exclusive) */
	bool exclusive; /* not while a drug of the group is taken */
	bool annotate;	/* when allow fails, keep it with reason as a note */
	const char *reason;
	const tp_source *source;
	unsigned line;
} tp_gate;

typedef struct tp_safety {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_grule *rules;
	size_t nrules;
	tp_group *groups;
	size_t ngroups;
	tp_interaction *interactions;
	size_t ninteractions;
	tp_washout *washouts;
	size_t nwashouts;
	tp_ceiling_rule *ceilings;
	size_t nceilings;
	tp_gate *gates;
	size_t ngates;
} tp_safety;

/* A warning's severities: info, warning, critical. */
extern const char *const tp_warning_severities[];
extern const char *const tp_action_words[];
extern const size_t tp_nactions;

int tp_guideline_from_node(tp_guideline *g, const tpath_kb *kb, tp_ctx *c,
			   const tp_node *root);
int tp_safety_from_node(tp_safety *s, const tpath_kb *kb, tp_ctx *c,
			const tp_node *root);

/* This patient's maximum daily dose of a drug (safety.c). */
typedef struct tp_ceiling {
	bool known;
	double max;
	bool label;	  /* from a label ceiling of safety/1 */
	bool provisional; /* the catalog range's upper end */
	const tp_ceiling_rule *rule;
	const tp_source *source;
	const char *reason; /* whom a conditional label ceiling applies to */
} tp_ceiling;

int tp_safety_tables_from_node(tp_safety *s, const tpath_kb *kb, tp_ctx *c,
			       const tp_node *groups, const tp_node *inter,
			       const tp_node *washouts, const tp_node *ceilings,
			       const tp_node *gates);
bool tp_group_has(const tp_group *g, const tp_drug *d);
/* Whether member m (a drug or a group) includes drug d. */
bool tp_member_has(const tp_member *m, const tp_drug *d);
const tp_interaction *tp_interaction_of(const tp_safety *s, const tp_drug *x,
					const tp_drug *y);
/* The longest washout from `from` to `to` (0: none) and its entry. */
long tp_washout_of(const tp_safety *s, const tp_drug *from, const tp_drug *to,
		   const tp_washout **which);

/* ---- fhirmap.c: the FHIR R4 code maps (fhir/1) ---- */

/* The kinds of diagnosis of the conditions table: a depressive disorder
 * (the episode), bipolar disorder (the bipolar-history flag), and the
 * diagnoses the depression eCQMs exclude (a warning each). */
enum { DX_DEPRESSION, DX_DYSTHYMIA, DX_BIPOLAR, DX_PSYCHOTIC, DX_PERSONALITY,
       DX_DEVELOPMENTAL, DX_NKINDS };
/* Their words in fhir/1 files and messages. */
extern const char *const tp_diagnosis_words[DX_NKINDS];


typedef struct tp_fhir_code {
	const char *system, *code, *prefix, *text; /* match by one of them */
	const tp_drug *drug;			   /* rxnorm */
	double mg;				   /* rxnorm strength */
	const tp_scale *scale;			   /* scales */
	int intervention;			   /* procedures, or -1 */
	const char *kind;			   /* procedures */
	const char *total; /* scales: a panel's component code holding the
			    * total (PHQ-9 panel 44249-1: 44261-6) */
	bool provisional;
	const char *reason, *note;
	const char *display; /* the code's display, as recorded in the file */
	int diagnosis;	     /* conditions: its kind (fhir.c), or -1 */
	int severity;	     /* conditions: tp_severity_words index, or -1 */
	bool remission;	     /* conditions: a code of a remitted episode */
} tp_fhir_code;

typedef struct tp_fhir_map {
	const char *id, *version, *title;
	tp_source *sources;
	size_t nsources;
	tp_fhir_code *rxnorm, *scales, *conditions, *procedures;
	size_t nrxnorm, nscales, nconditions, nprocedures;
	double gap_days;
	/* Catalog drugs written under concomitant rather than as courses
	 * (besides the catalog's interacting drugs), unless the record gives
	 * a depression diagnosis as its reason. */
	const tp_drug **concomitant;
	size_t nconcomitant;
	double adult_age; /* under it, the import warns: out of scope */
} tp_fhir_map;

int tp_fhir_from_node(tp_fhir_map *m, const tpath_kb *kb, tp_ctx *c,
		      const tp_node *root);

/* ---- kb.c ---- */

struct tpath_kb {
	tp_arena arena;
	tp_limits limits; /* those it was opened with */
	tp_catalog catalog;
	tp_vocab vocab;
	tp_timeline_rules timeline;
	tp_trd_set trd;
	tp_staging_set staging;
	tp_safety safety;
	tp_fhir_map fhir;
	tp_guideline *guidelines;
	size_t nguidelines;
	bool has_catalog, has_vocab, has_timeline, has_trd, has_staging,
		has_safety, has_fhir;
	bool builtin_only; /* opened from the built-in files alone */
	/* What it was built from, for the result's provenance. */
	struct tp_kb_source *sources;
	size_t nsources;
	/* What the provenance of an evaluation under guideline i says of
	 * the knowledge (one entry without guidelines): tp_kb_prov_of. */
	struct tp_kb_prov *prov;
};

const tp_guideline *tp_kb_default_guideline(const tpath_kb *kb);
const tp_guideline *tp_kb_find_guideline(const tpath_kb *kb, const char *id);

/* A knowledge file the knowledge base took something from, in load order.
 * A file it took nothing from (a built-in file replaced by an overlay file
 * of its kind, or a TRD or staging file all of whose entries an overlay
 * replaced) is not one. */
typedef struct tp_kb_source {
	const char *kind, *id, *version; /* its tpath:, id: and version: */
	uint64_t digest; /* FNV-1a 64 of its base name, length and bytes */
	bool builtin;	 /* embedded, not laid over the embedded set */
	const char **defines; /* trd/1, staging/1: the entries taken from it */
	size_t ndefines;
	const tp_guideline *guideline; /* guideline/1: the one it defines */
} tp_kb_source;

/* What the provenance of every evaluation under one guideline says of
 * the knowledge, worked out once when the knowledge base is opened
 * (docs/result-format.md): the files the evaluation reads, which are every
 * source but the other guidelines and the FHIR code maps. */
typedef struct tp_kb_prov {
	const tp_kb_source **read; /* in load order */
	size_t nread;
	const char *knowledge; /* their hash, "fnv1a64:0123456789abcdef" */
	bool outside;	       /* one of them is not built in */
} tp_kb_prov;

/* The provenance part of an evaluation of kb under g (a guideline of kb,
 * or NULL when kb has none). */
const tp_kb_prov *tp_kb_prov_of(const tpath_kb *kb, const tp_guideline *g);

/* The embedded files (generated into build/embedded.c). */
typedef struct tp_embedded_file {
	const char *name;
	tp_node *root; /* the file's tree, compiled by embed.c */
	const char *kind, *id; /* its top-level tpath: and id: values */
	int is_default;	       /* a guideline marked default: true */
	uint64_t digest; /* of the source file's bytes (tp_kb_source),
			    computed by embed.c */
} tp_embedded_file;
extern const tp_embedded_file tp_embedded_files[];
extern const size_t tp_embedded_count;


/* ---- history.c ---- */

typedef enum tp_date_style {
	TP_DATES_UNKNOWN,
	TP_DATES_ISO,
	TP_DATES_RELATIVE
} tp_date_style;

typedef struct tp_dose {
	int32_t day;
	double mg;
	unsigned line, column;
} tp_dose;

/* A pharmacy fill: handed over on day, covering days days (history/1
 * `fills`). */
typedef struct tp_fill {
	int32_t day;
	long days;
	unsigned line, column;
} tp_fill;

typedef enum tp_role {
	TP_ROLE_NONE = -1,
	TP_ROLE_MONOTHERAPY,
	TP_ROLE_SWITCH,
	TP_ROLE_AUGMENTATION,
	TP_ROLE_COMBINATION
} tp_role;

typedef struct tp_course {
	const tp_drug *drug;   /* NULL for an intervention */
	int intervention;      /* index in tp_interventions, or -1 */
	const char *kind;      /* intervention kind, or NULL */
	int32_t start, stop;
	bool has_stop;
	tp_dose *doses; /* ndoses 0: the dose was not recorded */
	size_t ndoses;
	tp_fill *fills; /* in date order; nfills 0: none recorded */
	size_t nfills;
	int role;        /* tp_role */
	int stop_reason; /* index in tp_stop_reasons, or -1 */
	int adherence;   /* index in tp_adherence; default unknown */
	int tolerability; /* index in tp_tolerability_words, or -1 */
	long sessions;   /* 0 when not given */
	unsigned line, column;
} tp_course;

/* Another medicine that matters for safety (history/1 `concomitant`):
 * never a trial. */
typedef struct tp_concomitant {
	const tp_drug *drug;
	int32_t start, stop;
	bool has_stop;
	unsigned line, column;
} tp_concomitant;

typedef struct tp_measure {
	int32_t day;
	const tp_scale *scale;
	long score;
	unsigned line, column;
} tp_measure;

extern const char *const tp_interventions[];
extern const size_t tp_ninterventions;
extern const char *const tp_stop_reasons[];
extern const size_t tp_nstop_reasons;
extern const char *const tp_adherence_words[];
extern const size_t tp_nadherence;
extern const char *const tp_role_words[];
extern const size_t tp_nroles;
extern const char *const tp_severity_words[];
extern const size_t tp_nseverities;
extern const char *const tp_sex_words[];
extern const size_t tp_nsexes;
extern const char *const tp_tolerability_words[];

struct tpath_history {
	tp_arena arena;
	const tpath_kb *kb;
	const char *source;
	const char *id;
	tp_date_style dates;
	int32_t as_of;
	bool has_as_of;
	long age; /* -1 when not given */
	int sex;  /* -1 when not given */
	const tp_flag **flags;
	size_t nflags;
	int32_t episode_start;
	int severity;        /* -1 when not given */
	long prior_episodes; /* -1 when not given */
	tp_course *courses;
	size_t ncourses;
	tp_measure *measures;
	size_t nmeasures;
	tp_concomitant *concomitant; /* in file order */
	size_t nconcomitant;
	const char *notes;
};

int tp_history_from_node(tpath_history *h, const tpath_kb *kb, tp_ctx *c,
			 const tp_node *root);

/* Formats a day number in the history's style, for reading ("2025-01-31"
 * or "day 70"). */
void tp_format_day(const tpath_history *h, int32_t day, char *buf, size_t n);
/* Formats a day as an as_of option in the history's style ("2025-01-31"
 * or "70"): what tp_parse_as_of reads back. */
void tp_format_as_of(const tpath_history *h, int32_t day, char *buf,
		     size_t n);
/* Reads an as_of option s (tpath_eval_options.as_of) in h's date style
 * into *out.  TPATH_EUSAGE with err filled when s is malformed, in the
 * other style or before the episode's start; *out is then undefined. */
int tp_parse_as_of(const tpath_history *h, const char *s, int32_t *out,
		   tpath_error *err);
/* The daily dose taken at the trial's end (as_of while ongoing); < 0 when
 * no dose was recorded. */

#endif /* TPATH_LOAD_H */
