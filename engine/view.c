/*
 * view.c - helpers shared by the views of a result (see view.h).
 */
#include "view.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool tp_sb_reserve(tp_sbuf *b, size_t more)
{
	size_t ncap;
	char *ns;
	if (b->oom)
		return false;
	if (b->n + more + 1 <= b->cap)
		return true;
	ncap = b->cap ? b->cap : 1024;
	while (ncap < b->n + more + 1) {
		if (ncap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
		ncap *= 2;
	}
	if (!(ns = realloc(b->s, ncap))) {
		b->oom = true;
		return false;
	}
	b->s = ns;
	b->cap = ncap;
	return true;
}

void tp_sb_put(tp_sbuf *b, const char *s, size_t n)
{
	if (!tp_sb_reserve(b, n))
		return;
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void tp_sb_vadd(tp_sbuf *b, const char *fmt, va_list ap)
{
	va_list again;
	int need;
	if (b->oom)
		return;
	va_copy(again, ap);
	need = vsnprintf(NULL, 0, fmt, ap);
	if (need < 0) {
		b->oom = true;
		va_end(again);
		return;
	}
	if (tp_sb_reserve(b, (size_t)need)) {
		vsnprintf(b->s + b->n, b->cap - b->n, fmt, again);
		b->n += (size_t)need;
	}
	va_end(again);
}

void tp_sb_add(tp_sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tp_sb_vadd(b, fmt, ap);
	va_end(ap);
}

char *tp_sb_finish(tp_sbuf *b)
{
	if (b->oom) {
		free(b->s);
		return NULL;
	}
	if (!b->s) {
		b->s = malloc(1);
		if (b->s)
			b->s[0] = '\0';
	}
	return b->s;
}

/* Columns of the first len bytes: one per UTF-8 character, none for an
 * ANSI colour sequence (ESC [ ... m). */
static size_t cols_n(const char *s, size_t len)
{
	size_t n = 0, i;
	for (i = 0; i < len; i++) {
		if (s[i] == '\033') {
			while (i + 1 < len && s[i] != 'm')
				i++;
			continue;
		}
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	}
	return n;
}

size_t tp_view_cols(const char *s)
{
	return cols_n(s, strlen(s));
}

void tp_view_fit(char *buf, size_t n, const char *s, size_t cols)
{
	size_t i = 0, c = 0, keep = 0;
	if (n == 0)
		return;
	if (tp_view_cols(s) <= cols) {
		snprintf(buf, n, "%s", s);
		tp_utf8_trim(buf);
		return;
	}
	/* room for the characters that fit before "..." */
	while (s[i] && c + 3 < cols) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	keep = i;
	snprintf(buf, n, "%.*s...", (int)keep, s);
	tp_utf8_trim(buf);
}

void tp_sb_hang(tp_sbuf *b, const char *first, const char *indent,
		const char *text)
{
	size_t ind = tp_view_cols(indent), fst = tp_view_cols(first);
	size_t width = TP_VIEW_WIDTH - ind;
	size_t col = fst > ind ? fst - ind : 0;
	const char *p = text;

	tp_sb_add(b, "%s", first);
	while (*p) {
		const char *w = p;
		size_t len, wc;
		while (*p && *p != ' ')
			p++;
		len = (size_t)(p - w);
		wc = cols_n(w, len);
		if (col > 0 && col + 1 + wc > width) {
			tp_sb_add(b, "\n%s", indent);
			col = 0;
		} else if (col > 0) {
			tp_sb_put(b, " ", 1);
			col++;
		}
		tp_sb_put(b, w, len);
		col += wc;
		while (*p == ' ')
			p++;
	}
	tp_sb_put(b, "\n", 1);
}

void tp_sb_wrap(tp_sbuf *b, const char *indent, const char *text)
{
	tp_sb_hang(b, indent, indent, text);
}

void tp_sb_html(tp_sbuf *b, const char *text)
{
	const char *p = text, *run = text;
	for (; *p; p++) {
		const char *rep;
		switch (*p) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			continue;
		}
		tp_sb_put(b, run, (size_t)(p - run));
		tp_sb_add(b, "%s", rep);
		run = p + 1;
	}
	tp_sb_put(b, run, (size_t)(p - run));
}

const char *tp_jstr(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

void tp_view_day_text(const json_t *v, char *buf, size_t n)
{
	if (json_is_integer(v))
		snprintf(buf, n, "day %lld", (long long)json_integer_value(v));
	else if (json_is_string(v))
		snprintf(buf, n, "%s", json_string_value(v));
	else
		snprintf(buf, n, "-");
}

void tp_view_num_text(const json_t *v, char *buf, size_t n)
{
	if (json_is_number(v))
		snprintf(buf, n, "%g", json_number_value(v));
	else
		snprintf(buf, n, "-");
}

void tp_view_real_text(double v, char *buf, size_t n)
{
	if (isnan(v))
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%g", v);
}

bool tp_view_day(const json_t *v, int32_t *day)
{
	int y;
	unsigned m, d;
	if (json_is_integer(v)) {
		*day = (int32_t)json_integer_value(v);
		return true;
	}
	if (json_is_string(v) &&
	    sscanf(json_string_value(v), "%4d-%2u-%2u", &y, &m, &d) == 3) {
		*day = tp_days_from_civil(y, m, d);
		return true;
	}
	return false;
}

const char *tp_view_treatment(const json_t *t)
{
	return json_object_get(t, "drug") ? tp_jstr(t, "drug")
					  : tp_jstr(t, "intervention");
}

bool tp_view_span_of(const json_t *root, tp_view_span *g)
{
	const json_t *trials = json_object_get(root, "trials");
	int32_t d;
	size_t i;
	if (!tp_view_day(json_object_get(json_object_get(root, "episode"),
					 "start"),
			 &g->origin) ||
	    !tp_view_day(json_object_get(root, "as_of"), &g->d1))
		return false;
	g->d0 = g->origin;
	for (i = 0; i < json_array_size(trials); i++)
		if (tp_view_day(json_object_get(json_array_get(trials, i),
						"start"),
				&d) &&
		    d < g->d0)
			g->d0 = d;
	if (g->d1 <= g->d0)
		g->d1 = g->d0 + 1;
	return true;
}

int tp_view_tick_step(double weeks, double max_ticks)
{
	static const int steps[] = { 1,	  2,   4,   8,	  12,	26,  52,
				     104, 260, 520, 1040, 2600, 5200 };
	size_t k;
	for (k = 0; k + 1 < sizeof(steps) / sizeof(steps[0]); k++)
		if (weeks / steps[k] <= max_ticks)
			break;
	return steps[k];
}

size_t tp_view_lane_order(const json_t *trials, size_t *order)
{
	size_t i, j, n = 0, count = json_array_size(trials);
	for (i = 0; i < count; i++) {
		if (json_is_integer(
			    json_object_get(json_array_get(trials, i), "adds_to")))
			continue;
		order[n++] = i;
		for (j = i + 1; j < count; j++) {
			const json_t *a = json_object_get(
				json_array_get(trials, j), "adds_to");
			if (json_is_integer(a) &&
			    json_integer_value(a) == (json_int_t)i)
				order[n++] = j;
		}
	}
	/* an adjunct whose course is not listed (not in a well-formed
	 * result) is still drawn */
	for (i = 0; i < count && n < count; i++) {
		bool seen = false;
		for (j = 0; j < n; j++)
			seen |= order[j] == i;
		if (!seen)
			order[n++] = i;
	}
	return n;
}

void tp_view_staging_verdict(const tpath_staging *m, char *buf, size_t n)
{
	if (m->stage)
		snprintf(buf, n, "stage %s", m->stage);
	else if (!isnan(m->score))
		snprintf(buf, n, "score %g%s%s%s", m->score,
			 m->band ? " (" : "", m->band ? m->band : "",
			 m->band ? ")" : "");
	else if (!m->applicable)
		snprintf(buf, n, "not applicable");
	else
		snprintf(buf, n, "no stage");
}

bool tp_view_counted(const tpath_trd_verdict *own_trd, size_t i)
{
	size_t k;
	for (k = 0; own_trd && k < own_trd->ncounted; k++)
		if (own_trd->counted[k] == i)
			return true;
	return false;
}

/* ---- the trace as prose ------------------------------------------------ */

const char tp_view_explain_intro[] =
	"Every rule tpath evaluated, in order: what it decided, the facts it "
	"read from the history, and where the rule comes from (its source and "
	"its line in the knowledge file).";

/* A fact's value as a reader would say it. */
static void fact_value(const json_t *v, char *buf, size_t n)
{
	if (json_is_null(v))
		snprintf(buf, n, "unknown");
	else if (json_is_true(v))
		snprintf(buf, n, "yes");
	else if (json_is_false(v))
		snprintf(buf, n, "no");
	else if (json_is_string(v))
		tp_view_fit(buf, n, json_string_value(v), n > 4 ? n - 4 : 0);
	else if (json_is_number(v)) {
		/* whole numbers whole; others to 4 significant digits, never
		 * in exponent form for the sizes facts have */
		double x = json_number_value(v);
		if (x == (double)(long long)x && x > -1e15 && x < 1e15)
			snprintf(buf, n, "%lld", (long long)x);
		else if (x > -1e4 && x < 1e4)
			snprintf(buf, n, "%.4g", x);
		else
			snprintf(buf, n, "%.1f", x);
	} else {
		/* a list: its items */
		size_t k, o = 0;
		buf[0] = '\0';
		for (k = 0; k < json_array_size(v) && o < n; k++) {
			char item[64];
			fact_value(json_array_get(v, k), item, sizeof(item));
			o += (size_t)snprintf(buf + o, n - o, "%s%s",
					      k ? ", " : "", item);
		}
		if (o >= n && n > 4) {
			/* cut on a character, marked */
			buf[n - 4] = '\0';
			tp_utf8_trim(buf);
			strcat(buf, "...");
		}
	}
}

typedef struct kind_word {
	const char *prefix, *title, *noun;
} kind_word;

static const kind_word kinds[] = {
	{ "trd", "Definitions of treatment-resistant depression",
	  "Definition" },
	{ "staging", "Staging models", "Model" },
	{ "step", "Where in the pathway (the last step that holds is used)",
	  "Step" },
	{ "status", "Status (the first that holds is used)", "Status" },
	{ "rule", "Rules of the guideline", "Rule" },
	{ "warning", "Warning rules of the guideline", "Warning rule" },
	{ "safety", "Safety checks", "Check" },
};

static const kind_word *kind_of(const char *rule, size_t *idlen)
{
	const char *colon = strchr(rule, ':');
	size_t k, n = colon ? (size_t)(colon - rule) : 0;
	*idlen = n;
	for (k = 0; colon && k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strlen(kinds[k].prefix) == n &&
		    !strncmp(kinds[k].prefix, rule, n))
			return &kinds[k];
	return NULL;
}

static void verdict_phrase(const char *verdict, char *buf, size_t n)
{
	if (!strcmp(verdict, "true"))
		snprintf(buf, n, "holds");
	else if (!strcmp(verdict, "false"))
		snprintf(buf, n, "does not hold");
	else if (!strcmp(verdict, "unknown"))
		snprintf(buf, n, "cannot be decided: a fact it needs is not "
				 "known");
	else if (!strcmp(verdict, "met"))
		snprintf(buf, n, "is met");
	else if (!strcmp(verdict, "not met"))
		snprintf(buf, n, "is not met");
	else
		snprintf(buf, n, "gives %s", verdict);
}

/* The recommendation a rule produced, or NULL. */
static const json_t *rec_of(const json_t *root, const char *id)
{
	const json_t *recs = json_object_get(root, "recommendations");
	size_t i;
	for (i = 0; i < json_array_size(recs); i++)
		if (!strcmp(tp_jstr(json_array_get(recs, i), "rule"), id))
			return json_array_get(recs, i);
	return NULL;
}


const char *tp_view_explain(const json_t *root, const json_t *t, char *line,
			    size_t n)
{
	const char *rule = tp_jstr(t, "rule");
	json_t *facts = json_object_get(t, "facts");
	const json_t *rec;
	const kind_word *kind;
	const char *key;
	json_t *val;
	char verdict[96];
	size_t idlen, o, nf = 0, f = 0;

	kind = kind_of(rule, &idlen);
	verdict_phrase(tp_jstr(t, "verdict"), verdict, sizeof(verdict));
	o = (size_t)snprintf(line, n, "%s %s %s", kind ? kind->noun : "Rule",
			     rule + (idlen ? idlen + 1 : 0), verdict);
	json_object_foreach(facts, key, val)
		nf++;
	json_object_foreach(facts, key, val)
	{
		char v[512];
		fact_value(val, v, sizeof(v));
		if (o < n)
			o += (size_t)snprintf(line + o, n - o, "%s%s is %s",
					      f == 0	       ? ": it read that "
					      : f + 1 == nf ? " and "
							    : ", ",
					      key, v);
		f++;
	}
	if (o < n)
		o += (size_t)snprintf(line + o, n - o, ".");
	if (json_is_string(json_object_get(t, "source")) && o < n)
		o += (size_t)snprintf(line + o, n - o, " Source: %s",
				      tp_jstr(t, "source"));
	if (json_is_integer(json_object_get(t, "line")) && o < n)
		o += (size_t)snprintf(
			line + o, n - o, "%s line %lld.",
			json_is_string(json_object_get(t, "source"))
				? ";"
				: " Written at",
			(long long)json_integer_value(json_object_get(t, "line")));
	if (kind && !strcmp(kind->prefix, "rule") &&
	    (rec = rec_of(root, rule + idlen + 1)) && o < n)
		o += (size_t)snprintf(line + o, n - o,
				      " So the guideline says: %s",
				      tp_jstr(rec, "rationale"));
	if (o >= n) {
		line[n - 1] = '\0';
		tp_utf8_trim(line);
	}
	return kind ? kind->title : "Other";
}

void tp_view_explain_trial(const json_t *tr, char *line, size_t n)
{
	snprintf(line, n, "Trial %lld (%s): %s.",
		 (long long)json_integer_value(json_object_get(tr, "trial")) + 1,
		 tp_jstr(tr, "treatment"), tp_jstr(tr, "because"));
}
