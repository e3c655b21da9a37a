/*
 * model.c - the typed reading of a result (tpath.h, "Reading a result
 * without JSON"): position, trials, TRD verdicts, staging, recommendations
 * and warnings as const structs, made once when the result is made, so
 * that readers in any thread only read.
 *
 * Every section but the recommendations is built by the evaluators
 * straight into the model (result.c, pathway.c, resistance.c,
 * tp_result_warn below) and written to JSON from it (result.c).  The
 * recommendations are still built as the result/1 object's JSON and read
 * from it here, in one pass at the end of tpath_evaluate (their strings
 * point into that object); they are to move into the evaluators the same
 * way (docs/development.md).
 */
#include "result_int.h"

#include <math.h>
#include <string.h>

static const char *str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static long integer(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

void *tp_typed_entries(tp_typed *m, size_t n, size_t sz)
{
	char *p;
	size_t i;
	if (!(p = tp_arena_alloc(&m->arena, (n ? n : 1) * sz)))
		return NULL;
	for (i = 0; i < n; i++)
		memcpy(p + i * sz, &sz, sizeof(sz));
	return p;
}

const char *tp_typed_strdup(tp_typed *m, const char *s, bool *bad)
{
	const char *c;
	if (!s)
		return NULL;
	if (!(c = tp_arena_strndup(&m->arena, s, strlen(s))))
		*bad = true;
	return c;
}

static int recommendations(tp_typed *m, const json_t *arr)
{
	size_t i, k, n = json_array_size(arr);
	if (n && !(m->recs = tp_typed_entries(m, n,
				     sizeof(tpath_recommendation))))
		return TPATH_ENOMEM;
	m->nrecs = n;
	for (i = 0; i < n; i++) {
		const json_t *o = json_array_get(arr, i);
		const json_t *opts = json_object_get(o, "options");
		tpath_recommendation *r = &m->recs[i];
		const char **names;
		r->action = str(o, "action");
		r->rule = str(o, "rule");
		r->source = str(o, "source");
		r->line = integer(o, "line");
		r->rationale = str(o, "rationale");
		r->status = str(o, "status");
		r->at_ceiling = json_is_true(json_object_get(o, "at_ceiling"));
		r->nremoved =
			json_array_size(json_object_get(o, "removed_options"));
		r->noptions = json_array_size(opts);
		if (!r->noptions)
			continue;
		if (!(names = tp_arena_alloc(&m->arena,
					     r->noptions * sizeof(*names))))
			return TPATH_ENOMEM;
		for (k = 0; k < r->noptions; k++)
			names[k] = json_string_value(json_array_get(opts, k));
		r->options = names;
	}
	return 0;
}

int tp_result_warn(tp_eval *ev, const char *code, const char *severity,
		   const char *message, const char *source, const char *rule)
{
	tp_typed *m = ev->model;
	tpath_warning *w;
	bool bad = false;
	if (!message)
		return TPATH_ENOMEM; /* the caller's formatting ran out */
	if (m->nwarnings == m->capwarnings) {
		size_t ncap = m->capwarnings ? m->capwarnings * 2 : 8;
		tpath_warning *nw =
			tp_arena_alloc(&m->arena, ncap * sizeof(*nw));
		if (!nw)
			return TPATH_ENOMEM;
		if (m->nwarnings)
			memcpy(nw, m->warnings,
			       m->nwarnings * sizeof(*nw));
		m->warnings = nw;
		m->capwarnings = ncap;
	}
	w = &m->warnings[m->nwarnings];
	memset(w, 0, sizeof(*w));
	w->size = sizeof(*w);
	w->code = tp_typed_strdup(m, code, &bad);
	w->severity = tp_typed_strdup(m, severity, &bad);
	w->message = tp_typed_strdup(m, message, &bad);
	w->source = tp_typed_strdup(m, source, &bad);
	w->rule = tp_typed_strdup(m, rule, &bad);
	if (bad)
		return TPATH_ENOMEM;
	m->nwarnings++;
	return 0;
}

int tp_typed_fill(tp_typed *m, const json_t *root)
{
	int error;
	size_t i;
	const json_t *as_of = json_object_get(root, "as_of");
	char buf[32];
	m->history = str(root, "history");
	if (json_is_string(as_of)) {
		m->as_of = json_string_value(as_of);
	} else if (json_is_integer(as_of)) {
		int n = snprintf(buf, sizeof(buf), "%lld",
				 (long long)json_integer_value(as_of));
		m->as_of = tp_arena_strndup(&m->arena, buf, (size_t)n);
	}
	/* guideline and guideline_trd were set with the guideline's record */
	/* trials, trd and staging were filled by the evaluators */
	if ((error = recommendations(
		     m, json_object_get(root, "recommendations"))) < 0)
		return error;
	m->own_trd = NULL;
	for (i = 0; i < m->ntrd && m->guideline_trd; i++)
		if (strcmp(m->trd[i].definition, m->guideline_trd) == 0)
			m->own_trd = &m->trd[i];
	return json_object_get(root, "as_of") && !m->as_of ? TPATH_ENOMEM : 0;
}

const char *tpath_result_history(const tpath_result *r)
{
	return r ? r->model.history : NULL;
}

const char *tpath_result_as_of(const tpath_result *r)
{
	return r ? r->model.as_of : NULL;
}

const char *tpath_result_guideline(const tpath_result *r)
{
	return r ? r->model.guideline : NULL;
}

const tpath_position *tpath_result_position(const tpath_result *r)
{
	return r ? &r->model.position : NULL;
}

#define READER(name, type, array, count)                                      \
	size_t tpath_result_##name##_count(const tpath_result *r)             \
	{                                                                     \
		return r ? r->model.count : 0;                                \
	}                                                                     \
	const type *tpath_result_##name(const tpath_result *r, size_t i)      \
	{                                                                     \
		return r && i < r->model.count ? &r->model.array[i] : NULL;   \
	}

size_t tpath_result_trial_count(const tpath_result *r)
{
	return r ? r->model.ntrials : 0;
}

const tpath_trial *tpath_result_trial(const tpath_result *r, size_t i)
{
	return r && i < r->model.ntrials ? &r->model.trials[i].pub : NULL;
}

READER(trd, tpath_trd_verdict, trd, ntrd)
READER(staging, tpath_staging, staging, nstaging)
READER(recommendation, tpath_recommendation, recs, nrecs)
READER(warning, tpath_warning, warnings, nwarnings)

const tpath_trd_verdict *tpath_result_own_trd(const tpath_result *r)
{
	return r ? r->model.own_trd : NULL;
}
