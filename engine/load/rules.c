/*
 * rules.c - loading of the rule files: timeline/1 (how a timeline is read),
 * trd/1 (definitions of treatment resistance) and staging/1 (staging
 * models).  These files hold every number; engine/resistance.c holds only
 * the generic vocabulary they are written in.
 */
#include "load/load.h"

#include <stdio.h>
#include <string.h>

const char *const tp_fact_words[] = { "failed-trials",
				      "optimized-failed-trials",
				      "augmentation-courses",
				      "ect-courses",
				      "episode-months",
				      "severity" };

static const char *const scope_words[] = { "current-episode", "lifetime" };

/* The provenance of a parameter written as a mapping: its source, or
 * status: provisional with a reason (one of them is required). */
static int param_provenance(tp_ctx *c, const tp_node *v, const char *what,
			    const tp_node *source, const tp_node *status,
			    const tp_node *reason, const tp_source *sources,
			    size_t nsources, tp_param *p)
{
	int error;
	if ((error = tp_provisional(c, v, what, status, reason,
				    &p->provisional, &p->reason)) < 0)
		return error;
	if (source && (error = tp_source_ref(c, source, sources, nsources,
					     &p->source)) < 0)
		return error;
	if (!source && !p->provisional)
		return tp_fail(c, v,
			       "missing required key 'source' in %s (or mark "
			       "it status: provisional with a reason)",
			       what);
	return 0;
}

/* A parameter: a plain number (cited by the enclosing record), or
 * {value, source} or {value, status: provisional, reason}. */
static int get_param(tp_ctx *c, const tp_node *v, const char *key,
		     const tp_source *sources, size_t nsources, double min,
		     double max, tp_param *p)
{
	enum { VALUE, SOURCE, STATUS, REASON, NOTE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "value", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "note", TP_F_SCALAR, false },
	};
	const tp_node *f[NFIELDS];
	const tp_node *num = v;
	int error;

	memset(p, 0, sizeof(*p));
	if (v->kind == TP_MAPPING) {
		char what[96];
		const char *note;
		snprintf(what, sizeof(what), "parameter '%s'", key);
		if ((error = tp_map_check(c, v, what, fields, NFIELDS, f)) < 0 ||
		    (error = param_provenance(c, v, what, f[SOURCE], f[STATUS],
					      f[REASON], sources, nsources,
					      p)) < 0)
			return error;
		if (f[NOTE] &&
		    (error = tp_get_string(c, f[NOTE], "note", &note)) < 0)
			return error;
		num = f[VALUE];
	}
	if ((error = tp_get_number(c, num, key, &p->value)) < 0)
		return error;
	if (p->value < min || p->value > max)
		return tp_fail(c, num, "'%s': %s is out of range (%g to %g)",
			       key, num->text, min, max);
	p->present = true;
	return 0;
}

/* A list parameter: {value: [...], source: ID} or {value: [...], status:
 * provisional, reason: ...}.  *seq is the list; p its provenance. */
static int get_list_param(tp_ctx *c, const tp_node *v, const char *key,
			  const tp_source *sources, size_t nsources,
			  const tp_node **seq, tp_param *p)
{
	enum { VALUE, SOURCE, STATUS, REASON, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "value", TP_F_SEQUENCE, true },
		{ "source", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	const tp_node *f[NFIELDS];
	char what[96];
	int error;

	memset(p, 0, sizeof(*p));
	snprintf(what, sizeof(what), "'%s'", key);
	if ((error = tp_map_check(c, v, what, fields, NFIELDS, f)) < 0 ||
	    (error = param_provenance(c, v, what, f[SOURCE], f[STATUS],
				      f[REASON], sources, nsources, p)) < 0)
		return error;
	p->present = true;
	*seq = f[VALUE];
	return 0;
}

/* Reads a list of adherence words into flags[tp_nadherence]. */
static int adherence_list(tp_ctx *c, const tp_node *seq, const char *key,
			  bool *flags)
{
	size_t i;
	int error, idx;
	for (i = 0; i < seq->n; i++) {
		if ((error = tp_get_enum(c, seq->values[i], key,
					 tp_adherence_words, tp_nadherence,
					 &idx)) < 0)
			return error;
		flags[idx] = true;
	}
	return 0;
}

/* ---- timeline/1 ---- */

static int get_scale_list(tp_ctx *c, const tp_vocab *vocab, const tp_node *v,
			  tp_timeline_rules *t)
{
	const tp_node *seq;
	size_t i;
	int error;

	if ((error = get_list_param(c, v, "scale_preference", t->sources,
				    t->nsources, &seq,
				    &t->scale_pref_param)) < 0)
		return error;
	t->nscale_pref = seq->n;
	t->scale_pref = tp_arena_alloc(c->arena,
				       (seq->n + 1) * sizeof(tp_scale *));
	if (!t->scale_pref)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		const char *id;
		if ((error = tp_get_string(c, seq->values[i], "scale_preference",
					   &id)) < 0)
			return error;
		if (!(t->scale_pref[i] = tp_vocab_scale(vocab, id)))
			return tp_fail(c, seq->values[i],
				       "'scale_preference': unknown scale '%s'",
				       id);
	}
	return 0;
}

/* relapse: {below_pct: PARAM, at_least: [{scale, value, source|status}]} */
static int relapse_rules(tp_ctx *c, const tp_vocab *vocab, const tp_node *v,
			 tp_timeline_rules *t)
{
	static const tp_field fields[] = {
		{ "below_pct", TP_F_ANY, true },
		{ "at_least", TP_F_SEQUENCE, false },
		{ "after_weeks", TP_F_ANY, false },
	};
	static const tp_field item_fields[] = {
		{ "scale", TP_F_SCALAR, true },
		{ "value", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	const tp_node *f[3], *it[5];
	size_t i;
	int error;

	if ((error = tp_map_check(c, v, "'relapse'", fields, 3, f)) < 0 ||
	    (error = get_param(c, f[0], "below_pct", t->sources, t->nsources,
			       1, 100, &t->relapse_below_pct)) < 0 ||
	    (f[2] && (error = get_param(c, f[2], "after_weeks", t->sources,
					t->nsources, 0, 520,
					&t->relapse_after_weeks)) < 0))
		return error;
	if (!f[1])
		return 0;
	t->nrelapse = f[1]->n;
	t->relapse_scales = tp_arena_alloc(c->arena, (t->nrelapse + 1) *
							     sizeof(tp_scale *));
	t->relapse_at_least = tp_arena_alloc(c->arena, (t->nrelapse + 1) *
							       sizeof(tp_param));
	if (!t->relapse_scales || !t->relapse_at_least)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < t->nrelapse; i++) {
		const tp_node *item = f[1]->values[i];
		const char *id;
		tp_param *p = &t->relapse_at_least[i];
		if ((error = tp_map_check(c, item, "a relapse cut-off",
					  item_fields, 5, it)) < 0 ||
		    (error = tp_get_string(c, it[0], "scale", &id)) < 0)
			return error;
		if (!(t->relapse_scales[i] = tp_vocab_scale(vocab, id)))
			return tp_fail(c, it[0], "'scale': unknown scale '%s'",
				       id);
		if ((error = param_provenance(c, item, "a relapse cut-off",
					      it[2], it[3], it[4], t->sources,
					      t->nsources, p)) < 0 ||
		    (error = tp_get_number(c, it[1], "value", &p->value)) < 0)
			return error;
		if (p->value < t->relapse_scales[i]->min ||
		    p->value > t->relapse_scales[i]->max)
			return tp_fail(c, it[1],
				       "'value': %s is out of range for %s "
				       "(%ld-%ld)",
				       it[1]->text, id,
				       t->relapse_scales[i]->min,
				       t->relapse_scales[i]->max);
		p->present = true;
	}
	return 0;
}

/* judgement: {closes_window: {value: [drug, ect, ...], source|status}} */
/* Sets the window-closing flag of treatment w ("drug" or an intervention
 * name); false when w is neither. */
static bool set_closing(tp_timeline_rules *t, const char *w)
{
	size_t k;
	if (strcmp(w, "drug") == 0)
		return (t->closes_drug = true);
	for (k = 0; k < tp_ninterventions; k++)
		if (strcmp(w, tp_interventions[k]) == 0)
			return (t->closes_intervention[k] = true);
	return false;
}

static int judgement_rules(tp_ctx *c, const tp_node *v, tp_timeline_rules *t)
{
	static const tp_field fields[] = {
		{ "closes_window", TP_F_MAPPING, true },
		{ "same_regimen_days", TP_F_ANY, false },
	};
	const tp_node *f[2], *seq;
	size_t i, k, o;
	int error;

	if ((error = tp_map_check(c, v, "'judgement'", fields, 2, f)) < 0 ||
	    (error = get_list_param(c, f[0], "closes_window", t->sources,
				    t->nsources, &seq, &t->closes_param)) < 0)
		return error;
	if (f[1] && (error = get_param(c, f[1], "same_regimen_days",
				       t->sources, t->nsources, 0, 365,
				       &t->same_regimen_days)) < 0)
		return error;
	t->closes_drug = false;
	memset(t->closes_intervention, 0, sizeof(t->closes_intervention));
	for (i = 0; i < seq->n; i++) {
		const char *w;
		char list[128] = "drug";
		if ((error = tp_get_string(c, seq->values[i], "closes_window",
					   &w)) < 0)
			return error;
		if (set_closing(t, w))
			continue;
		for (k = 0, o = strlen(list); k < tp_ninterventions; k++)
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      ", %s", tp_interventions[k]);
		return tp_fail(c, seq->values[i],
			       "'closes_window': unknown treatment '%s' "
			       "(expected one of: %s)",
			       w, list);
	}
	return 0;
}

int tp_timeline_from_node(tp_timeline_rules *t, const tp_vocab *vocab,
			  tp_ctx *c, const tp_node *root)
{
	enum { OUTCOME = TP_HEAD_N, ADEQUACY, WINDOWS, SCALES, RELAPSE,
	       JUDGEMENT, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "outcome", TP_F_MAPPING, true },
		{ "adequacy", TP_F_MAPPING, true },
		{ "windows", TP_F_MAPPING, true },
		{ "scale_preference", TP_F_MAPPING, true },
		{ "relapse", TP_F_MAPPING, false },
		{ "judgement", TP_F_MAPPING, false },
	};
	static const tp_field outcome_fields[] = {
		{ "response_pct", TP_F_ANY, true },
		{ "partial_pct", TP_F_ANY, true },
		{ "too_early_weeks", TP_F_ANY, true },
	};
	static const tp_field adequacy_fields[] = {
		{ "min_weeks", TP_F_ANY, true },
		{ "inadequate_adherence", TP_F_SEQUENCE, true },
	};
	static const tp_field window_fields[] = {
		{ "baseline_days", TP_F_ANY, true },
		{ "cross_taper_days", TP_F_ANY, true },
		{ "switch_gap_days", TP_F_ANY, true },
		{ "stale_score_weeks", TP_F_ANY, false },
	};
	const tp_node *v[NFIELDS], *o[3], *a[2], *w[4];
	tp_head h = { &t->id, &t->version, &t->title, &t->sources,
		   &t->nsources };
	int error;

	memset(t, 0, sizeof(*t));
	if ((error = tp_map_check(c, root, "a timeline/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0 ||
	    (error = tp_map_check(c, v[OUTCOME], "'outcome'", outcome_fields,
				  3, o)) < 0 ||
	    (error = tp_map_check(c, v[ADEQUACY], "'adequacy'", adequacy_fields,
				  2, a)) < 0 ||
	    (error = tp_map_check(c, v[WINDOWS], "'windows'", window_fields, 4,
				  w)) < 0 ||
	    (error = get_param(c, o[0], "response_pct", t->sources, t->nsources,
			       1, 100, &t->response_pct)) < 0 ||
	    (error = get_param(c, o[1], "partial_pct", t->sources, t->nsources,
			       1, 100, &t->partial_pct)) < 0 ||
	    (error = get_param(c, o[2], "too_early_weeks", t->sources,
			       t->nsources, 0, 520, &t->too_early_weeks)) < 0 ||
	    (error = get_param(c, a[0], "min_weeks", t->sources, t->nsources,
			       0, 520, &t->min_weeks)) < 0 ||
	    (error = get_param(c, w[0], "baseline_days", t->sources,
			       t->nsources, 0, 3650, &t->baseline_days)) < 0 ||
	    (error = get_param(c, w[1], "cross_taper_days", t->sources,
			       t->nsources, 0, 3650, &t->cross_taper_days)) <
		    0 ||
	    (error = get_param(c, w[2], "switch_gap_days", t->sources,
			       t->nsources, 0, 3650, &t->switch_gap_days)) < 0 ||
	    (error = get_scale_list(c, vocab, v[SCALES], t)) < 0)
		return error;
	if (w[3] && (error = get_param(c, w[3], "stale_score_weeks", t->sources,
				       t->nsources, 1, 520,
				       &t->stale_score_weeks)) < 0)
		return error;
	/* Without a relapse section, falling back below a response is a
	 * relapse; without a judgement section, drugs, ECT and rTMS close a
	 * window (docs/result-format.md). */
	if (v[RELAPSE]) {
		if ((error = relapse_rules(c, vocab, v[RELAPSE], t)) < 0)
			return error;
	} else {
		t->relapse_below_pct = t->response_pct;
	}
	if (v[JUDGEMENT]) {
		if ((error = judgement_rules(c, v[JUDGEMENT], t)) < 0)
			return error;
	} else {
		set_closing(t, "drug");
		set_closing(t, "ect");
		set_closing(t, "rtms");
	}
	if (t->partial_pct.value > t->response_pct.value)
		return tp_fail(c, o[1],
			       "'partial_pct': must not exceed 'response_pct'");
	return adherence_list(c, a[1], "inadequate_adherence",
			      t->inadequate_adherence);
}

/* ---- the failure rule shared by trd/1 and staging/1 ---- */

static int failure_rule(tp_ctx *c, const tp_node *node, const tp_source *src,
			size_t nsrc, tp_failure_rule *r)
{
	enum { BELOW, WEEKS, AUG, INEFF, SCOPE, AUG_WEEKS, ADHERENCE, PDC,
	       UNDETERMINED, REMISSION_ENDS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "failure_below_pct", TP_F_SCALAR, true },
		{ "min_weeks", TP_F_ANY, false },
		{ "count_augmentation", TP_F_SCALAR, true },
		{ "inefficacy_without_scores", TP_F_SCALAR, true },
		{ "scope", TP_F_SCALAR, true },
		{ "augmentation_min_weeks", TP_F_ANY, false },
		{ "inadequate_adherence", TP_F_MAPPING, false },
		{ "min_pdc", TP_F_ANY, false },
		{ "count_undetermined", TP_F_SCALAR, false },
		{ "remission_ends_episode_months", TP_F_ANY, false },
	};
	const tp_node *v[NFIELDS], *seq;
	tp_param below;
	int error, scope;

	if ((error = tp_map_check(c, node, "'trials' (a failure rule)", fields,
				  NFIELDS, v)) < 0 ||
	    (error = get_param(c, v[BELOW], "failure_below_pct", src, nsrc, 1,
			       100, &below)) < 0 ||
	    (error = tp_get_bool(c, v[AUG], "count_augmentation",
				 &r->count_augmentation)) < 0 ||
	    (error = tp_get_bool(c, v[INEFF], "inefficacy_without_scores",
				 &r->inefficacy_without_scores)) < 0 ||
	    (error = tp_get_enum(c, v[SCOPE], "scope", scope_words, 2,
				 &scope)) < 0)
		return error;
	r->failure_below_pct = below.value;
	r->scope = (tp_scope)scope;
	if (v[WEEKS] && (error = get_param(c, v[WEEKS], "min_weeks", src, nsrc,
					   0, 520, &r->min_weeks)) < 0)
		return error;
	if (v[AUG_WEEKS] &&
	    (error = get_param(c, v[AUG_WEEKS], "augmentation_min_weeks", src,
			       nsrc, 0, 520, &r->augmentation_min_weeks)) < 0)
		return error;
	if (v[ADHERENCE]) {
		if ((error = get_list_param(c, v[ADHERENCE],
					    "inadequate_adherence", src, nsrc,
					    &seq, &r->adherence_param)) < 0 ||
		    (error = adherence_list(c, seq, "inadequate_adherence",
					    r->inadequate_adherence)) < 0)
			return error;
		r->has_adherence = true;
	}
	if (v[PDC] && (error = get_param(c, v[PDC], "min_pdc", src, nsrc, 0, 1,
					 &r->min_pdc)) < 0)
		return error;
	if (v[UNDETERMINED] &&
	    (error = tp_get_bool(c, v[UNDETERMINED], "count_undetermined",
				 &r->count_undetermined)) < 0)
		return error;
	if (v[REMISSION_ENDS] &&
	    (error = get_param(c, v[REMISSION_ENDS],
			       "remission_ends_episode_months", src, nsrc, 1,
			       120, &r->remission_ends_episode_months)) < 0)
		return error;
	return 0;
}

/* ---- trd/1 ---- */

static int trd_def(tp_trd_set *t, tp_ctx *c, const tp_node *node,
		   tp_trd_def *d)
{
	enum { ID, TITLE, SOURCE, NOTE, STATUS, REASON, MINF, MINC, TRIALS,
	       NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "title", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "note", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "min_failures", TP_F_SCALAR, true },
		{ "min_distinct_classes", TP_F_SCALAR, true },
		{ "trials", TP_F_MAPPING, true },
	};
	const tp_node *v[NFIELDS];
	int error;

	d->line = node->line;
	if ((error = tp_map_check(c, node, "a TRD definition", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(c, v[ID], "id", &d->id)) < 0 ||
	    (error = tp_get_string(c, v[TITLE], "title", &d->title)) < 0 ||
	    (error = tp_source_ref(c, v[SOURCE], t->sources, t->nsources,
				&d->source)) < 0 ||
	    (v[NOTE] &&
	     (error = tp_get_string(c, v[NOTE], "note", &d->note)) < 0) ||
	    (error = tp_provisional(c, node, "a TRD definition", v[STATUS],
				 v[REASON], &d->provisional, &d->reason)) < 0 ||
	    (error = tp_get_int(c, v[MINF], "min_failures", 1, 100,
				&d->min_failures)) < 0 ||
	    (error = tp_get_int(c, v[MINC], "min_distinct_classes", 1, 100,
				&d->min_distinct_classes)) < 0 ||
	    (error = failure_rule(c, v[TRIALS], t->sources, t->nsources,
				  &d->rule)) < 0)
		return error;
	return 0;
}

int tp_trd_from_node(tp_trd_set *t, tp_ctx *c, const tp_node *root)
{
	enum { DEFS = TP_HEAD_N, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "definitions", TP_F_SEQUENCE, true },
	};
	const tp_node *v[NFIELDS];
	tp_head h = { &t->id, &t->version, &t->title, &t->sources,
		   &t->nsources };
	size_t i, j;
	int error;

	memset(t, 0, sizeof(*t));
	if ((error = tp_map_check(c, root, "a trd/1 document", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	t->ndefs = v[DEFS]->n;
	t->defs = tp_arena_alloc(c->arena, (t->ndefs + 1) * sizeof(tp_trd_def));
	if (!t->defs)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < t->ndefs; i++) {
		if ((error = trd_def(t, c, v[DEFS]->values[i], &t->defs[i])) < 0)
			return error;
		for (j = 0; j < i; j++)
			if (strcmp(t->defs[j].id, t->defs[i].id) == 0)
				return tp_fail(c, v[DEFS]->values[i],
					       "duplicate definition id '%s'",
					       t->defs[i].id);
	}
	return 0;
}

/* ---- staging/1 ---- */

static int bands_from_node(tp_ctx *c, const tp_node *seq, bool with_label,
			   tp_band **out, size_t *n)
{
	static const tp_field point_fields[] = {
		{ "max", TP_F_SCALAR, false },
		{ "points", TP_F_SCALAR, true },
	};
	static const tp_field label_fields[] = {
		{ "max", TP_F_SCALAR, false },
		{ "label", TP_F_SCALAR, true },
	};
	const tp_node *v[2];
	size_t i;
	int error;

	if (seq->n == 0)
		return tp_fail(c, seq, "'bands': at least one band expected");
	*n = seq->n;
	*out = tp_arena_alloc(c->arena, seq->n * sizeof(tp_band));
	if (!*out)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		tp_band *b = &(*out)[i];
		if ((error = tp_map_check(c, seq->values[i], "a band",
					  with_label ? label_fields
						     : point_fields,
					  2, v)) < 0)
			return error;
		if (v[0]) {
			if ((error = tp_get_number(c, v[0], "max", &b->max)) < 0)
				return error;
			b->has_max = true;
			if (i > 0 && (*out)[i - 1].max >= b->max)
				return tp_fail(c, v[0],
					       "'max': bands must increase");
		} else if (i + 1 < seq->n) {
			return tp_fail(c, seq->values[i],
				       "only the last band may omit 'max'");
		}
		if (with_label) {
			if ((error = tp_get_string(c, v[1], "label",
						   &b->label)) < 0)
				return error;
		} else if ((error = tp_get_number(c, v[1], "points",
						  &b->points)) < 0) {
			return error;
		}
	}
	if ((*out)[seq->n - 1].has_max)
		return tp_fail(c, seq->values[seq->n - 1],
			       "the last band must omit 'max' so that every "
			       "value falls in a band");
	return 0;
}

static int component(tp_ctx *c, const tp_node *node, tp_component *k)
{
	enum { ID, OF, EACH, IF_ANY, BANDS, VALUES, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "of", TP_F_SCALAR, true },
		{ "each", TP_F_SCALAR, false },
		{ "if_any", TP_F_SCALAR, false },
		{ "bands", TP_F_SEQUENCE, false },
		{ "values", TP_F_MAPPING, false },
	};
	const tp_node *v[NFIELDS];
	int error, of, forms = 0;
	size_t i;

	if ((error = tp_map_check(c, node, "a points component", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_get_string(c, v[ID], "id", &k->id)) < 0 ||
	    (error = tp_get_enum(c, v[OF], "of", tp_fact_words,
				 TP_ARRAY_LEN(tp_fact_words), &of)) < 0)
		return error;
	k->of = (tp_fact)of;
	for (i = EACH; i <= VALUES; i++)
		forms += v[i] != NULL;
	if (forms != 1)
		return tp_fail(c, node,
			       "a points component needs exactly one of "
			       "'each', 'if_any', 'bands', 'values'");
	if ((k->of == TP_FACT_SEVERITY) != (v[VALUES] != NULL))
		return tp_fail(c, node,
			       "'values' scores 'severity', and 'severity' is "
			       "scored only by 'values'");
	if (v[EACH]) {
		k->form = TP_SCORE_EACH;
		return tp_get_number(c, v[EACH], "each", &k->points);
	}
	if (v[IF_ANY]) {
		k->form = TP_SCORE_IF_ANY;
		return tp_get_number(c, v[IF_ANY], "if_any", &k->points);
	}
	if (v[BANDS]) {
		k->form = TP_SCORE_BANDS;
		return bands_from_node(c, v[BANDS], false, &k->bands,
				       &k->nbands);
	}
	k->form = TP_SCORE_VALUES;
	for (i = 0; i < v[VALUES]->n; i++) {
		int idx;
		if ((error = tp_get_enum(c, v[VALUES]->keys[i], "values",
					 tp_severity_words, tp_nseverities,
					 &idx)) < 0 ||
		    (error = tp_get_number(c, v[VALUES]->values[i],
					   tp_severity_words[idx],
					   &k->values[idx])) < 0)
			return error;
		if (k->has_value[idx])
			return tp_fail(c, v[VALUES]->keys[i],
				       "duplicate key '%s'",
				       tp_severity_words[idx]);
		k->has_value[idx] = true;
	}
	return 0;
}

static int rung(tp_ctx *c, const tp_node *node, tp_rung *r)
{
	enum { STAGE, FAILED, CLASSES, FCLASS, FINTERV, IKIND, AUG, MONTHS,
	       NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "stage", TP_F_SCALAR, true },
		{ "failed_trials", TP_F_SCALAR, false },
		{ "distinct_classes", TP_F_SCALAR, false },
		{ "failed_class", TP_F_SCALAR, false },
		{ "failed_intervention", TP_F_SCALAR, false },
		{ "intervention_kind", TP_F_SCALAR, false },
		{ "augmentation", TP_F_SCALAR, false },
		{ "resistant_months", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	int error;
	size_t i, conditions = 0;

	r->failed_intervention = -1;
	r->augmentation = -1;
	if ((error = tp_map_check(c, node, "a stage", fields, NFIELDS, v)) < 0 ||
	    (error = tp_get_string(c, v[STAGE], "stage", &r->stage)) < 0)
		return error;
	for (i = FAILED; i < NFIELDS; i++)
		conditions += v[i] != NULL && i != IKIND;
	if (conditions == 0)
		return tp_fail(c, node, "a stage needs at least one condition");
	if ((v[FAILED] && (error = tp_get_int(c, v[FAILED], "failed_trials", 1,
					      1000, &r->failed_trials)) < 0) ||
	    (v[CLASSES] &&
	     (error = tp_get_int(c, v[CLASSES], "distinct_classes", 1, 100,
				 &r->distinct_classes)) < 0) ||
	    (v[FCLASS] && (error = tp_get_string(c, v[FCLASS], "failed_class",
						 &r->failed_class)) < 0) ||
	    (v[FINTERV] &&
	     (error = tp_get_enum(c, v[FINTERV], "failed_intervention",
				  tp_interventions, tp_ninterventions,
				  &r->failed_intervention)) < 0) ||
	    (v[IKIND] && (error = tp_get_string(c, v[IKIND], "intervention_kind",
						&r->intervention_kind)) < 0) ||
	    (v[MONTHS] &&
	     (error = tp_get_int(c, v[MONTHS], "resistant_months", 1, 1200,
				 &r->resistant_months)) < 0))
		return error;
	if (v[IKIND] && !v[FINTERV])
		return tp_fail(c, v[IKIND],
			       "'intervention_kind' needs 'failed_intervention'");
	if (v[AUG]) {
		bool b;
		if ((error = tp_get_bool(c, v[AUG], "augmentation", &b)) < 0)
			return error;
		r->augmentation = b;
	}
	return 0;
}

static int model(tp_staging_set *s, tp_ctx *c, const tp_node *node,
		 tp_model *m)
{
	enum { ID, TITLE, SOURCE, NOTE, STATUS, REASON, KIND, CUMULATIVE,
	       MINF, TRIALS, STAGES, COMPONENTS, BANDS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "title", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "note", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "kind", TP_F_SCALAR, true },
		{ "cumulative", TP_F_SCALAR, false },
		{ "min_failed_trials", TP_F_SCALAR, false },
		{ "trials", TP_F_MAPPING, true },
		{ "stages", TP_F_SEQUENCE, false },
		{ "components", TP_F_SEQUENCE, false },
		{ "bands", TP_F_SEQUENCE, false },
	};
	static const char *const kinds[] = { "ladder", "points" };
	const tp_node *v[NFIELDS];
	int error, kind;
	size_t i;

	m->line = node->line;
	if ((error = tp_map_check(c, node, "a staging model", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(c, v[ID], "id", &m->id)) < 0 ||
	    (error = tp_get_string(c, v[TITLE], "title", &m->title)) < 0 ||
	    (error = tp_source_ref(c, v[SOURCE], s->sources, s->nsources,
				&m->source)) < 0 ||
	    (v[NOTE] &&
	     (error = tp_get_string(c, v[NOTE], "note", &m->note)) < 0) ||
	    (error = tp_provisional(c, node, "a staging model", v[STATUS],
				 v[REASON], &m->provisional, &m->reason)) < 0 ||
	    (error = tp_get_enum(c, v[KIND], "kind", kinds, 2, &kind)) < 0 ||
	    (error = failure_rule(c, v[TRIALS], s->sources, s->nsources,
				  &m->rule)) < 0 ||
	    (v[MINF] && (error = tp_get_int(c, v[MINF], "min_failed_trials", 1,
					    100, &m->min_failed_trials)) < 0))
		return error;
	m->kind = (tp_model_kind)kind;
	if (m->kind == TP_MODEL_LADDER) {
		if (!v[STAGES])
			return tp_fail(c, node,
				       "missing required key 'stages' in a "
				       "ladder model");
		if (v[COMPONENTS] || v[BANDS])
			return tp_fail(c, v[COMPONENTS] ? v[COMPONENTS]
							: v[BANDS],
				       "a ladder model has 'stages', not "
				       "'components' or 'bands'");
		if (v[CUMULATIVE] &&
		    (error = tp_get_bool(c, v[CUMULATIVE], "cumulative",
					 &m->cumulative)) < 0)
			return error;
		if (!v[CUMULATIVE])
			return tp_fail(c, node,
				       "missing required key 'cumulative' in a "
				       "ladder model");
		m->nrungs = v[STAGES]->n;
		m->rungs = tp_arena_alloc(c->arena,
					  (m->nrungs + 1) * sizeof(tp_rung));
		if (!m->rungs)
			return tp_error_oom(c->err, c->source);
		for (i = 0; i < m->nrungs; i++)
			if ((error = rung(c, v[STAGES]->values[i],
					  &m->rungs[i])) < 0)
				return error;
		return 0;
	}
	if (!v[COMPONENTS])
		return tp_fail(c, node,
			       "missing required key 'components' in a points "
			       "model");
	if (v[STAGES] || v[CUMULATIVE])
		return tp_fail(c, v[STAGES] ? v[STAGES] : v[CUMULATIVE],
			       "a points model has 'components', not 'stages' "
			       "or 'cumulative'");
	m->ncomponents = v[COMPONENTS]->n;
	m->components = tp_arena_alloc(
		c->arena, (m->ncomponents + 1) * sizeof(tp_component));
	if (!m->components)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < m->ncomponents; i++)
		if ((error = component(c, v[COMPONENTS]->values[i],
				       &m->components[i])) < 0)
			return error;
	if (v[BANDS] && (error = bands_from_node(c, v[BANDS], true, &m->bands,
						 &m->nbands)) < 0)
		return error;
	return 0;
}

int tp_staging_from_node(tp_staging_set *s, tp_ctx *c, const tp_node *root)
{
	enum { MODELS = TP_HEAD_N, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "models", TP_F_SEQUENCE, true },
	};
	const tp_node *v[NFIELDS];
	tp_head h = { &s->id, &s->version, &s->title, &s->sources,
		   &s->nsources };
	size_t i, j;
	int error;

	memset(s, 0, sizeof(*s));
	if ((error = tp_map_check(c, root, "a staging/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	s->nmodels = v[MODELS]->n;
	s->models = tp_arena_alloc(c->arena,
				   (s->nmodels + 1) * sizeof(tp_model));
	if (!s->models)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < s->nmodels; i++) {
		if ((error = model(s, c, v[MODELS]->values[i],
				   &s->models[i])) < 0)
			return error;
		for (j = 0; j < i; j++)
			if (strcmp(s->models[j].id, s->models[i].id) == 0)
				return tp_fail(c, v[MODELS]->values[i],
					       "duplicate model id '%s'",
					       s->models[i].id);
	}
	return 0;
}
