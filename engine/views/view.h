/*
 * view.h - the views layer: what the views of a result (text report, HTML
 * page, comparison) share: a growing string buffer, word wrapping, HTML escaping and readers
 * of the result/1 object.  Views read the object only; they compute no
 * clinical fact of their own.
 */
#ifndef TPATH_VIEW_H
#define TPATH_VIEW_H

#include "result/result.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Text reports wrap at this column. */
#define TP_VIEW_WIDTH 78

/* Writes first, then text wrapped at TP_VIEW_WIDTH columns (counted in
 * characters); continuation lines start with indent. */
void tp_sb_hang(tp_sbuf *b, const char *first, const char *indent,
		const char *text);
/* Text wrapped, each line starting with indent. */
void tp_sb_wrap(tp_sbuf *b, const char *indent, const char *text);
/* Text with &, <, >, " and ' escaped for HTML and XML. */
void tp_sb_html(tp_sbuf *b, const char *text);

/* Columns a UTF-8 string takes: one per character, none for ANSI colour
 * sequences. */
size_t tp_view_cols(const char *s);

/* s cut to at most cols columns, on a character, ending "..." when cut,
 * into buf (of n bytes). */
void tp_view_fit(char *buf, size_t n, const char *s, size_t cols);

/* A string member, or "" when absent or not a string. */
const char *tp_jstr(const json_t *o, const char *key);
/* A date ("YYYY-MM-DD") or relative day as text: the date, or "day N". */
void tp_view_day_text(const json_t *v, char *buf, size_t n);
/* A number with %g, or "-" for null; the same for a double, "-" for
 * NAN. */
void tp_view_num_text(const json_t *v, char *buf, size_t n);
void tp_view_real_text(double v, char *buf, size_t n);
/* The day number of a result's date or relative day; false when v is
 * neither. */
bool tp_view_day(const json_t *v, int32_t *day);

/* A trial's drug or intervention. */
const char *tp_view_treatment(const json_t *trial);

/* The span a timeline covers: from the episode's start (or the first
 * trial's, if earlier) to as_of, at least one day; origin is the episode's
 * start.  False when the result has no such dates. */
typedef struct tp_view_span {
	int32_t d0, d1, origin;
} tp_view_span;
bool tp_view_span_of(const json_t *root, tp_view_span *span);
/* A tick step in weeks (1, 2, 4, 8, 12, 26, 52, ...) giving at most
 * max_ticks ticks over weeks. */
int tp_view_tick_step(double weeks, double max_ticks);
/* The trials in lane order into order (room for every trial): each course
 * not added to another, followed by the courses added to it (adds_to).
 * Returns how many. */
size_t tp_view_lane_order(const json_t *trials, size_t *order);
/* A staging entry's verdict: "stage II", "score 5 (mild)", "not
 * applicable" or "no stage". */
void tp_view_staging_verdict(const tpath_staging *model, char *buf,
			     size_t n);

/* The entry of trials counted toward TRD by the guideline's own definition
 * (result.guideline.trd), or NULL. */
/* (tpath_result_own_trd: the model's own_trd) */
/* Whether trial i is in that entry's counted list. */
bool tp_view_counted(const tpath_trd_verdict *own_trd, size_t i);

/* The trace as prose (--explain): an opening sentence; one entry as a
 * sentence into line (cut on a character when longer than n), returning
 * the title of its group (definitions, staging models, steps, rules...);
 * one of an entry's trials as a sentence. */
extern const char tp_view_explain_intro[];
const char *tp_view_explain(const json_t *root, const json_t *entry,
			    char *line, size_t n);
void tp_view_explain_trial(const json_t *trial, char *line, size_t n);

/* The HTML page (malloc'd), or NULL. */
char *tp_report_html(const tpath_result *r, bool explain);
/* The time axis of the SVG timeline, shared by the report and the
 * comparison; root is r's tp_result_tree. */
void tp_html_timeline(tp_sbuf *b, const tpath_result *r, const json_t *root);
/* The page's style sheet and the decision-support notice. */
void tp_html_head(tp_sbuf *b, const char *title);
void tp_html_notice(tp_sbuf *b, const json_t *root);

/* The text report of a result (malloc'd), or NULL. */
char *tp_report_text(const tpath_result *r, bool explain, bool color);

#endif /* TPATH_VIEW_H */
