/*
 * csv.c - the CSV view of results for population work (RFC 4180): one row
 * per history, a header row naming the columns of a knowledge base, and a
 * row for a document that could not be evaluated.  The columns are listed
 * in docs/result-format.md ("CSV"); a row reads the typed result
 * (tpath_result_position, tpath_result_trd, ...: model.c) only, no JSON.
 *
 * Fields holding a comma, a double quote, CR or LF are quoted, their
 * quotes doubled; every row ends with CRLF.  Numbers are written as the
 * JSON output writes them (jsonw.c).
 */
#include "load/load.h"
#include "result/result.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The columns before the TRD ones, and those after the staging ones. */
static const char *const lead[] = { "id",     "guideline",	"as_of",
				    "step",   "status",		"decision_point",
				    "decision_point_state" };
static const char *const tail[] = { "first_recommendation", "recommendations",
				    "warnings", "critical", "error" };
#define NLEAD (sizeof(lead) / sizeof(lead[0]))
#define NTAIL (sizeof(tail) / sizeof(tail[0]))

static void field(tp_sbuf *b, const char *s, size_t n)
{
	size_t i, from = 0;
	if (strcspn(s, ",\"\r\n") >= n) {
		tp_sb_put(b, s, n);
		return;
	}
	tp_sb_put(b, "\"", 1);
	for (i = 0; i < n; i++)
		if (s[i] == '"') {
			tp_sb_put(b, s + from, i + 1 - from);
			from = i; /* the quote again */
		}
	tp_sb_put(b, s + from, n - from);
	tp_sb_put(b, "\"", 1);
}

static void text(tp_sbuf *b, const char *s)
{
	if (s)
		field(b, s, strlen(s));
}

static void sep(tp_sbuf *b)
{
	tp_sb_put(b, ",", 1);
}

static void end(tp_sbuf *b)
{
	tp_sb_put(b, "\r\n", 2);
}

char *tp_csv_row(const tpath_result *r)
{
	const tp_typed *m = &r->model;
	tp_sbuf b = { NULL, 0, 0, false };
	size_t i, critical = 0;

	text(&b, m->history);
	sep(&b);
	text(&b, m->guideline);
	sep(&b);
	text(&b, m->as_of);
	sep(&b);
	text(&b, m->position.step);
	sep(&b);
	text(&b, m->position.status);
	sep(&b);
	text(&b, m->position.decision_point);
	sep(&b);
	text(&b, m->position.decision_point_state);
	for (i = 0; i < m->ntrd; i++) {
		sep(&b);
		text(&b, m->trd[i].met ? "true" : "false");
		sep(&b);
		tp_jw_integer(&b, m->trd[i].failed_trials);
	}
	/* a ladder model has a stage and no score, a points model the
	 * reverse: the header names the one its kind gives */
	for (i = 0; i < m->nstaging; i++) {
		sep(&b);
		if (m->staging[i].stage)
			text(&b, m->staging[i].stage);
		else if (!isnan(m->staging[i].score))
			tp_jw_real(&b, m->staging[i].score);
	}
	sep(&b);
	if (m->nrecs)
		text(&b, m->recs[0].pub.action);
	sep(&b);
	tp_jw_integer(&b, (long long)m->nrecs);
	sep(&b);
	{
		/* the codes are kebab-case: a field needs quotes only if a
		 * knowledge file's code has a comma or a quote */
		tp_sbuf codes = { NULL, 0, 0, false };
		for (i = 0; i < m->nwarnings; i++) {
			if (i)
				tp_sb_put(&codes, ";", 1);
			tp_sb_add(&codes, "%s", m->warnings[i].code);
			if (!strcmp(m->warnings[i].severity, "critical"))
				critical++;
		}
		if (codes.oom)
			b.oom = true;
		else if (codes.n)
			field(&b, codes.s, codes.n);
		free(codes.s);
	}
	sep(&b);
	tp_jw_integer(&b, (long long)critical);
	sep(&b); /* error: empty */
	end(&b);
	return tp_sb_finish(&b);
}

/* A column named after a definition's or model's id, which a knowledge
 * file may write with any character: quoted as any field. */
static void column(tp_sbuf *b, const char *prefix, const char *id,
		   const char *suffix)
{
	tp_sbuf name = { NULL, 0, 0, false };
	tp_sb_add(&name, "%s%s%s", prefix, id, suffix);
	if (name.oom)
		b->oom = true;
	else
		field(b, name.s, name.n);
	free(name.s);
}

static int header(char **out, const tpath_kb *kb, tpath_error *err)
{
	tp_sbuf b = { NULL, 0, 0, false };
	size_t i;
	tp_error_clear(err);
	if (out)
		*out = NULL;
	if (!out || !kb)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_csv_header: NULL argument");
	for (i = 0; i < NLEAD; i++) {
		if (i)
			sep(&b);
		text(&b, lead[i]);
	}
	for (i = 0; i < kb->trd.ndefs; i++) {
		const char *id = kb->trd.defs[i].id;
		sep(&b);
		column(&b, "trd_", id, "_met");
		sep(&b);
		column(&b, "trd_", id, "_failed");
	}
	for (i = 0; i < kb->staging.nmodels; i++) {
		const tp_model *m = &kb->staging.models[i];
		sep(&b);
		column(&b, "staging_", m->id,
		       m->kind == TP_MODEL_LADDER ? "_stage" : "_score");
	}
	for (i = 0; i < NTAIL; i++) {
		sep(&b);
		text(&b, tail[i]);
	}
	end(&b);
	if (!(*out = tp_sb_finish(&b)))
		return tp_error_oom(err, NULL);
	return 0;
}

int tpath_csv_header(char **out, const tpath_kb *kb, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_current(), out, err, NULL,
		header(out, kb, err));
	return error;
}

static int error_row(char **out, const tpath_kb *kb, const tpath_error *e,
		     const char *id)
{
	tp_sbuf b = { NULL, 0, 0, false };
	size_t i, n;
	char line[1200];

	if (!out)
		return TPATH_EUSAGE;
	*out = NULL;
	if (!kb || !e)
		return TPATH_EUSAGE;
	/* the id, every other column empty, the error last */
	text(&b, id);
	n = NLEAD + 2 * kb->trd.ndefs + kb->staging.nmodels + NTAIL;
	for (i = 1; i < n; i++)
		sep(&b);
	tpath_error_format(e, line, sizeof(line));
	text(&b, line);
	end(&b);
	*out = tp_sb_finish(&b);
	return *out ? 0 : TPATH_ENOMEM;
}

int tpath_error_render_csv(char **out, const tpath_kb *kb,
			   const tpath_error *err, const char *id)
{
	int error;
	TP_CALL(error, tp_alloc_current(), out, NULL, NULL,
		error_row(out, kb, err, id));
	return error;
}
