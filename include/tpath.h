/*
 * tpath.h - the public interface of libtpath.
 *
 * tpath evaluates an anonymized depression-treatment history against YAML
 * encodings of published guidelines.  It is decision support, not a
 * prescription: every result it produces cites its sources and must be read
 * by a clinician.
 *
 * This header is the authoritative API documentation.  Conventions:
 *
 *  - Every fallible call returns an int: 0 (TPATH_OK) on success or a
 *    negative tpath_code.  The output parameter comes first and is set to
 *    NULL on failure.
 *  - Errors are described in a caller-owned tpath_error.  Passing NULL for
 *    the error is allowed; the code is still returned.  Filling in an error
 *    never allocates, so out-of-memory is reported like any other error.
 *  - Every *_free(NULL) is a no-op.
 *  - Loaded objects are immutable after loading: one tpath_kb or
 *    tpath_history may be read from several threads at once.  The library
 *    has no global mutable state.
 *  - Strings returned by accessors are owned by the object they came from
 *    and live as long as it does.
 *  - Every call that reads or writes a number runs in the C numeric locale
 *    whatever the caller's LC_NUMERIC ("37.5", never "37,5"): the calling
 *    thread is switched with uselocale on entry and back on return, other
 *    threads are not affected.
 */
#ifndef TPATH_H
#define TPATH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TPATH_VERSION_MAJOR 0
#define TPATH_VERSION_MINOR 6
#define TPATH_VERSION_PATCH 2
#define TPATH_VERSION "0.6.2"

#if defined(TPATH_BUILDING) && defined(__GNUC__)
#define TPATH_EXTERN __attribute__((visibility("default")))
#else
#define TPATH_EXTERN
#endif

/* The library's version string, e.g. "0.2.0"; equal to TPATH_VERSION of the
 * header the library was built with. */
TPATH_EXTERN const char *tpath_version(void);

/* ------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

typedef enum tpath_code {
	TPATH_OK = 0,
	TPATH_EINVALID = -1, /* invalid input: YAML, schema, unknown drug, PHI */
	TPATH_ELIMIT = -2,   /* input exceeds a configured limit */
	TPATH_ENOMEM = -3,   /* out of memory */
	TPATH_EIO = -4,      /* reading a file or directory failed */
	TPATH_EUSAGE = -5    /* the API was called with invalid arguments */
} tpath_code;

/* A caller-owned description of the last failure of a call.  line and
 * column are 1-based; both are 0 when the error has no position (an I/O
 * error, an empty file).  source is the name given for the input (a path,
 * "-" or "<stdin>", or an embedded file's name), truncated at the front when
 * longer than the buffer. */
typedef struct tpath_error {
	int code;
	unsigned line;
	unsigned column;
	char source[512];
	char message[512];
} tpath_error;

/* Writes the error as one line without a trailing newline, in the GNU form
 * "source:line:column: message", or "source: message" without a position,
 * or just "message" without a source.  Truncates to fit n bytes (always
 * NUL-terminated when n > 0).  Returns the length the full line would have,
 * like snprintf. */
TPATH_EXTERN int tpath_error_format(const tpath_error *err, char *buf,
				    size_t n);

/* A short English phrase for a tpath_code ("invalid input", ...). */
TPATH_EXTERN const char *tpath_code_string(int code);

/* ------------------------------------------------------------------------
 * Load options
 * ------------------------------------------------------------------------ */

#define TPATH_LOAD_OPTIONS_VERSION 5

/* Defaults used for a zero field of tpath_load_options. */
#define TPATH_DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)
#define TPATH_DEFAULT_MAX_DEPTH 64u
#define TPATH_DEFAULT_MAX_NODES ((size_t)1000000)
/* Default limits of one history (evaluation compares every pair of
 * courses; no real treatment history comes near them) and of one rule
 * condition. */
#define TPATH_MAX_TREATMENTS 500
#define TPATH_MAX_MEASURES 20000
#define TPATH_MAX_FILLS 20000
#define TPATH_MAX_CONCOMITANT 500
#define TPATH_MAX_CONDITION 4096

/* Limits applied while reading any YAML input.  A zero field means the
 * documented default (see docs/limits.md):
 *   max_bytes  16 MiB   largest input accepted
 *   max_depth  64       deepest nesting of mappings and sequences
 *   max_nodes  1000000  most scalars, mappings and sequences in one document
 *   max_treatments 500  most treatments in one history      (version >= 3)
 *   max_measures 20000  most measures in one history        (version >= 3)
 *   max_condition 4096  longest rule condition, in bytes    (version >= 3)
 *   max_fills 20000     most pharmacy fills in one history,
 *                       all courses together                (version >= 4)
 *   max_concomitant 500 most concomitant medicines in one
 *                       history                             (version >= 5)
 * The built-in knowledge files were read under the default limits when the
 * library was built (they are compiled in, not parsed at run time); the
 * limits given apply to every file read at run time, overlay knowledge
 * files among them.
 * Initialise with TPATH_LOAD_OPTIONS_INIT so that fields added later get
 * their defaults.
 *
 * Version 2 adds only_guideline, read when opening a knowledge base: NULL
 * loads every pathway guideline; an id loads only that guideline; the
 * empty string "" loads only the default one.  Opening is then faster (the
 * guidelines are the larger part of the built-in files); a guideline not
 * loaded cannot be evaluated.
 *
 * Version 2 also adds first_line: the line of the input's first line in
 * its source (0 means 1), so that a document cut from a longer stream
 * reports the stream's lines in errors and in the result.
 *
 * Version 3 adds alloc and alloc_ud: an allocator for every block tpath
 * itself allocates while loading or validating, for the life of the loaded
 * object, and while evaluating a history loaded with it.  alloc(ud, ptr, size) is
 * realloc(ptr, size) when size > 0 (ptr may be NULL) and free(ptr) when
 * size == 0 (it then returns NULL); returning NULL for size > 0 makes the
 * call fail with TPATH_ENOMEM, leaking nothing.  NULL means the C library.
 * Not covered: libyaml's and jansson's own allocations (jansson's can be set
 * process-wide with json_set_alloc_funcs), the strings tpath_result_render
 * and tpath_fhir_import return (always released with tpath_free) and the
 * FHIR importer's working memory.
 *
 * Version 4 adds max_fills, the limit on a history's pharmacy fills
 * (history/1 `fills`); options of an older version get its default.
 *
 * Version 5 adds max_concomitant, the limit on a history's concomitant
 * medicines (history/1 `concomitant`); options of an older version get its
 * default. */
typedef void *(*tpath_alloc_fn)(void *ud, void *ptr, size_t size);

typedef struct tpath_load_options {
	unsigned version;
	size_t max_bytes;
	unsigned max_depth;
	size_t max_nodes;
	const char *only_guideline; /* version >= 2 */
	unsigned first_line;	    /* version >= 2 */
	tpath_alloc_fn alloc;	    /* version >= 3 */
	void *alloc_ud;		    /* version >= 3 */
	size_t max_treatments;	    /* version >= 3 */
	size_t max_measures;	    /* version >= 3 */
	size_t max_condition;	    /* version >= 3 */
	size_t max_fills;	    /* version >= 4 */
	size_t max_concomitant;	    /* version >= 5 */
} tpath_load_options;

#define TPATH_LOAD_OPTIONS_INIT                                               \
	{ TPATH_LOAD_OPTIONS_VERSION, 0, 0, 0, NULL, 0, NULL, NULL, 0, 0, 0,  \
	  0, 0 }

/* ------------------------------------------------------------------------
 * Knowledge base: the drug catalog, the scales and flags vocabulary, the
 * timeline rules, TRD definitions, staging models, safety rules, pathway
 * guidelines and the FHIR code maps.
 * ------------------------------------------------------------------------ */

typedef struct tpath_kb tpath_kb;

/* Opens the knowledge base compiled into the library (generated from the
 * project's guidelines/ folder at build time).  On failure *out is NULL and
 * err says why; an embedded file that fails to load is a build defect. */
TPATH_EXTERN int tpath_kb_open_default(tpath_kb **out,
				       const tpath_load_options *opts,
				       tpath_error *err);

/* Opens a knowledge base from the "*.yaml" files of directory dir over the
 * embedded one; each file's kind is taken from its top-level `tpath:` key.
 * A drugs/1, vocabulary/1, timeline/1, safety/1 or fhir/1 file in dir replaces the
 * embedded file of that kind (dir may hold one of each); TRD definitions,
 * staging models and guidelines merge by id, an entry in dir replacing the
 * embedded entry of the same id.  Errors carry the failing file's path and position;
 * an unreadable directory gives TPATH_EIO. */
TPATH_EXTERN int tpath_kb_open_dir(tpath_kb **out, const char *dir,
				   const tpath_load_options *opts,
				   tpath_error *err);

/* As tpath_kb_open_dir, with the knowledge files named in files (a
 * NULL-terminated array, may be NULL) laid over the directory's (dir may
 * be NULL).  A guideline replaces the loaded guideline of the same id. */
TPATH_EXTERN int tpath_kb_open_files(tpath_kb **out, const char *dir,
				     const char *const *files,
				     const tpath_load_options *opts,
				     tpath_error *err);

/* A knowledge file held in memory: name (for messages), bytes, length. */
typedef struct tpath_buffer {
	const char *name;
	const char *data;
	size_t len;
} tpath_buffer;

/* As tpath_kb_open_files, with n knowledge files from memory laid over the
 * built-in set (no directory).  The buffers are not kept: they may be
 * freed when the call returns. */
TPATH_EXTERN int tpath_kb_open_buffers(tpath_kb **out,
				       const tpath_buffer *buffers, size_t n,
				       const tpath_load_options *opts,
				       tpath_error *err);

TPATH_EXTERN void tpath_kb_free(tpath_kb *kb);

/* A pathway guideline of the knowledge base, as listed by `tpath
 * guidelines`.  The strings belong to the knowledge base. */
typedef struct tpath_guideline_info {
	const char *id, *version, *title, *publisher, *citation, *url;
	const char *file; /* the file it was loaded from */
	int year;
	int is_default; /* the guideline evaluate uses when none is named */
} tpath_guideline_info;

TPATH_EXTERN size_t tpath_kb_guideline_count(const tpath_kb *kb);
/* Fills info for guideline i; TPATH_EUSAGE when i is out of range. */
TPATH_EXTERN int tpath_kb_guideline(const tpath_kb *kb, size_t i,
				    tpath_guideline_info *info);

/* The knowledge hash of an evaluation of kb under guideline (an id; NULL
 * for the default guideline, as in tpath_eval_options): the value of the
 * result's provenance.knowledge, e.g. "fnv1a64:0123456789abcdef".  It is
 * computed once, when kb is opened, from the bytes and base names of the
 * knowledge files such an evaluation reads: every file kb took something
 * from except the FHIR code maps and the other guidelines (the exact
 * algorithm is in docs/result-format.md).  The same files give the same
 * hash however they were found or laid over one another; it names the
 * knowledge, it is not a security checksum.  NULL when kb is NULL or has no
 * guideline of that id.  The string belongs to kb. */
TPATH_EXTERN const char *tpath_kb_knowledge_hash(const tpath_kb *kb,
						 const char *guideline);

/* Number of drugs in the catalog, and the canonical name of drug i
 * (0 <= i < count; NULL when out of range). */
TPATH_EXTERN size_t tpath_kb_drug_count(const tpath_kb *kb);
TPATH_EXTERN const char *tpath_kb_drug_name(const tpath_kb *kb, size_t i);

/* Canonical name for a drug name or alias (case-insensitive), or NULL when
 * the catalog does not know it. */
TPATH_EXTERN const char *tpath_kb_drug_lookup(const tpath_kb *kb,
					      const char *name);

/* Up to max canonical names close to name (the name or one of its aliases
 * within a small edit distance), closest first, written to out; returns
 * how many (at most 8).  For "did you mean" messages. */
TPATH_EXTERN size_t tpath_kb_drug_suggest(const tpath_kb *kb,
					  const char *name, const char **out,
					  size_t max);

/* A source a knowledge file cites: its id, its citation (guideline and
 * table) and what it says (summary; NULL when the file gives none).  All
 * NULL when there is no source. */
typedef struct tpath_source_info {
	const char *id, *citation, *summary;
} tpath_source_info;

/* One dose row of a catalog drug (docs/catalog.md). */
typedef struct tpath_dose_row {
	int present;	 /* 0 when the drug has no such row (the rest is 0) */
	int line;	 /* line of treatment 1-3; 0 when not stated */
	double min, max; /* in the drug's unit; -1 when not given */
	tpath_source_info source;
	int provisional;    /* status: provisional */
	const char *reason; /* why it is provisional; NULL otherwise */
	const char *note;   /* NULL when none */
} tpath_dose_row;

/* A drug of the catalog, as `tpath drugs` lists it.  The caller sets size
 * to sizeof(tpath_drug_info); the library fills that many bytes at most,
 * so a later version may add fields at the end.  Strings belong to the
 * knowledge base. */
typedef struct tpath_drug_info {
	size_t size;
	const char *name;
	const char *klass; /* "SSRI", "SGA", ... */
	const char *kind;  /* antidepressant, augmenting-agent, both or
			      interacting (not a treatment) */
	const char *unit;  /* mg/day, mg/session or mg/kg/session; NULL for
			      an interacting drug */
	const char *const *aliases;
	size_t naliases;
	/* kind both: the role when started while another antidepressant
	 * continues, combination or augmentation; NULL otherwise */
	const char *when_added;
	/* the rows: monotherapy, adjunctive, high dose, label maximum */
	tpath_dose_row antidepressant, adjunct, high, label_max;
	tpath_source_info source; /* the list that names the drug, if any */
	const char *note;	  /* NULL when none */
} tpath_drug_info;

/* Fills info (info->size set by the caller) for drug i of the catalog, in
 * catalog order; TPATH_EUSAGE when i is out of range or size is 0. */
TPATH_EXTERN int tpath_kb_drug(const tpath_kb *kb, size_t i,
			       tpath_drug_info *info);

/* A label limit on a drug's daily dose (safety/1 `ceilings`): for every
 * patient, or for those applies_to describes.  size as for
 * tpath_drug_info. */
typedef struct tpath_dose_limit_info {
	size_t size;
	const char *id;
	const char *drug; /* canonical name */
	double max;	  /* mg/day */
	const char *applies_to; /* whom it applies to; NULL: every patient */
	const char *code, *severity; /* the warning a dose above it gives */
	tpath_source_info source;
} tpath_dose_limit_info;

TPATH_EXTERN size_t tpath_kb_dose_limit_count(const tpath_kb *kb);
/* Fills info for limit i, in the order of the safety file;
 * TPATH_EUSAGE when i is out of range or size is 0. */
TPATH_EXTERN int tpath_kb_dose_limit(const tpath_kb *kb, size_t i,
				     tpath_dose_limit_info *info);

/* ------------------------------------------------------------------------
 * Histories (format history/1, see docs/history-format.md)
 * ------------------------------------------------------------------------ */

typedef struct tpath_history tpath_history;

/* Loads and strictly validates a history/1 document from len bytes at buf.
 * name is used in error messages (e.g. the file's path).  Drug names are
 * resolved against kb, which must outlive the history.  On failure *out is
 * NULL and err gives the first problem with its position. */
TPATH_EXTERN int tpath_history_load_buffer(tpath_history **out,
					   const tpath_kb *kb, const char *buf,
					   size_t len, const char *name,
					   const tpath_load_options *opts,
					   tpath_error *err);

/* As tpath_history_load_buffer, reading the file at path ("-" is not
 * special here).  An unreadable file gives TPATH_EIO. */
TPATH_EXTERN int tpath_history_load_file(tpath_history **out,
					 const tpath_kb *kb, const char *path,
					 const tpath_load_options *opts,
					 tpath_error *err);

TPATH_EXTERN void tpath_history_free(tpath_history *h);

/* The history's pseudonymous id, its number of treatments (drug courses and
 * interventions) and of measures. */
TPATH_EXTERN const char *tpath_history_id(const tpath_history *h);
TPATH_EXTERN size_t tpath_history_treatment_count(const tpath_history *h);
TPATH_EXTERN size_t tpath_history_measure_count(const tpath_history *h);

/* ------------------------------------------------------------------------
 * Validation of any tpath document
 * ------------------------------------------------------------------------ */

/* Validates one document of any kind tpath reads, recognised by its
 * top-level `tpath:` key (history/1, or a knowledge file: drugs/1,
 * vocabulary/1, timeline/1, trd/1, staging/1, safety/1, guideline/1,
 * fhir/1).  Histories are
 * checked against kb; the knowledge files are checked on their own.  On
 * success *kind points to a static string naming the format; on failure it
 * is NULL. */
TPATH_EXTERN int tpath_validate_buffer(const char **kind, const tpath_kb *kb,
				       const char *buf, size_t len,
				       const char *name,
				       const tpath_load_options *opts,
				       tpath_error *err);

/* Receives one error of a document; err is valid during the call only. */
typedef void (*tpath_error_fn)(void *ud, const tpath_error *err);

/* As tpath_validate_buffer, but a history is read on after an error in one
 * of its independent parts (a treatment, a measure, a concomitant medicine,
 * a flag, an unknown key, one field of the patient or episode), so that
 * every such error is found in one call; an error that leaves the rest
 * unreadable (YAML syntax, a limit, identifying keys, out of memory) still
 * stops.  each(ud, err), when each is not NULL, is called once per error,
 * in the order found (not always file order); a knowledge file gives at
 * most one (its loaders stop at the first).  Returns 0, or the code of the
 * first error, which err then holds (as tpath_validate_buffer would). */
TPATH_EXTERN int tpath_validate_buffer_each(const char **kind,
					    const tpath_kb *kb,
					    const char *buf, size_t len,
					    const char *name,
					    const tpath_load_options *opts,
					    tpath_error_fn each, void *ud,
					    tpath_error *err);

/* ------------------------------------------------------------------------
 * FHIR R4 import (see docs/fhir.md)
 * ------------------------------------------------------------------------ */

#define TPATH_FHIR_OPTIONS_VERSION 3

/* The most reasons an import can count (tpath_fhir_reason). */
#define TPATH_FHIR_REASONS_MAX 32

/* What an import wrote and left out.  by_reason[i] counts the records left
 * out for the reason tpath_fhir_reason(i) names; left_out is their sum. */
typedef struct tpath_fhir_summary {
	size_t courses;	    /* drug courses written */
	size_t concomitant; /* concomitant medicines written */
	size_t procedures;  /* ECT, rTMS and psychotherapy courses written */
	size_t scores;	    /* rating-scale scores written */
	size_t left_out;
	size_t by_reason[TPATH_FHIR_REASONS_MAX];
} tpath_fhir_summary;

/* The text of reason i of tpath_fhir_summary.by_reason ("of another
 * patient"), or NULL when i is past the last reason. */
TPATH_EXTERN const char *tpath_fhir_reason(size_t i);

/* The kind of a warning of the import, for a program that acts on some
 * of them (tpath_fhir_options.finding, version 3): stable codes, while the
 * messages' wording may change.  New kinds may be added at the end. */
typedef enum tpath_fhir_finding {
	TPATH_FHIR_FINDING_OTHER = 0, /* a value read a certain way, ... */
	/* A record left out, with its reason (some, such as a record after
	 * as_of, are only counted in the summary). */
	TPATH_FHIR_FINDING_LEFT_OUT,
	TPATH_FHIR_FINDING_SUMMARY, /* the count of what was left out */
	/* No (active) depression diagnosis on or before as_of: the episode
	 * starts at the first treatment or score. */
	TPATH_FHIR_FINDING_NO_DIAGNOSIS,
	/* A diagnosis the depression measures exclude (CMS159: bipolar is
	 * a patient flag instead), kept in the data. */
	TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS,
	/* The patient is younger than the guidelines' adults at as_of. */
	TPATH_FHIR_FINDING_UNDER_AGE
} tpath_fhir_finding;

/* Options of an import.  as_of (in YYYY-MM-DD) cuts the timeline; id is the
 * history's id (default "fhir-import": never derived from the patient's
 * identifiers); relative_days writes days from the episode's start instead
 * of calendar dates; warn, when set, receives one call per resource or
 * value left out (where: "Observation/obs-3").  summary (version 2), when
 * not NULL, receives the counts of what was written and left out, also
 * when the import fails for want of anything clinical.  finding (version 3),
 * when not NULL, receives every warning warn receives (both are called
 * when both are set), with its kind. */
typedef struct tpath_fhir_options {
	unsigned version;
	int relative_days;
	const char *as_of;
	const char *id;
	void (*warn)(void *ud, const char *where, const char *message);
	void *ud;
	tpath_fhir_summary *summary;
	void (*finding)(void *ud, tpath_fhir_finding kind, const char *where,
			const char *message);
} tpath_fhir_options;

#define TPATH_FHIR_OPTIONS_INIT                                               \
	{ TPATH_FHIR_OPTIONS_VERSION, 0, NULL, NULL, NULL, NULL, NULL, NULL }

/* Builds one anonymized history/1 document (YAML, in *out, freed with
 * tpath_free) from FHIR R4 inputs: each buffer a Bundle, a single resource,
 * or NDJSON (one resource a line).  Resources of another patient, of an
 * unknown drug, with a value out of range or a status that is not usable
 * are left out and reported through opts->warn; a medication whose dose
 * cannot be read is a course without doses, with a warning.  After the
 * resources, one warning with where "summary" counts what was left out, by
 * reason.  Malformed JSON is TPATH_EINVALID with its line and column; an
 * import with no usable medication, score or procedure on or before as_of
 * is TPATH_EINVALID.  The document is checked by the history loader before
 * it is returned. */
TPATH_EXTERN int tpath_fhir_import(char **out, const tpath_kb *kb,
				   const tpath_buffer *inputs, size_t n,
				   const tpath_fhir_options *opts,
				   tpath_error *err);

/* ------------------------------------------------------------------------
 * Evaluation (result/1, see docs/result-format.md)
 * ------------------------------------------------------------------------ */

typedef struct tpath_result tpath_result;

#define TPATH_EVAL_OPTIONS_VERSION 2

/* Options of one evaluation.  as_of, when not NULL, replaces the history's
 * as_of: a date in the history's own style ("2025-01-31" or "70"); events
 * after it are ignored, courses stopping after it are treated as ongoing. */
typedef struct tpath_eval_options {
	unsigned version;
	const char *as_of;
	/* The pathway guideline's id; NULL for the knowledge base's default
	 * (canmat-2023 in the built-in set). */
	const char *guideline;
	/* Parameter overrides "ID=NUMBER" for that guideline, a
	 * NULL-terminated array (may be NULL). */
	const char *const *params;
	/* Version 2: non-zero fills the result's `trace` with every rule
	 * evaluated; zero leaves it empty, which is much faster (batches). */
	int trace;
} tpath_eval_options;

#define TPATH_EVAL_OPTIONS_INIT                                               \
	{ TPATH_EVAL_OPTIONS_VERSION, NULL, NULL, NULL, 0 }

/* Evaluates history h, which must have been loaded with kb: trials with
 * their adequacy and outcome, every TRD definition and staging model of kb,
 * the pathway guideline's position and recommendations, safety warnings,
 * and the trace of every rule.  On failure *out is NULL: TPATH_EUSAGE for
 * an as_of that is malformed, in the other date style or before the
 * episode's start, an unknown guideline or parameter, or a malformed
 * override; TPATH_ENOMEM when memory runs out.  The result is immutable. */
TPATH_EXTERN int tpath_evaluate(tpath_result **out, const tpath_kb *kb,
				const tpath_history *h,
				const tpath_eval_options *opts,
				tpath_error *err);

TPATH_EXTERN void tpath_result_free(tpath_result *r);

/* ------------------------------------------------------------------------
 * Reading a result without JSON (docs/api.md, "The result model")
 *
 * Each reader returns a const struct owned by the result: valid until
 * tpath_result_free, never to be changed or freed.  Every struct starts
 * with its size as this library filled it; a field added by a later
 * version comes after the existing ones, so code built against an older
 * tpath.h reads the fields it knows, and code that needs a newer field
 * checks TPATH_HAS_FIELD(p, type, field) first.  Indexes are 0-based, as
 * in the JSON (trials are numbered from 1 only in prose).  A JSON null is
 * NULL for a string, NAN for a number (isnan) and -1 for an index or a
 * count.  The values are those of the result/1 keys of the same names
 * (docs/result-format.md).
 * ------------------------------------------------------------------------ */

#define TPATH_HAS_FIELD(p, type, field)                                       \
	((p)->size >= offsetof(type, field) + sizeof(((type *)0)->field))

/* result.position */
typedef struct tpath_position {
	size_t size;
	const char *step;     /* "first-trial", "between-trials", ... */
	const char *label;    /* the step's label in the guideline */
	const char *status;   /* "assess", "remission", "out-of-scope", ... */
	double week;	      /* of the current trial; NAN when none */
	const char *decision_point;	  /* NULL when none */
	const char *decision_point_state; /* NULL when none */
	long trial; /* index of the current trial while ongoing, or -1 */
} tpath_position;

/* One of result.trials */
typedef struct tpath_trial {
	size_t size;
	const char *drug;	  /* NULL for an intervention */
	const char *intervention; /* "ect", ...; NULL for a drug */
	const char *klass;	  /* the catalog's class ("SSRI") */
	const char *role; /* monotherapy, switch, augmentation, combination */
	int role_inferred;
	const char *start, *stop; /* as in the JSON: "YYYY-MM-DD" or a day
				     number as text; stop NULL while ongoing */
	double weeks;
	double weeks_at_therapeutic_dose; /* NAN: cannot be judged */
	double max_mg_per_day;		  /* NAN: none recorded */
	int adequate;		/* 1, 0, or -1 when it cannot be judged */
	const char *not_adequate_because; /* NULL */
	const char *scale;		  /* NULL without scores */
	long baseline, latest;		  /* -1 when absent */
	double improvement_pct;		  /* NAN */
	const char *outcome; /* remission, response, ..., unknown */
	double pdc;	     /* NAN without fills */
} tpath_trial;

/* One of result.trd: a TRD definition's verdict */
typedef struct tpath_trd_verdict {
	size_t size;
	const char *definition; /* its id, e.g. "two-adequate-trials" */
	const char *title, *source;
	int met;
	long failed_trials, distinct_classes;
	long needs_failures, needs_distinct_classes;
	/* Indexes of the trials counted as failed, of the ongoing ones
	 * counted, and of those that could not be judged. */
	const size_t *counted;
	size_t ncounted;
	const size_t *counted_ongoing;
	size_t ncounted_ongoing;
	const size_t *undetermined;
	size_t nundetermined;
	const char *status; /* "provisional", or NULL */
	const char *status_reason;
} tpath_trd_verdict;

/* A component of a staging model: a stage's yes/no or a score's points */
typedef struct tpath_stage_component {
	const char *name;
	double value; /* points, or 1/0 for a stage reached or not */
	int is_boolean;
} tpath_stage_component;

/* One of result.staging */
typedef struct tpath_staging {
	size_t size;
	const char *model, *title, *source;
	int applicable;
	long failed_trials;
	const char *stage; /* NULL when no stage (or a score model) */
	double score;	   /* NAN when a stage model, or not applicable */
	const char *band;  /* NULL */
	const char *reason; /* why no stage / not applicable, or NULL */
	const char *status; /* "provisional", or NULL */
	const char *status_reason;
	const tpath_stage_component *components;
	size_t ncomponents;
} tpath_staging;

/* One of result.recommendations */
typedef struct tpath_recommendation {
	size_t size;
	const char *action; /* continue, increase-dose, switch, augment, ... */
	const char *const *options; /* after the safety checks */
	size_t noptions;
	const char *rule, *source;
	long line; /* of the rule in its guideline file */
	const char *rationale; /* NULL */
	const char *status;    /* "provisional", or NULL */
	int at_ceiling;
	size_t nremoved; /* options safety removed (removed_options) */
} tpath_recommendation;

/* One of result.warnings */
typedef struct tpath_warning {
	size_t size;
	const char *code;     /* e.g. "interaction", "stale-scores" */
	const char *severity; /* "info", "warning" or "critical" */
	const char *message;
	const char *source; /* citation, or NULL */
	const char *rule;   /* the rule that raised it, or NULL */
} tpath_warning;

/* The history's id and the as_of day as the result gives them, and the
 * id of the guideline applied. */
TPATH_EXTERN const char *tpath_result_history(const tpath_result *r);
TPATH_EXTERN const char *tpath_result_as_of(const tpath_result *r);
TPATH_EXTERN const char *tpath_result_guideline(const tpath_result *r);
TPATH_EXTERN const tpath_position *
tpath_result_position(const tpath_result *r);
/* Counts, and entry i (NULL when i is out of range or r is NULL). */
TPATH_EXTERN size_t tpath_result_trial_count(const tpath_result *r);
TPATH_EXTERN const tpath_trial *tpath_result_trial(const tpath_result *r,
						   size_t i);
TPATH_EXTERN size_t tpath_result_trd_count(const tpath_result *r);
TPATH_EXTERN const tpath_trd_verdict *
tpath_result_trd(const tpath_result *r, size_t i);
/* The verdict of the guideline's own TRD definition, or NULL. */
TPATH_EXTERN const tpath_trd_verdict *
tpath_result_own_trd(const tpath_result *r);
TPATH_EXTERN size_t tpath_result_staging_count(const tpath_result *r);
TPATH_EXTERN const tpath_staging *
tpath_result_staging(const tpath_result *r, size_t i);
TPATH_EXTERN size_t tpath_result_recommendation_count(const tpath_result *r);
TPATH_EXTERN const tpath_recommendation *
tpath_result_recommendation(const tpath_result *r, size_t i);
TPATH_EXTERN size_t tpath_result_warning_count(const tpath_result *r);
TPATH_EXTERN const tpath_warning *
tpath_result_warning(const tpath_result *r, size_t i);

/* Called by tpath_walk once per day: as_of is the day in the history's own
 * style ("2025-01-31" or "70", what tpath_eval_options.as_of takes) and r
 * the result as of that day.  Both belong to the walk and live only until
 * the call returns (render r, do not keep it).  Returning 0 goes on to the
 * next day; any other value stops the walk, which returns it unchanged
 * (return a positive value to tell it from the library's codes). */
typedef int (*tpath_walk_fn)(const char *as_of, const tpath_result *r,
			     void *ud);

/* Evaluates history h as of every day something happened in its episode,
 * and every day a decision point of the guideline is reached or passes,
 * and calls fn(day, result, ud) for each, in increasing date order.  The
 * days are every distinct date, from the episode's start up to the as_of
 * of opts (or the history's own as_of when opts->as_of is NULL), among:
 * the episode's start, each course's start and stop, dose and fill dates,
 * measure dates, the history's as_of, the last day itself, and for each
 * decision point of the trial (or step) current on a day walked, the first
 * day its week is reached and the first day after its window (as that
 * day's result places them, --set parameters included; a point of a
 * course that stops before it is still walked).  A change that time alone
 * brings on another day (a rule reading weeks since a dose change) shows
 * on the next day walked (tpath_walk_every_day visits every day).  Each
 * result is what tpath_evaluate returns with opts copied and as_of set to
 * that day (opts may be NULL; guideline, params and trace apply to every
 * day).
 *
 * Returns 0 after the last day; fn's value when fn stopped the walk (err
 * then has code 0); or a negative tpath_code with err filled, as
 * tpath_evaluate would: TPATH_EUSAGE for a NULL kb, h or fn and for bad
 * options (an as_of malformed, in the other style or before the episode's
 * start, an unknown guideline or parameter), reported before fn is first
 * called; TPATH_ENOMEM, possibly after fn was called for earlier days.
 * fn runs outside the library's allocator and numeric locale, and may call
 * any tpath function. */
TPATH_EXTERN int tpath_walk(const tpath_kb *kb, const tpath_history *h,
			    const tpath_eval_options *opts, tpath_walk_fn fn,
			    void *ud, tpath_error *err);

/* The most work tpath_walk_every_day takes on: the days walked times the
 * history's records (each course, dose, fill, measure and concomitant
 * medicine, plus one) and its courses squared, a few seconds of
 * evaluation (ten years of weekly scores and 30 courses is 5.3 million). */
#define TPATH_WALK_EVERY_DAY_LIMIT 10000000

/* As tpath_walk, but as of every day from the episode's start to the last
 * day, in increasing order (what `tpath replay` steps through, showing
 * the days on which something changed, a change that time alone brings
 * included).  One evaluation costs about as much as the history is long,
 * so a history whose days times records exceed TPATH_WALK_EVERY_DAY_LIMIT
 * is refused before fn is first called: TPATH_ELIMIT, err naming the
 * figures (an earlier opts->as_of walks fewer days). */
TPATH_EXTERN int tpath_walk_every_day(const tpath_kb *kb,
				      const tpath_history *h,
				      const tpath_eval_options *opts,
				      tpath_walk_fn fn, void *ud,
				      tpath_error *err);

typedef enum tpath_format {
	TPATH_FORMAT_JSON,	/* the result/1 object, indented, newline-ended */
	TPATH_FORMAT_JSON_LINE, /* the same on one line (JSON Lines) */
	TPATH_FORMAT_TEXT,	/* a readable report of the same object */
	TPATH_FORMAT_TEXT_EXPLAIN, /* the report followed by the trace as
				      prose: every rule, its verdict, the facts
				      read and the source */
	TPATH_FORMAT_TEXT_COLOR,   /* TEXT with ANSI colour (for a terminal) */
	TPATH_FORMAT_TEXT_EXPLAIN_COLOR, /* TEXT_EXPLAIN with ANSI colour */
	TPATH_FORMAT_HTML,	   /* one self-contained HTML page (no scripts,
				      no network) with an SVG timeline */
	TPATH_FORMAT_HTML_EXPLAIN, /* the page with the trace as prose */
	TPATH_FORMAT_CSV	   /* one CSV row (RFC 4180, CRLF-ended) of
				      the columns tpath_csv_header names */
} tpath_format;

/* Renders r.  On success *out is a NUL-terminated string the caller frees
 * with tpath_free(); on failure it is NULL.  Every format is a view of the
 * one result/1 object (docs/result-format.md). */
TPATH_EXTERN int tpath_result_render(char **out, const tpath_result *r,
				     tpath_format format, tpath_error *err);

/* Renders the results of one history evaluated under n different
 * guidelines (1 <= n <= 16) side by side, marking where they disagree.
 * format is one of the TEXT or HTML formats (the EXPLAIN forms render as
 * the plain ones).  TPATH_EUSAGE when n is out of range, a result is NULL
 * or the results are of different histories.  *out as for
 * tpath_result_render. */
TPATH_EXTERN int tpath_compare_render(char **out,
				      const tpath_result *const *results,
				      size_t n, tpath_format format,
				      tpath_error *err);

/* Renders err as one JSON line (newline-terminated) for a stream of
 * results: {"tpath": "error/1", "index": index, "source", "line",
 * "column", "code", "message", "error"} where "error" is the
 * "source:line:column: message" line and index the document's 0-based
 * place in the input.  On success *out is freed with tpath_free(). */
TPATH_EXTERN int tpath_error_render_json(char **out, const tpath_error *err,
					 size_t index);

/* The header row of the CSV format (TPATH_FORMAT_CSV) for results of kb:
 * id, guideline, as_of, step, status, decision_point, decision_point_state;
 * trd_ID_met and trd_ID_failed for each TRD definition of kb, in load
 * order; staging_ID_stage for each ladder staging model and
 * staging_ID_score for each points model, in load order;
 * first_recommendation, recommendations, warnings, critical and error
 * (docs/result-format.md, "CSV").  The columns depend on kb alone: every
 * result of kb, under any guideline, has one cell for each.  RFC 4180,
 * ended by CRLF.  On success *out is freed with tpath_free(); TPATH_EUSAGE
 * for a NULL argument. */
TPATH_EXTERN int tpath_csv_header(char **out, const tpath_kb *kb,
				  tpath_error *err);

/* Renders err as one CSV row of the columns tpath_csv_header(kb) names,
 * for a document of a stream that could not be evaluated: id (NULL or the
 * history's id when known) first, the "source:line:column: message" line
 * in the last column (error), every other cell empty; CRLF-ended.  On
 * success *out is freed with tpath_free(); TPATH_EUSAGE for a NULL out, kb
 * or err, TPATH_ENOMEM. */
TPATH_EXTERN int tpath_error_render_csv(char **out, const tpath_kb *kb,
					const tpath_error *err,
					const char *id);

/* Frees memory returned by tpath_result_render.  NULL is a no-op. */
TPATH_EXTERN void tpath_free(void *p);

#ifdef __cplusplus
}
#endif

#endif /* TPATH_H */
