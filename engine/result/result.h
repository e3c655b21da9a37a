/*
 * result.h - the result layer: the writers of a result's model, JSON
 * (jsonw.c, json.c) and the CSV row (csv.c).
 */
#ifndef TPATH_RESULT_H
#define TPATH_RESULT_H

#include "model/model.h"

#include <stdbool.h>
#include <stddef.h>

/* JSON text (jsonw.c), as the result/1 output writes it: a string of n
 * bytes quoted and escaped, an integer, a real (ten significant digits,
 * always with '.' or an exponent), and a jansson value with its members
 * in order, indented two spaces a level or compact. */
void tp_jw_string(tp_sbuf *b, const char *s, size_t n);
void tp_jw_integer(tp_sbuf *b, long long v);
void tp_jw_real(tp_sbuf *b, double v);
void tp_jw_value(tp_sbuf *b, const json_t *v, bool indent, int depth);

/* A streaming generator on those: open and close objects and arrays, a
 * key before each member's value, values one call each; separators and
 * indentation as above.  Start it zeroed with b and indent set.  NULL
 * strings and NAN numbers are written as null. */
#define TP_JW_DEPTH 32
typedef struct tp_jw {
	tp_sbuf *b;
	bool indent;
	int depth;
	bool array[TP_JW_DEPTH];
	size_t count[TP_JW_DEPTH]; /* members or elements written */
} tp_jw;
void tp_jw_open(tp_jw *w, bool array);
void tp_jw_close(tp_jw *w);
void tp_jw_key(tp_jw *w, const char *key);
void tp_jw_str(tp_jw *w, const char *s);
void tp_jw_int(tp_jw *w, long long v);
void tp_jw_num(tp_jw *w, double v);
void tp_jw_bool(tp_jw *w, bool v);
void tp_jw_null(tp_jw *w);
void tp_jw_json(tp_jw *w, const json_t *v);

/* The result/1 trials array of m. */
void tp_write_trials(tp_jw *w, const tp_typed *m);

/* The decision-support notice every result carries (result.notice). */
extern const char tp_result_notice[];

/* The result/1 JSON text of r followed by a newline (malloc'd; indented
 * two spaces a level, or one line), or NULL when memory runs out. */
char *tp_result_json(const tpath_result *r, bool indent);

/* The CSV row of a result (malloc'd, CRLF-ended), or NULL. */
char *tp_csv_row(const tpath_result *r);

#endif /* TPATH_RESULT_H */
