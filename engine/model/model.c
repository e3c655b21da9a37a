/*
 * model.c - the typed reading of a result (tpath.h, "Reading a result
 * without JSON"): position, trials, TRD verdicts, staging, recommendations
 * and warnings as const structs, made once when the result is made, so
 * that readers in any thread only read.
 *
 * The evaluators fill the model section by section (result.c, pathway.c,
 * options.c, resistance.c, tp_result_warn below); result.c writes the
 * result/1 JSON from it, csv.c the CSV row, and the readers below hand out
 * its public structs.  Its strings are copies in its arena, so a result
 * outlives its history and knowledge base.
 */
#include "model/model.h"

#include <math.h>
#include <string.h>

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
size_t tpath_result_recommendation_count(const tpath_result *r)
{
	return r ? r->model.nrecs : 0;
}

const tpath_recommendation *tpath_result_recommendation(const tpath_result *r,
							size_t i)
{
	return r && i < r->model.nrecs ? &r->model.recs[i].pub : NULL;
}

READER(warning, tpath_warning, warnings, nwarnings)

const tpath_trd_verdict *tpath_result_own_trd(const tpath_result *r)
{
	return r ? r->model.own_trd : NULL;
}
