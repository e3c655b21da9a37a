/*
 * view.h - the views layer: what the views of a result (text report, HTML
 * page, comparison) share: word wrapping, HTML escaping and readers of the
 * typed result (model/model.h), the one the result/1 JSON is written from.
 * Views read the result only; they compute no clinical fact of their own.
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
/* The same for the len bytes at text. */
void tp_sb_html_n(tp_sbuf *b, const char *text, size_t len);

/* Columns a UTF-8 string takes: one per character, none for ANSI colour
 * sequences. */
size_t tp_view_cols(const char *s);
/* The same for the len bytes at s. */
size_t tp_view_cols_n(const char *s, size_t len);

/* s cut to at most cols columns, on a character, ending "..." when cut,
 * into buf (of n bytes). */
void tp_view_fit(char *buf, size_t n, const char *s, size_t cols);

/* Readers of the typed result (model/model.h) as the views print it. */
/* A string of the model, "" for NULL. */
static inline const char *tp_view_s(const char *s)
{
	return s ? s : "";
}
/* A number of the model as result/1 gives it to a reader of the JSON: 0
 * for an absent one (NAN, written as null). */
static inline double tp_view_or0(double v)
{
	return v != v ? 0.0 : v;
}
/* A day of the model (a date "YYYY-MM-DD", or a day number as text when
 * the history's days are relative) as text: the date, "day N", or "-"
 * for none. */
void tp_view_day_text(const tp_typed *m, const char *day, char *buf,
		      size_t n);
/* The day number of such a day; false when it is NULL or not a date. */
bool tp_view_day(const tp_typed *m, const char *day, int32_t *out);
/* A number with %g, or "-" for NAN; a count or score the same, "-" when
 * absent (negative). */
void tp_view_real_text(double v, char *buf, size_t n);
void tp_view_long_text(long v, char *buf, size_t n);

/* A trial's drug or intervention. */
const char *tp_view_treatment(const tp_trial_rec *t);
/* The guideline's own TRD definition as result.guideline.trd gives it
 * ("" without a guideline). */
static inline const char *tp_view_trd_id(const tp_typed *m)
{
	return m->guideline_rec.none ? "" : tp_view_s(m->guideline_rec.trd);
}

/* The span a timeline covers: from the episode's start (or the first
 * trial's, if earlier) to as_of, at least one day; origin is the episode's
 * start.  False when the result has no such dates. */
typedef struct tp_view_span {
	int32_t d0, d1, origin;
} tp_view_span;
bool tp_view_span_of(const tp_typed *m, tp_view_span *span);
/* A tick step in weeks (1, 2, 4, 8, 12, 26, 52, ...) giving at most
 * max_ticks ticks over weeks. */
int tp_view_tick_step(double weeks, double max_ticks);
/* The trials in lane order into order (room for every trial): each course
 * not added to another, followed by the courses added to it (adds_to).
 * Returns how many. */
size_t tp_view_lane_order(const tp_typed *m, size_t *order);
/* A staging entry's verdict: "stage II", "score 5 (mild)", "not
 * applicable" or "no stage". */
void tp_view_staging_verdict(const tpath_staging *model, char *buf,
			     size_t n);

/* Whether trial i is counted toward TRD in own_trd (the verdict of the
 * guideline's own definition, the model's own_trd; NULL: none). */
bool tp_view_counted(const tpath_trd_verdict *own_trd, size_t i);
/* Whether trial i is among those counted while their course still runs
 * (provisional: the verdict may change when the course ends). */
bool tp_view_counted_so_far(const tpath_trd_verdict *own_trd, size_t i);

/* The summary at the top of the text and HTML reports (issue 19), in
 * sentences each view renders its way: a head ("TRD met", "Now",
 * "Position", "Most severe warning"...) and the rest of the sentence,
 * which starts with its separator.  Facts of the model only: the verdict
 * of the guideline's own TRD definition with the trials it counts
 * (numbered from 1), the courses ongoing with their dose and weeks and the
 * current trial's score change, the position, and the most severe
 * warning.  emphasis: 1 for a verdict met, 2 for a critical warning. */
#define TP_SUMMARY_ITEMS 4
typedef struct tp_view_summary {
	const char *head[TP_SUMMARY_ITEMS];
	tp_sbuf text[TP_SUMMARY_ITEMS];
	int emphasis[TP_SUMMARY_ITEMS];
	size_t n;
} tp_view_summary;
/* false when memory ran out; free it with tp_view_summary_free either
 * way. */
bool tp_view_summary_of(const tp_typed *m, tp_view_summary *s);
void tp_view_summary_free(tp_view_summary *s);

/* A string member of a trace entry (the one part of the result held as
 * JSON), or "" when absent or not a string. */
const char *tp_trace_str(const json_t *o, const char *key);

/* The trace as prose (--explain): an opening sentence; one entry as a
 * sentence into line (cut on a character when longer than n), returning
 * the title of its group (definitions, staging models, steps, rules...);
 * one of an entry's trials as a sentence. */
extern const char tp_view_explain_intro[];
const char *tp_view_explain(const tp_typed *m, const json_t *entry,
			    char *line, size_t n);
void tp_view_explain_trial(const json_t *trial, char *line, size_t n);

/* The HTML page (malloc'd), or NULL. */
char *tp_report_html(const tpath_result *r, bool explain);
/* The time axis of the SVG timeline, shared by the report and the
 * comparison. */
void tp_html_timeline(tp_sbuf *b, const tpath_result *r);
/* The page's style sheet and the decision-support notice. */
void tp_html_head(tp_sbuf *b, const char *title);
void tp_html_notice(tp_sbuf *b);

/* The text report of a result (malloc'd), or NULL. */
char *tp_report_text(const tpath_result *r, bool explain, bool color);

/* A recommendation's options after its action: ": a, b" or, when they
 * span lines of treatment, ": first-line: a, b; second-line: c" (the text
 * report and the HTML page). */
void tp_view_options_by_line(tp_sbuf *text, const tp_rec_rec *rc);

#endif /* TPATH_VIEW_H */
