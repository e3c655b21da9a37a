/*
 * walk.c - tpath_walk: a history evaluated as of every day something
 * happened in its episode, and every day one of the guideline's decision
 * points is reached or passes, in date order, each result handed to a
 * callback (what `tpath replay` shows).  The event days come from the
 * loaded history; a decision point's days from the results themselves (the
 * points of the trial current on a day walked), so a point is placed
 * exactly as an evaluation places it.  Each evaluation is an ordinary
 * tpath_evaluate with as_of set to that day, so a walk can never disagree
 * with evaluating one day by hand.
 */
#include "judge/judge.h"

#include <stdlib.h>

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* The distinct days of h from its episode's start to end, both included,
 * in increasing order, into *days (tp_malloc'd, caller frees with the
 * current allocator) and *n.  Returns 0 or TPATH_ENOMEM. */
static int collect_days(const tpath_history *h, int32_t end, int32_t **days,
			size_t *n)
{
	size_t cap = 3 + h->nmeasures, i, j, k = 0;
	int32_t *d;

	*days = NULL;
	*n = 0;
	/* No overflow: the history's node limit bounds every count. */
	for (i = 0; i < h->ncourses; i++)
		cap += 2 + h->courses[i].ndoses + h->courses[i].nfills;
	if (!(d = tp_malloc(cap * sizeof(*d))))
		return TPATH_ENOMEM;
	d[k++] = h->episode_start;
	d[k++] = h->as_of;
	d[k++] = end;
	for (i = 0; i < h->ncourses; i++) {
		const tp_course *co = &h->courses[i];
		d[k++] = co->start;
		if (co->has_stop)
			d[k++] = co->stop;
		for (j = 0; j < co->ndoses; j++)
			d[k++] = co->doses[j].day;
		for (j = 0; j < co->nfills; j++)
			d[k++] = co->fills[j].day;
	}
	for (i = 0; i < h->nmeasures; i++)
		d[k++] = h->measures[i].day;
	qsort(d, k, sizeof(*d), cmp_day);
	/* Keep each day once, and only those inside the episode up to end. */
	for (i = 0, j = 0; i < k; i++)
		if (d[i] >= h->episode_start && d[i] <= end &&
		    (j == 0 || d[i] != d[j - 1]))
			d[j++] = d[i];
	*days = d;
	*n = j;
	return 0;
}

/* Checks the arguments, reads the last day (*last) and collects the event
 * days, with the history's allocator and the C numeric locale in force. */
static int prepare(const tpath_kb *kb, const tpath_history *h,
		   const tpath_eval_options *opts, tpath_walk_fn fn,
		   int32_t **days, size_t *n, int32_t *last, tpath_error *err)
{
	int32_t end;
	int error;

	if (!kb || !h || !fn)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_walk: NULL argument");
	if (h->kb != kb)
		return tp_error_set(err, TPATH_EUSAGE, h->source, 0, 0,
				    "the history was loaded with another "
				    "knowledge base");
	end = h->as_of;
	if (opts && opts->as_of &&
	    (error = tp_parse_as_of(h, opts->as_of, &end, err)) < 0)
		return error;
	if (collect_days(h, end, days, n) < 0)
		return tp_error_oom(err, h->source);
	*last = end;
	return 0;
}

/* Adds to the increasing days[0..*n) (capacity *cap, grown with the
 * current allocator) the days after days[i], up to end, on which a
 * decision point of r is reached or passes.  0 or TPATH_ENOMEM. */
static int add_point_days(const tpath_result *r, size_t i, int32_t end,
			  int32_t **days, size_t *n, size_t *cap)
{
	const tp_typed *m = &r->model;
	size_t k, e, j;
	for (k = 0; k < 2 * m->npoints; k++) {
		const tp_point_rec *p = &m->points[k / 2];
		int32_t d = k % 2 ? p->past_day : p->at_day;
		if (d <= (*days)[i] || d > end)
			continue;
		for (j = i + 1; j < *n && (*days)[j] < d; j++)
			;
		if (j < *n && (*days)[j] == d)
			continue;
		if (*n == *cap) {
			size_t c = *cap * 2 + 8;
			int32_t *grown = tp_realloc(*days, c * sizeof(**days));
			if (!grown)
				return TPATH_ENOMEM;
			*days = grown;
			*cap = c;
		}
		for (e = *n; e > j; e--)
			(*days)[e] = (*days)[e - 1];
		(*days)[j] = d;
		(*n)++;
	}
	return 0;
}

/* The work of evaluating every day of h up to end: its days times what
 * one evaluation costs, about its records (each course, dose, fill,
 * measure and concomitant medicine, and one) plus its courses squared
 * (courses are read against each other: 500 courses cost some 27 ms a day
 * here, 100 courses 2.3 ms).  TPATH_ELIMIT with err filled when over
 * TPATH_WALK_EVERY_DAY_LIMIT, else 0. */
static int every_day_budget(const tpath_history *h, int32_t end,
			    tpath_error *err)
{
	double span = (double)end - (double)h->episode_start + 1, work;
	double courses = (double)h->ncourses;
	double records = 1.0 + courses + (double)h->nmeasures +
			 (double)h->nconcomitant;
	size_t i;
	char from[32], to[32];
	for (i = 0; i < h->ncourses; i++)
		records += (double)h->courses[i].ndoses +
			   (double)h->courses[i].nfills;
	work = span * (records + courses * courses);
	if (work <= TPATH_WALK_EVERY_DAY_LIMIT)
		return 0;
	tp_format_day(h, h->episode_start, from, sizeof(from));
	tp_format_day(h, end, to, sizeof(to));
	return tp_error_set(err, TPATH_ELIMIT, h->source, 0, 0,
			    "history %s runs %.0f days (%s to %s) with %.0f "
			    "records and %.0f courses, too many to evaluate "
			    "every day: days x (records + courses squared) is "
			    "%.0f, over %.0f (an earlier as_of walks fewer "
			    "days)",
			    h->id ? h->id : "?", span, from, to, records,
			    courses, work, (double)TPATH_WALK_EVERY_DAY_LIMIT);
}

/* tpath_walk, or with every_day tpath_walk_every_day. */
static int walk(const tpath_kb *kb, const tpath_history *h,
		const tpath_eval_options *opts, tpath_walk_fn fn, void *ud,
		tpath_error *err, bool every_day)
{
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tp_allocator al = { NULL, NULL };
	int32_t *days = NULL, end = 0, d;
	size_t n = 0, cap, i;
	int error;

	tp_error_clear(err);
	if (h)
		al = h->arena.al;
	TP_CALL(error, al, TP_NO_OUT, err, h ? h->source : NULL,
		prepare(kb, h, opts, fn, &days, &n, &end, err));
	if (error < 0)
		goto cleanup;
	cap = n;
	if (every_day && (error = every_day_budget(h, end, err)) < 0)
		goto cleanup;

	/* Only the fields of the caller's version are read. */
	if (opts) {
		eo.guideline = opts->guideline;
		eo.params = opts->params;
		if (opts->version >= 2)
			eo.trace = opts->trace;
	}
	/* The callback runs outside the library's allocator and locale: it
	 * is the caller's code, and may print in the caller's locale. */
	/* every day from the episode's start, or the collected days, to
	 * which each day's decision points are added */
	for (i = 0; every_day ? h->episode_start + (int32_t)i <= end : i < n;
	     i++) {
		tpath_result *r = NULL;
		char day[32];
		d = every_day ? h->episode_start + (int32_t)i : days[i];
		tp_format_as_of(h, d, day, sizeof(day));
		eo.as_of = day;
		if ((error = tpath_evaluate(&r, kb, h, &eo, err)) < 0)
			goto cleanup;
		if (!every_day)
			TP_CALL(error, al, TP_NO_OUT, err, h->source,
				add_point_days(r, i, end, &days, &n, &cap) < 0
				    ? tp_error_oom(err, h->source)
				    : 0);
		if (error < 0) {
			tpath_result_free(r);
			goto cleanup;
		}
		error = fn(day, r, ud);
		tpath_result_free(r);
		if (error != 0)
			goto cleanup;
	}
cleanup:
	tp_free_with(al, days);
	return error;
}

int tpath_walk(const tpath_kb *kb, const tpath_history *h,
	       const tpath_eval_options *opts, tpath_walk_fn fn, void *ud,
	       tpath_error *err)
{
	return walk(kb, h, opts, fn, ud, err, false);
}

int tpath_walk_every_day(const tpath_kb *kb, const tpath_history *h,
			 const tpath_eval_options *opts, tpath_walk_fn fn,
			 void *ud, tpath_error *err)
{
	return walk(kb, h, opts, fn, ud, err, true);
}
