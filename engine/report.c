/*
 * report.c - the text report: a readable view of the result/1 object.  It
 * reads only the JSON object, so it cannot disagree with the JSON output.
 * Lines fit 80 columns.
 */
#include "result_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sbuf {
	char *s;
	size_t n, cap;
	bool oom;
} sbuf;

static void sb_add(sbuf *b, const char *fmt, ...) TP_PRINTF(2, 3);
static void sb_add(sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int need;
	if (b->oom)
		return;
	va_start(ap, fmt);
	need = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (need < 0) {
		b->oom = true;
		return;
	}
	if (b->n + (size_t)need + 1 > b->cap) {
		size_t ncap = (b->cap ? b->cap : 1024);
		char *ns;
		while (ncap < b->n + (size_t)need + 1)
			ncap *= 2;
		if (!(ns = realloc(b->s, ncap))) {
			b->oom = true;
			return;
		}
		b->s = ns;
		b->cap = ncap;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
	va_end(ap);
	b->n += (size_t)need;
}

/* Writes first (as is), then text wrapped at 78 columns; continuation
 * lines start with indent. */
static void sb_hang(sbuf *b, const char *first, const char *indent,
		    const char *text)
{
	size_t width = 78 - strlen(indent), col = strlen(first) - strlen(indent);
	const char *p = text;
	sb_add(b, "%s", first);
	if (strlen(first) < strlen(indent))
		col = 0;
	while (*p) {
		const char *w = p;
		size_t len;
		while (*p && *p != ' ')
			p++;
		len = (size_t)(p - w);
		if (col > 0 && col + 1 + len > width) {
			sb_add(b, "\n%s", indent);
			col = 0;
		} else if (col > 0) {
			sb_add(b, " ");
			col++;
		}
		sb_add(b, "%.*s", (int)len, w);
		col += len;
		while (*p == ' ')
			p++;
	}
	sb_add(b, "\n");
}

/* Writes text wrapped at 78 columns, each line starting with indent. */
static void sb_wrap(sbuf *b, const char *indent, const char *text)
{
	sb_hang(b, indent, indent, text);
}

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

/* A date or relative day as text. */
static void day_text(const json_t *v, char *buf, size_t n)
{
	if (json_is_integer(v))
		snprintf(buf, n, "day %lld", (long long)json_integer_value(v));
	else if (json_is_string(v))
		snprintf(buf, n, "%s", json_string_value(v));
	else
		snprintf(buf, n, "-");
}

static void num_text(const json_t *v, char *buf, size_t n)
{
	if (json_is_number(v))
		snprintf(buf, n, "%g", json_number_value(v));
	else
		snprintf(buf, n, "-");
}

static void trials_section(sbuf *b, const json_t *root)
{
	const json_t *trials = json_object_get(root, "trials");
	size_t i;
	char start[24], weeks[16], maxmg[16], line[256];

	sb_add(b, "\nTRIALS\n");
	if (json_array_size(trials) == 0) {
		sb_add(b, "  none\n");
		return;
	}
	sb_add(b, "  #  %-16s %-9s %-13s %-10s %5s %6s  %s\n", "treatment",
	       "class", "role", "start", "weeks", "max mg", "adequate");
	for (i = 0; i < json_array_size(trials); i++) {
		const json_t *t = json_array_get(trials, i);
		const json_t *ad = json_object_get(t, "adequate");
		const char *name = json_object_get(t, "drug")
					   ? str(t, "drug")
					   : str(t, "intervention");
		char role[24];
		snprintf(role, sizeof(role), "%s%s", str(t, "role"),
			 json_is_true(json_object_get(t, "role_inferred"))
				 ? ""
				 : "*");
		day_text(json_object_get(t, "start"), start, sizeof(start));
		snprintf(weeks, sizeof(weeks), "%.1f",
			 json_number_value(json_object_get(t, "weeks")));
		num_text(json_object_get(t, "max_mg_per_day"), maxmg,
			 sizeof(maxmg));
		sb_add(b, "  %-2zu %-16s %-9s %-13s %-10s %5s %6s  %s\n", i,
		       name, str(t, "class"), role, start, weeks, maxmg,
		       json_is_null(ad) ? "-" : json_is_true(ad) ? "yes" : "no");
		{
			const char *ongoing =
				json_is_null(json_object_get(t, "stop"))
					? "; ongoing"
					: "";
			const json_t *bl = json_object_get(t, "baseline");
			const json_t *lt = json_object_get(t, "latest");
			char base[16], latest[16], pct[16];
			num_text(bl, base, sizeof(base));
			num_text(lt, latest, sizeof(latest));
			num_text(json_object_get(t, "improvement_pct"), pct,
				 sizeof(pct));
			if (!json_is_string(json_object_get(t, "scale")))
				snprintf(line, sizeof(line), "no scores: %s%s",
					 str(t, "outcome"), ongoing);
			else if (json_is_number(bl) && json_is_number(lt))
				snprintf(line, sizeof(line),
					 "%s %s -> %s (improvement %s%%): %s%s",
					 str(t, "scale"), base, latest, pct,
					 str(t, "outcome"), ongoing);
			else if (json_is_number(lt))
				snprintf(line, sizeof(line),
					 "%s latest %s, no baseline: %s%s",
					 str(t, "scale"), latest,
					 str(t, "outcome"), ongoing);
			else
				snprintf(line, sizeof(line),
					 "%s baseline %s, no later score: %s%s",
					 str(t, "scale"), base,
					 str(t, "outcome"), ongoing);
		}
		sb_wrap(b, "     ", line);
		if (json_is_string(json_object_get(t, "not_adequate_because")) &&
		    json_object_get(t, "drug")) {
			snprintf(line, sizeof(line), "not adequate: %s",
				 str(t, "not_adequate_because"));
			sb_wrap(b, "     ", line);
		}
	}
	for (i = 0; i < json_array_size(trials); i++)
		if (json_is_false(json_object_get(json_array_get(trials, i),
						  "role_inferred"))) {
			sb_add(b, "  * role stated in the history\n");
			break;
		}
}

static void trd_section(sbuf *b, const json_t *root)
{
	const json_t *trd = json_object_get(root, "trd");
	size_t i, j;
	char line[512];

	sb_add(b, "\nTREATMENT-RESISTANT DEPRESSION\n");
	if (json_array_size(trd) == 0)
		sb_add(b, "  no definition loaded\n");
	for (i = 0; i < json_array_size(trd); i++) {
		const json_t *d = json_array_get(trd, i);
		const json_t *counted = json_object_get(d, "counted");
		size_t o;
		char prefix[64];
		snprintf(prefix, sizeof(prefix), "  %-26s %-7s ",
			 str(d, "definition"),
			 json_is_true(json_object_get(d, "met")) ? "MET"
								: "not met");
		o = (size_t)snprintf(
			line, sizeof(line), "%lld failed (needs %lld",
			(long long)json_integer_value(
				json_object_get(d, "failed_trials")),
			(long long)json_integer_value(
				json_object_get(d, "needs_failures")));
		if (json_integer_value(json_object_get(
			    d, "needs_distinct_classes")) > 1)
			o += (size_t)snprintf(
				line + o, sizeof(line) - o,
				" from %lld classes; %lld found",
				(long long)json_integer_value(json_object_get(
					d, "needs_distinct_classes")),
				(long long)json_integer_value(json_object_get(
					d, "distinct_classes")));
		o += (size_t)snprintf(line + o, sizeof(line) - o, ")%s",
				      json_array_size(counted) ? ": trials"
							       : "");
		for (j = 0; j < json_array_size(counted) && o < sizeof(line);
		     j++)
			o += (size_t)snprintf(
				line + o, sizeof(line) - o, "%s %lld",
				j ? "," : "",
				(long long)json_integer_value(
					json_array_get(counted, j)));
		sb_hang(b, prefix, "                                     ",
			line);
	}
}

static void staging_section(sbuf *b, const json_t *root)
{
	const json_t *st = json_object_get(root, "staging");
	size_t i;
	char line[512], head[64];

	sb_add(b, "\nSTAGING\n");
	if (json_array_size(st) == 0)
		sb_add(b, "  no model loaded\n");
	for (i = 0; i < json_array_size(st); i++) {
		const json_t *m = json_array_get(st, i);
		json_t *comp = json_object_get(m, "components");
		const char *key;
		const json_t *val;
		size_t o = 0;

		if (json_is_string(json_object_get(m, "stage")))
			snprintf(head, sizeof(head), "stage %s",
				 str(m, "stage"));
		else if (json_is_number(json_object_get(m, "score")))
			snprintf(head, sizeof(head), "score %g%s%s%s",
				 json_number_value(json_object_get(m, "score")),
				 json_is_string(json_object_get(m, "band"))
					 ? " ("
					 : "",
				 str(m, "band"),
				 json_is_string(json_object_get(m, "band"))
					 ? ")"
					 : "");
		else if (json_is_false(json_object_get(m, "applicable")))
			snprintf(head, sizeof(head), "not applicable");
		else
			snprintf(head, sizeof(head), "no stage");
		sb_add(b, "  %-11s %s%s\n", str(m, "model"), head,
		       json_is_string(json_object_get(m, "status"))
			       ? "  [provisional encoding]"
			       : "");
		json_object_foreach(comp, key, val)
		{
			char v[16];
			if (json_is_boolean(val))
				snprintf(v, sizeof(v), "%s",
					 json_is_true(val) ? "yes" : "no");
			else
				num_text(val, v, sizeof(v));
			if (o < sizeof(line))
				o += (size_t)snprintf(line + o,
						      sizeof(line) - o,
						      "%s%s %s", o ? ", " : "",
						      key, v);
		}
		if (o)
			sb_wrap(b, "              ", line);
		if (json_is_string(json_object_get(m, "reason")))
			sb_wrap(b, "              ", str(m, "reason"));
	}
}

static void warnings_section(sbuf *b, const json_t *root)
{
	const json_t *w = json_object_get(root, "warnings");
	size_t i;
	char line[700];
	if (json_array_size(w) == 0)
		return;
	sb_add(b, "\nWARNINGS\n");
	for (i = 0; i < json_array_size(w); i++) {
		const json_t *x = json_array_get(w, i);
		snprintf(line, sizeof(line), "%s %s: %s", str(x, "severity"),
			 str(x, "code"), str(x, "message"));
		sb_wrap(b, "  ", line);
	}
}

static void pathway_section(sbuf *b, const json_t *root)
{
	const json_t *pos = json_object_get(root, "position");
	const json_t *recs = json_object_get(root, "recommendations");
	char line[1024];
	size_t i, j;

	sb_add(b, "\nWHERE THE HISTORY SITS\n");
	snprintf(line, sizeof(line), "step: %s%s%s%s; status: %s",
		 json_is_string(json_object_get(pos, "step"))
			 ? str(pos, "step")
			 : "none",
		 json_is_string(json_object_get(pos, "step")) ? " (" : "",
		 json_is_string(json_object_get(pos, "step"))
			 ? str(pos, "label")
			 : "",
		 json_is_string(json_object_get(pos, "step")) ? ")" : "",
		 str(pos, "status"));
	sb_wrap(b, "  ", line);
	if (json_is_number(json_object_get(pos, "week"))) {
		snprintf(line, sizeof(line), "week %.1f of the current trial%s%s",
			 json_number_value(json_object_get(pos, "week")),
			 json_is_string(json_object_get(pos, "decision_point"))
				 ? "; decision point: "
				 : "",
			 str(pos, "decision_point"));
		sb_wrap(b, "  ", line);
	}
	sb_add(b, "\nTO CONSIDER (%s)\n",
	       str(json_object_get(root, "guideline"), "id"));
	if (json_array_size(recs) == 0)
		sb_add(b, "  nothing: no rule of the guideline applies\n");
	for (i = 0; i < json_array_size(recs); i++) {
		const json_t *r = json_array_get(recs, i);
		const json_t *opts = json_object_get(r, "options");
		size_t o;
		o = (size_t)snprintf(line, sizeof(line), "%s", str(r, "action"));
		for (j = 0; j < json_array_size(opts) && o < sizeof(line); j++)
			o += (size_t)snprintf(
				line + o, sizeof(line) - o, "%s%s",
				j ? ", " : ": ",
				json_string_value(json_array_get(opts, j)));
		sb_hang(b, "  - ", "    ", line);
		snprintf(line, sizeof(line), "%s [%s; rule %s, line %lld%s]",
			 str(r, "rationale"), str(r, "source"), str(r, "rule"),
			 (long long)json_integer_value(json_object_get(r, "line")),
			 json_is_string(json_object_get(r, "status"))
				 ? "; provisional"
				 : "");
		sb_wrap(b, "    ", line);
	}
}

/* --explain: every rule evaluated, with its verdict and the facts read. */
static void explain_section(sbuf *b, const json_t *root)
{
	const json_t *trace = json_object_get(root, "trace");
	size_t i;
	char line[2048];

	sb_add(b, "\nEXPLANATION (every rule evaluated)\n");
	for (i = 0; i < json_array_size(trace); i++) {
		const json_t *t = json_array_get(trace, i);
		json_t *facts = json_object_get(t, "facts");
		const json_t *trials = json_object_get(t, "trials");
		const char *key;
		json_t *val;
		size_t o, k;
		o = (size_t)snprintf(line, sizeof(line), "%s: %s",
				     str(t, "rule"), str(t, "verdict"));
		json_object_foreach(facts, key, val)
		{
			/* Written into a buffer of ours: jansson's allocator
			 * may not be the C library's. */
			char v[256];
			size_t vn = json_dumpb(val, v, sizeof(v) - 1,
					       JSON_ENCODE_ANY |
						       JSON_REAL_PRECISION(4));
			if (vn == 0) {
				b->oom = true;
			} else if (vn > sizeof(v) - 1) {
				/* too long: cut on a character, marked */
				v[sizeof(v) - 4] = '\0';
				tp_utf8_trim(v);
				strcat(v, "...");
			} else {
				v[vn] = '\0';
			}
			if (o < sizeof(line))
				o += (size_t)snprintf(line + o, sizeof(line) - o,
						      "; %s = %s", key,
						      vn ? v : "?");
		}
		sb_wrap(b, "  ", line);
		for (k = 0; k < json_array_size(trials); k++) {
			const json_t *tr = json_array_get(trials, k);
			snprintf(line, sizeof(line), "trial %lld %s: %s",
				 (long long)json_integer_value(
					 json_object_get(tr, "trial")),
				 str(tr, "treatment"), str(tr, "because"));
			sb_wrap(b, "      ", line);
		}
	}
}

static void sources_section(sbuf *b, const json_t *root)
{
	const char *arrays[] = { "trd", "staging" };
	size_t a, i;
	sb_add(b, "\nSOURCES\n");
	for (a = 0; a < 2; a++) {
		const json_t *arr = json_object_get(root, arrays[a]);
		for (i = 0; i < json_array_size(arr); i++) {
			const json_t *x = json_array_get(arr, i);
			char line[1024];
			snprintf(line, sizeof(line), "%s: %s",
				 a ? str(x, "model") : str(x, "definition"),
				 str(x, "source"));
			sb_wrap(b, "  ", line);
		}
	}
}

char *tp_report_text(const json_t *root, bool explain)
{
	sbuf b = { NULL, 0, 0, false };
	char asof[24];
	const json_t *g = json_object_get(root, "guideline");

	day_text(json_object_get(root, "as_of"), asof, sizeof(asof));
	sb_add(&b, "tpath: history %s, as of %s\n", str(root, "history"), asof);
	sb_wrap(&b, "", str(root, "notice"));
	{
		char line[512];
		snprintf(line, sizeof(line), "Rules: %s (%s %s)",
			 str(g, "title"), str(g, "id"), str(g, "version"));
		sb_wrap(&b, "", line);
	}
	warnings_section(&b, root);
	pathway_section(&b, root);
	trials_section(&b, root);
	trd_section(&b, root);
	staging_section(&b, root);
	if (explain)
		explain_section(&b, root);
	sources_section(&b, root);
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	return b.s;
}
