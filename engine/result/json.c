/*
 * json.c - the result/1 JSON text of a result, written member by member
 * from its model with the streaming generator of jsonw.c.
 */
#include "result/result.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char tp_result_notice[] =
	"Decision support, not a prescription: tpath restates published "
	"guidelines and definitions for a clinician to weigh; it does not know "
	"the patient.";

/* The JSON text followed by a newline, as a text file should end, into a
 * buffer of the C library's malloc (what tpath_free releases). */
static char *dump_line(const json_t *root, bool indent)
{
	tp_sbuf b = { NULL, 0, 0, false };
	tp_jw_value(&b, root, indent, 0);
	tp_sb_put(&b, "\n", 1);
	return tp_sb_finish(&b);
}

static void write_indexes(tp_jw *w, const size_t *v, size_t n)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < n; i++)
		tp_jw_int(w, (long long)v[i]);
	tp_jw_close(w);
}

/* result.trd, in the order of result-format.md. */
static void write_trd(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->ntrd; i++) {
		const tpath_trd_verdict *v = &m->trd[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "definition");
		tp_jw_str(w, v->definition);
		tp_jw_key(w, "met");
		tp_jw_bool(w, v->met);
		tp_jw_key(w, "failed_trials");
		tp_jw_int(w, v->failed_trials);
		tp_jw_key(w, "counted");
		write_indexes(w, v->counted, v->ncounted);
		tp_jw_key(w, "counted_ongoing");
		write_indexes(w, v->counted_ongoing, v->ncounted_ongoing);
		tp_jw_key(w, "undetermined");
		write_indexes(w, v->undetermined, v->nundetermined);
		tp_jw_key(w, "source");
		tp_jw_str(w, v->source);
		tp_jw_key(w, "title");
		tp_jw_str(w, v->title);
		tp_jw_key(w, "distinct_classes");
		tp_jw_int(w, v->distinct_classes);
		tp_jw_key(w, "needs_failures");
		tp_jw_int(w, v->needs_failures);
		tp_jw_key(w, "needs_distinct_classes");
		tp_jw_int(w, v->needs_distinct_classes);
		if (v->status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, v->status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, v->status_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

/* A day as the history writes them: a number or a date string. */
static void write_day(tp_jw *w, const tp_typed *m, const char *day)
{
	if (day && m->relative_days)
		tp_jw_int(w, strtoll(day, NULL, 10));
	else
		tp_jw_str(w, day);
}

static void write_index(tp_jw *w, long i)
{
	if (i >= 0)
		tp_jw_int(w, i);
	else
		tp_jw_null(w);
}

static void write_tristate(tp_jw *w, int v)
{
	if (v >= 0)
		tp_jw_bool(w, v);
	else
		tp_jw_null(w);
}

/* result.trials, in the order of result-format.md (and of the views'
 * additions after the contract's keys). */
void tp_write_trials(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *r = &m->trials[i];
		const tpath_trial *t = &r->pub;
		tp_jw_open(w, false);
		if (r->is_drug) {
			tp_jw_key(w, "drug");
			tp_jw_str(w, t->drug);
			tp_jw_key(w, "class");
			tp_jw_str(w, t->klass);
		} else {
			tp_jw_key(w, "intervention");
			tp_jw_str(w, t->intervention);
			tp_jw_key(w, "class");
			tp_jw_str(w, t->klass);
			if (r->kind) {
				tp_jw_key(w, "kind");
				tp_jw_str(w, r->kind);
			}
		}
		tp_jw_key(w, "role");
		tp_jw_str(w, t->role);
		tp_jw_key(w, "role_inferred");
		tp_jw_bool(w, t->role_inferred);
		tp_jw_key(w, "start");
		write_day(w, m, t->start);
		tp_jw_key(w, "stop");
		write_day(w, m, t->stop);
		tp_jw_key(w, "weeks");
		tp_jw_num(w, t->weeks);
		tp_jw_key(w, "weeks_at_therapeutic_dose");
		tp_jw_num(w, t->weeks_at_therapeutic_dose);
		tp_jw_key(w, "max_mg_per_day");
		tp_jw_num(w, t->max_mg_per_day);
		tp_jw_key(w, "adequate");
		write_tristate(w, t->adequate);
		tp_jw_key(w, "not_adequate_because");
		tp_jw_str(w, t->not_adequate_because);
		tp_jw_key(w, "scale");
		tp_jw_str(w, t->scale);
		tp_jw_key(w, "baseline");
		write_index(w, t->baseline);
		tp_jw_key(w, "latest");
		write_index(w, t->latest);
		tp_jw_key(w, "improvement_pct");
		tp_jw_num(w, t->improvement_pct);
		tp_jw_key(w, "outcome");
		tp_jw_str(w, t->outcome);
		tp_jw_key(w, "judged_until");
		write_day(w, m, r->judged_until);
		tp_jw_key(w, "pdc");
		tp_jw_num(w, t->pdc);
		tp_jw_key(w, "judged_weeks");
		tp_jw_num(w, r->judged_weeks);
		tp_jw_key(w, "judged_until_by");
		write_index(w, r->judged_until_by);
		tp_jw_key(w, "regimen_outcome");
		tp_jw_str(w, r->regimen_outcome);
		if (r->is_drug) {
			tp_jw_key(w, "min_therapeutic_mg_per_day");
			tp_jw_num(w, r->min_dose);
			tp_jw_key(w, "dose_source");
			tp_jw_str(w, r->dose_source);
			tp_jw_key(w, "dose_unit");
			tp_jw_str(w, r->dose_unit);
			tp_jw_key(w, "dose_optimized");
			tp_jw_bool(w, r->dose_optimized);
			tp_jw_key(w, "adherence");
			tp_jw_str(w, r->adherence);
		}
		tp_jw_key(w, "stop_reason");
		tp_jw_str(w, r->stop_reason);
		tp_jw_key(w, "baseline_date");
		write_day(w, m, r->baseline_date);
		tp_jw_key(w, "latest_date");
		write_day(w, m, r->latest_date);
		tp_jw_key(w, "in_current_episode");
		tp_jw_bool(w, r->in_episode);
		tp_jw_key(w, "line");
		tp_jw_int(w, r->line);
		tp_jw_key(w, "adds_to");
		write_index(w, r->adds_to);
		tp_jw_key(w, "response_at_most");
		tp_jw_num(w, r->response_at_most);
		if (r->is_drug) {
			tp_jw_key(w, "doses");
			tp_jw_open(w, true);
			for (k = 0; k < r->ndoses; k++) {
				tp_jw_open(w, false);
				tp_jw_key(w, "date");
				write_day(w, m, r->doses[k].date);
				tp_jw_key(w, "mg_per_day");
				tp_jw_num(w, r->doses[k].mg);
				tp_jw_key(w, "at_therapeutic_dose");
				write_tristate(w, r->doses[k].at_dose);
				tp_jw_close(w);
			}
			tp_jw_close(w);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_recommendations(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->nrecs; i++) {
		const tp_rec_rec *r = &m->recs[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "action");
		tp_jw_str(w, r->pub.action);
		tp_jw_key(w, "options");
		tp_jw_open(w, true);
		for (k = 0; k < r->pub.noptions; k++)
			tp_jw_str(w, r->pub.options[k]);
		tp_jw_close(w);
		tp_jw_key(w, "option_details");
		tp_jw_open(w, true);
		for (k = 0; k < r->pub.noptions; k++) {
			const tp_option_rec *d = &r->details[k];
			tp_jw_open(w, false);
			tp_jw_key(w, "name");
			tp_jw_str(w, d->name);
			tp_jw_key(w, "line");
			write_index(w, d->line);
			tp_jw_key(w, "max_mg_per_day");
			tp_jw_num(w, d->max_mg);
			tp_jw_key(w, "tried");
			tp_jw_str(w, d->tried);
			tp_jw_key(w, "washout_days");
			write_index(w, d->washout_days);
			tp_jw_key(w, "note");
			tp_jw_str(w, d->note);
			tp_jw_close(w);
		}
		tp_jw_close(w);
		if (r->pub.nremoved) {
			tp_jw_key(w, "removed_options");
			tp_jw_open(w, true);
			for (k = 0; k < r->pub.nremoved; k++) {
				const tp_removed_rec *x = &r->removed[k];
				tp_jw_open(w, false);
				tp_jw_key(w, "name");
				tp_jw_str(w, x->name);
				tp_jw_key(w, "reason");
				tp_jw_str(w, x->reason);
				tp_jw_key(w, "source");
				tp_jw_str(w, x->source);
				tp_jw_close(w);
			}
			tp_jw_close(w);
		}
		tp_jw_key(w, "rule");
		tp_jw_str(w, r->pub.rule);
		tp_jw_key(w, "source");
		tp_jw_str(w, r->pub.source);
		tp_jw_key(w, "line");
		tp_jw_int(w, r->pub.line);
		tp_jw_key(w, "rationale");
		tp_jw_str(w, r->pub.rationale);
		if (r->pub.status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, r->pub.status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, r->status_reason);
		}
		if (r->pub.at_ceiling) {
			tp_jw_key(w, "at_ceiling");
			tp_jw_bool(w, true);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_position(tp_jw *w, const tp_typed *m)
{
	const tpath_position *p = &m->position;
	size_t i;
	tp_jw_open(w, false);
	tp_jw_key(w, "step");
	tp_jw_str(w, p->step);
	tp_jw_key(w, "label");
	tp_jw_str(w, p->label);
	tp_jw_key(w, "week");
	tp_jw_num(w, p->week);
	tp_jw_key(w, "decision_point");
	tp_jw_str(w, p->decision_point);
	tp_jw_key(w, "decision_point_state");
	tp_jw_str(w, p->decision_point_state);
	tp_jw_key(w, "status");
	tp_jw_str(w, p->status);
	tp_jw_key(w, "trial");
	write_index(w, p->trial);
	tp_jw_key(w, "decision_points");
	tp_jw_open(w, true);
	for (i = 0; i < m->npoints; i++) {
		const tp_point_rec *d = &m->points[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "id");
		tp_jw_str(w, d->id);
		tp_jw_key(w, "label");
		tp_jw_str(w, d->label);
		tp_jw_key(w, "from");
		tp_jw_str(w, d->from);
		tp_jw_key(w, "at_week");
		tp_jw_num(w, d->at_week);
		tp_jw_key(w, "until_week");
		tp_jw_num(w, d->until_week);
		tp_jw_key(w, "date");
		write_day(w, m, d->date);
		tp_jw_key(w, "until");
		write_day(w, m, d->until);
		tp_jw_key(w, "reached");
		tp_jw_bool(w, d->reached);
		tp_jw_key(w, "state");
		tp_jw_str(w, d->state);
		tp_jw_close(w);
	}
	tp_jw_close(w);
	tp_jw_close(w);
}

static void write_episode(tp_jw *w, const tp_typed *m)
{
	const tp_episode_rec *e = &m->episode;
	tp_jw_open(w, false);
	tp_jw_key(w, "start");
	write_day(w, m, e->start);
	tp_jw_key(w, "weeks");
	tp_jw_num(w, e->weeks);
	tp_jw_key(w, "months");
	tp_jw_int(w, e->months);
	tp_jw_key(w, "severity");
	tp_jw_str(w, e->severity);
	tp_jw_key(w, "prior_episodes");
	write_index(w, e->prior_episodes);
	tp_jw_close(w);
}

static void write_guideline(tp_jw *w, const tp_typed *m)
{
	const tp_guideline_rec *g = &m->guideline_rec;
	tp_jw_open(w, false);
	tp_jw_key(w, "id");
	tp_jw_str(w, g->id);
	tp_jw_key(w, "version");
	tp_jw_str(w, g->version);
	tp_jw_key(w, "title");
	tp_jw_str(w, g->title);
	tp_jw_key(w, "source");
	tp_jw_str(w, g->source);
	if (!g->none) {
		tp_jw_key(w, "publisher");
		tp_jw_str(w, g->publisher);
		tp_jw_key(w, "year");
		tp_jw_int(w, g->year);
		tp_jw_key(w, "url");
		tp_jw_str(w, g->url);
		tp_jw_key(w, "adequacy_min_weeks");
		tp_jw_num(w, g->adequacy_min_weeks);
		tp_jw_key(w, "trd");
		tp_jw_str(w, g->trd);
	}
	tp_jw_close(w);
}

static void write_measures(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nmeasures; i++) {
		const tp_measure_rec *x = &m->measures[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "date");
		write_day(w, m, x->date);
		tp_jw_key(w, "scale");
		tp_jw_str(w, x->scale);
		tp_jw_key(w, "score");
		tp_jw_int(w, x->score);
		tp_jw_key(w, "line");
		tp_jw_int(w, x->line);
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_scales(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nscales; i++) {
		const tp_scale_rec *x = &m->scales[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "id");
		tp_jw_str(w, x->id);
		tp_jw_key(w, "title");
		tp_jw_str(w, x->title);
		tp_jw_key(w, "min");
		tp_jw_int(w, x->min);
		tp_jw_key(w, "max");
		tp_jw_int(w, x->max);
		tp_jw_key(w, "remission_at_most");
		write_index(w, x->remission_at_most);
		tp_jw_key(w, "remission_source");
		tp_jw_str(w, x->remission_source);
		tp_jw_key(w, "response_pct");
		tp_jw_num(w, x->response_pct);
		tp_jw_key(w, "partial_pct");
		tp_jw_num(w, x->partial_pct);
		if (x->provisional) {
			tp_jw_key(w, "remission_status");
			tp_jw_str(w, "provisional");
			tp_jw_key(w, "remission_reason");
			tp_jw_str(w, x->remission_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_provenance(tp_jw *w, const tp_typed *m)
{
	const tp_provenance_rec *p = &m->provenance;
	size_t i, k;
	tp_jw_open(w, false);
	tp_jw_key(w, "engine");
	tp_jw_str(w, TPATH_VERSION);
	tp_jw_key(w, "knowledge");
	tp_jw_str(w, p->knowledge);
	tp_jw_key(w, "guidelines");
	tp_jw_open(w, true);
	for (i = 0; i < p->nfiles; i++) {
		const tp_file_rec *f = &p->files[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "kind");
		tp_jw_str(w, f->kind);
		tp_jw_key(w, "id");
		tp_jw_str(w, f->id);
		tp_jw_key(w, "version");
		tp_jw_str(w, f->version);
		tp_jw_key(w, "builtin");
		tp_jw_bool(w, f->builtin);
		if (f->defines) {
			tp_jw_key(w, "defines");
			tp_jw_open(w, true);
			for (k = 0; k < f->ndefines; k++)
				tp_jw_str(w, f->defines[k]);
			tp_jw_close(w);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
	tp_jw_key(w, "overrides");
	tp_jw_open(w, false);
	for (i = 0; i < p->noverrides; i++) {
		tp_jw_key(w, p->overrides[i].name);
		tp_jw_num(w, p->overrides[i].value);
	}
	tp_jw_close(w);
	tp_jw_key(w, "data_dir");
	tp_jw_bool(w, p->data_dir);
	tp_jw_close(w);
}

/* result.staging: a ladder's components are yes/no, a score's points. */
static void write_staging(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->nstaging; i++) {
		const tpath_staging *s = &m->staging[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "model");
		tp_jw_str(w, s->model);
		tp_jw_key(w, "applicable");
		tp_jw_bool(w, s->applicable);
		tp_jw_key(w, "source");
		tp_jw_str(w, s->source);
		tp_jw_key(w, "title");
		tp_jw_str(w, s->title);
		tp_jw_key(w, "failed_trials");
		tp_jw_int(w, s->failed_trials);
		tp_jw_key(w, "stage");
		tp_jw_str(w, s->stage);
		tp_jw_key(w, "score");
		tp_jw_num(w, s->score);
		tp_jw_key(w, "band");
		tp_jw_str(w, s->band);
		tp_jw_key(w, "components");
		tp_jw_open(w, false);
		for (k = 0; k < s->ncomponents; k++) {
			const tpath_stage_component *c = &s->components[k];
			tp_jw_key(w, c->name);
			if (c->is_boolean)
				tp_jw_bool(w, c->value != 0);
			else
				tp_jw_num(w, c->value);
		}
		tp_jw_close(w);
		if (s->reason) {
			tp_jw_key(w, "reason");
			tp_jw_str(w, s->reason);
		}
		if (s->status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, s->status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, s->status_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

/* result.warnings: source null when none, rule only for a rule's. */
static void write_warnings(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nwarnings; i++) {
		const tpath_warning *x = &m->warnings[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "code");
		tp_jw_str(w, x->code);
		tp_jw_key(w, "severity");
		tp_jw_str(w, x->severity);
		tp_jw_key(w, "message");
		tp_jw_str(w, x->message);
		tp_jw_key(w, "source");
		tp_jw_str(w, x->source);
		if (x->rule) {
			tp_jw_key(w, "rule");
			tp_jw_str(w, x->rule);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_head(tp_jw *w, const tp_typed *m)
{
	(void)m;
	tp_jw_str(w, "result/1");
}

static void write_history(tp_jw *w, const tp_typed *m)
{
	tp_jw_str(w, m->history);
}

static void write_as_of(tp_jw *w, const tp_typed *m)
{
	write_day(w, m, m->as_of);
}

static void write_notice(tp_jw *w, const tp_typed *m)
{
	(void)m;
	tp_jw_str(w, tp_result_notice);
}

/* The result/1 text of r and a newline: its members in the order of
 * result-format.md, each written from the model (the trace is the one
 * section still held as JSON). */
char *tp_result_json(const tpath_result *r, bool indent)
{
	static const struct {
		const char *key;
		void (*write)(tp_jw *, const tp_typed *);
	} members[] = {
		{ "tpath", write_head },
		{ "history", write_history },
		{ "as_of", write_as_of },
		{ "episode", write_episode },
		{ "guideline", write_guideline },
		{ "trials", tp_write_trials },
		{ "position", write_position },
		{ "recommendations", write_recommendations },
		{ "trd", write_trd },
		{ "staging", write_staging },
		{ "warnings", write_warnings },
		{ "trace", NULL },
		{ "notice", write_notice },
		{ "measures", write_measures },
		{ "scales", write_scales },
		{ "provenance", write_provenance },
	};
	tp_sbuf b = { NULL, 0, 0, false };
	tp_jw w;
	size_t k;
	memset(&w, 0, sizeof(w));
	w.b = &b;
	w.indent = indent;
	tp_jw_open(&w, false);
	for (k = 0; k < sizeof(members) / sizeof(members[0]); k++) {
		tp_jw_key(&w, members[k].key);
		if (members[k].write)
			members[k].write(&w, &r->model);
		else
			tp_jw_json(&w, r->trace);
	}
	tp_jw_close(&w);
	tp_sb_put(&b, "\n", 1);
	return tp_sb_finish(&b);
}

int tpath_error_render_json(char **out, const tpath_error *e, size_t index)
{
	char line[1200];
	json_t *o;
	if (!out)
		return TPATH_EUSAGE;
	*out = NULL;
	if (!e)
		return TPATH_EUSAGE;
	tpath_error_format(e, line, sizeof(line));
	o = json_pack("{s:s, s:I, s:s, s:o, s:o, s:s, s:s, s:s}", "tpath",
		      "error/1", "index", (json_int_t)index, "source",
		      e->source, "line",
		      e->line ? json_integer(e->line) : json_null(), "column",
		      e->line ? json_integer(e->column) : json_null(), "code",
		      tpath_code_string(e->code), "message", e->message,
		      "error", line);
	if (!o)
		return TPATH_ENOMEM;
	*out = dump_line(o, false);
	json_decref(o);
	return *out ? 0 : TPATH_ENOMEM;
}
