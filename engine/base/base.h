/*
 * base.h - the bottom layer of the engine, which every other layer may
 * use: allocation through the caller's allocator and arenas, errors, the
 * per-call state of public entry points, small string and file helpers,
 * calendar arithmetic and a growing string buffer.  Never installed.
 *
 * The layers, each in its folder with one header, from the bottom: base,
 * load (YAML to immutable knowledge and histories), model (the typed
 * result), judge (evaluation filling the model), fhir (the importer),
 * result (writers), views (reports).  A file includes only its own
 * layer's header and those of layers below it (tests/layers.sh).
 */
#ifndef TPATH_BASE_H
#define TPATH_BASE_H

#define TPATH_BUILDING 1
#include "tpath.h"

#include <locale.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TP_DEFAULT_MAX_BYTES TPATH_DEFAULT_MAX_BYTES
#define TP_DEFAULT_MAX_DEPTH TPATH_DEFAULT_MAX_DEPTH
#define TP_DEFAULT_MAX_NODES TPATH_DEFAULT_MAX_NODES

#define TP_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define TP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TP_PRINTF(f, a)
#endif

/* ---- arena.c: allocation through the caller's allocator ---- */

/* The allocator of tpath_load_options (fn NULL: the C library). */
typedef struct tp_allocator {
	tpath_alloc_fn fn;
	void *ud;
} tp_allocator;

/* The allocator in force on this thread: set by the public entry points
 * for the length of a call (tp_alloc_enter/leave), captured by every arena
 * and object created meanwhile, which free with what they captured. */
tp_allocator tp_alloc_enter(tp_allocator a);
void tp_alloc_leave(tp_allocator previous);
tp_allocator tp_alloc_from_options(const tpath_load_options *opts);
tp_allocator tp_alloc_current(void);
void *tp_malloc(size_t n);
void *tp_calloc(size_t n, size_t size);
void *tp_realloc(void *p, size_t n);
void tp_free(void *p);
char *tp_strdup(const char *s);
void tp_free_with(tp_allocator a, void *p);

/* ---- arena.c: one arena per loaded object, freed at once ---- */

typedef struct tp_arena_block tp_arena_block;
typedef struct tp_arena {
	tp_arena_block *head;
	tp_allocator al; /* captured by tp_arena_init */
} tp_arena;

void tp_arena_init(tp_arena *a);
void tp_arena_release(tp_arena *a);
/* Zeroed memory of n bytes aligned for any type, or NULL when out of
 * memory. */
void *tp_arena_alloc(tp_arena *a, size_t n);
/* Copy of len bytes plus a NUL, or NULL when out of memory. */
char *tp_arena_strndup(tp_arena *a, const char *s, size_t len);

/* ---- error.c ---- */

/* Fills err (when not NULL) and returns code.  Never allocates. */
int tp_error_set(tpath_error *err, int code, const char *source,
		 unsigned line, unsigned column, const char *fmt, ...)
	TP_PRINTF(6, 7);
int tp_error_oom(tpath_error *err, const char *source);
/* Removes an incomplete UTF-8 sequence from the end of s (after a cut). */
void tp_utf8_trim(char *s);

/* Numbers read and printed (printf in messages, views, the FHIR importer's
 * YAML) must not follow the caller's LC_NUMERIC: a decimal comma would
 * write "37,5" and break the SVG and the reports.  enter switches the
 * calling thread to the C numeric locale (uselocale, so other threads are
 * not affected) and leave switches it back; enter returns -1 when the
 * locale cannot be made (out of memory).  Nesting is fine: leave restores
 * whatever locale its enter found. */
typedef struct tp_c_numeric {
	locale_t c, old;
} tp_c_numeric;
int tp_c_numeric_enter(tp_c_numeric *cn);
void tp_c_numeric_leave(tp_c_numeric *cn);

/* The one way in for every public entry point that reads or writes a
 * number (loaders, validation, evaluation, the walk, rendering, the FHIR
 * import): runs the int expression call in the C numeric locale and stores
 * its value in rc.  When the locale cannot be made, call does not run:
 * *out is set to NULL (out is the entry point's output parameter, may be
 * NULL; TP_NO_OUT when it has none) and rc is TPATH_ENOMEM with err filled
 * naming source. */
#define TP_C_NUMERIC(rc, out, err, source, call)                              \
	do {                                                                  \
		tp_c_numeric tp_cn_;                                          \
		if (tp_c_numeric_enter(&tp_cn_) < 0) {                        \
			if (out)                                              \
				*(out) = NULL;                                \
			(rc) = tp_error_oom((err), (source));                 \
		} else {                                                      \
			(rc) = (call);                                        \
			tp_c_numeric_leave(&tp_cn_);                          \
		}                                                             \
	} while (0)
#define TP_NO_OUT ((void **)NULL)

/* The per-call state of a public entry point, entered by this one wrapper:
 * the allocator al (tp_alloc_current() to keep the one in force) for
 * everything the call allocates, and the C numeric locale (TP_C_NUMERIC's
 * arguments and effect).  Every exported function that allocates or reads
 * or writes a number runs its body through it; the readers of a loaded
 * object or result and the free functions do neither, and do not. */
#define TP_CALL(rc, al, out, err, source, call)                               \
	do {                                                                  \
		tp_allocator tp_prev_ = tp_alloc_enter(al);                   \
		TP_C_NUMERIC(rc, out, err, source, call);                     \
		tp_alloc_leave(tp_prev_);                                     \
	} while (0)
void tp_error_clear(tpath_error *err);

/* ---- util.c ---- */

/* Damerau-Levenshtein (optimal string alignment) distance between
 * case-folded a and b, or more than limit when it exceeds limit. */
size_t tp_edit_distance(const char *a, const char *b, size_t limit);
/* Whether the distance is small enough to suggest b for a. */
bool tp_is_close(const char *a, const char *b);
/* Reads a whole file; *buf is malloc'd (caller frees). */
int tp_read_file(char **buf, size_t *len, const char *path, size_t max_bytes,
		 tpath_error *err);
bool tp_streq_ci(const char *a, const char *b);
/* The first place needle occurs in hay, ASCII case ignored, or NULL. */
const char *tp_strcasestr(const char *hay, const char *needle);
/* Thread-safe strerror: the text for errno value e, written into buf. */
const char *tp_strerror(int e, char *buf, size_t n);
/* Parses [-]digits[.digits] of at most 15 digits, independently of the
 * locale; false when s is not of that form. */
bool tp_parse_decimal(const char *s, size_t n, double *out);

/* ---- date.c ---- */

/* Days since 1970-01-01 of a valid proleptic Gregorian date. */
int32_t tp_days_from_civil(int y, unsigned m, unsigned d);
void tp_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d);
/* Days in month m (1-12) of year y. */
unsigned tp_days_in_month(int y, unsigned m);
/* Reads YYYY-MM-DD (n == 10, digits where digits go) into y, m and d,
 * without asking whether the calendar has that day; false when s is not
 * of that form. */
bool tp_date_parse(const char *s, size_t n, int *y, unsigned *m,
		   unsigned *d);
/* The day number of the calendar date YYYY-MM-DD in s; false when s is
 * not of that form or the calendar has no such day. */
bool tp_date_day(const char *s, size_t n, int32_t *day);
/* Writes day as YYYY-MM-DD into buf (n >= 11 for the whole date). */
void tp_date_format(int32_t day, char *buf, size_t n);

/* A string formatted into arena a (measured first, so never cut), or NULL
 * when memory runs out. */
char *tp_arena_printf(tp_arena *a, const char *fmt, ...) TP_PRINTF(2, 3);

/* A growing string of the C library's malloc (what tpath_free releases).
 * After a failed allocation oom is set and further writes do nothing. */
typedef struct tp_sbuf {
	char *s;
	size_t n, cap;
	bool oom;
} tp_sbuf;

void tp_sb_add(tp_sbuf *b, const char *fmt, ...) TP_PRINTF(2, 3);
void tp_sb_vadd(tp_sbuf *b, const char *fmt, va_list ap);
void tp_sb_put(tp_sbuf *b, const char *s, size_t n);
/* Room for more bytes and the terminating NUL; false (oom set) when
 * memory runs out.  For writers that fill b->s + b->n themselves. */
bool tp_sb_reserve(tp_sbuf *b, size_t more);
/* The string, or NULL (and freed) after a failed allocation. */
char *tp_sb_finish(tp_sbuf *b);

#endif /* TPATH_BASE_H */
