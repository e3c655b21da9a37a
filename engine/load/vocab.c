/*
 * vocab.c - the vocabulary file (format vocabulary/1): rating scales with
 * their ranges and remission cut-offs, and the patient flags histories may
 * carry.  Histories are validated against it, so adding a scale or a flag is
 * a data change.
 */
#include "load/load.h"

#include <string.h>


static int remission_from_node(tp_vocab *vo, tp_ctx *c, const tp_node *node,
			       tp_scale *s)
{
	enum { AT_MOST, SOURCE, STATUS, REASON, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "at_most", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	const tp_source *src;
	const char *reason;
	int error;

	if ((error = tp_map_check(c, node, "a remission cut-off", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_get_int(c, v[AT_MOST], "at_most", s->min, s->max,
				&s->remission_max)) < 0 ||
	    (error = tp_source_ref(c, v[SOURCE], vo->sources, vo->nsources,
				   &src)) < 0 ||
	    (error = tp_provisional(c, node, "a remission cut-off", v[STATUS],
				    v[REASON], &s->remission_provisional,
				    &reason)) < 0)
		return error;
	s->remission_reason = s->remission_provisional ? reason : NULL;
	s->remission_source = src;
	return 0;
}

/* severity: {source, bands: [{from, label}, ...]}: bands ascending
 * within the scale's range, labels unique; a presentation of the scale
 * (the HTML report shades them), read by no rule. */
static int severity_from_node(tp_vocab *vo, tp_ctx *c, const tp_node *node,
			      tp_scale *s)
{
	enum { SOURCE, BANDS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "source", TP_F_SCALAR, true },
		{ "bands", TP_F_SEQUENCE, true },
	};
	enum { FROM, LABEL, NBF };
	static const tp_field bfields[NBF] = {
		{ "from", TP_F_SCALAR, true },
		{ "label", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS], *b[NBF];
	tp_severity_band *bands;
	size_t i, k;
	int error;

	if ((error = tp_map_check(c, node, "a scale's severity", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_source_ref(c, v[SOURCE], vo->sources, vo->nsources,
				   &s->bands_source)) < 0)
		return error;
	if (v[BANDS]->n == 0 || v[BANDS]->n > TP_MAX_BANDS)
		return tp_fail(c, v[BANDS],
			       "'bands' holds %zu; give 1 to %d",
			       v[BANDS]->n, TP_MAX_BANDS);
	if (!(bands = tp_arena_alloc(c->arena, v[BANDS]->n * sizeof(*bands))))
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < v[BANDS]->n; i++) {
		const tp_node *n = v[BANDS]->values[i];
		if ((error = tp_map_check(c, n, "a severity band", bfields,
					  NBF, b)) < 0 ||
		    (error = tp_get_int(c, b[FROM], "from", s->min, s->max,
					&bands[i].from)) < 0 ||
		    (error = tp_get_string(c, b[LABEL], "label",
					   &bands[i].label)) < 0)
			return error;
		if (i > 0 && bands[i].from <= bands[i - 1].from)
			return tp_fail(c, b[FROM],
				       "'from': %ld is not above the band "
				       "before it (%ld); list bands in "
				       "ascending order",
				       bands[i].from, bands[i - 1].from);
		if (!bands[i].label[strspn(bands[i].label, " \t")])
			return tp_fail(c, b[LABEL], "'label' is empty");
		for (k = 0; k < i; k++)
			if (tp_streq_ci(bands[k].label, bands[i].label))
				return tp_fail(c, b[LABEL],
					       "band label '%s' repeats '%s' "
					       "(case is ignored)",
					       bands[i].label, bands[k].label);
	}
	s->bands = bands;
	s->nbands = v[BANDS]->n;
	return 0;
}

static int scale_from_node(tp_vocab *vo, tp_ctx *c, const tp_node *node,
			   size_t index)
{
	enum { ID, TITLE, MIN, MAX, SOURCE, REMISSION, SEVERITY, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "title", TP_F_SCALAR, true },
		{ "min", TP_F_SCALAR, true },
		{ "max", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "remission", TP_F_MAPPING, false },
		{ "severity", TP_F_MAPPING, false },
	};
	const tp_node *v[NFIELDS];
	tp_scale *s = &vo->scales[index];
	const char *src;
	int error;
	size_t i;

	if ((error = tp_map_check(c, node, "a scale", fields, NFIELDS, v)) < 0 ||
	    (error = tp_get_string(c, v[ID], "id", &s->id)) < 0 ||
	    (error = tp_get_string(c, v[TITLE], "title", &s->title)) < 0 ||
	    (error = tp_get_int(c, v[MIN], "min", 0, 1000, &s->min)) < 0 ||
	    (error = tp_get_int(c, v[MAX], "max", s->min, 1000, &s->max)) < 0 ||
	    (error = tp_get_string(c, v[SOURCE], "source", &src)) < 0)
		return error;
	for (i = 0; i < index; i++)
		if (strcmp(vo->scales[i].id, s->id) == 0)
			return tp_fail(c, v[ID], "duplicate scale id '%s'",
				       s->id);
	if (!(s->source = tp_source_find(vo->sources, vo->nsources, src)))
		return tp_fail(c, v[SOURCE],
			       "'source': '%s' is not an id in 'sources'", src);
	s->remission_max = -1;
	if (v[REMISSION] &&
	    (error = remission_from_node(vo, c, v[REMISSION], s)) < 0)
		return error;
	if (v[SEVERITY] &&
	    (error = severity_from_node(vo, c, v[SEVERITY], s)) < 0)
		return error;
	return 0;
}

static int flag_from_node(tp_vocab *vo, tp_ctx *c, const tp_node *node,
			  size_t index)
{
	enum { ID, TITLE, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "title", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	tp_flag *f = &vo->flags[index];
	const char *src;
	int error;
	size_t i;

	if ((error = tp_map_check(c, node, "a flag", fields, NFIELDS, v)) < 0 ||
	    (error = tp_get_string(c, v[ID], "id", &f->id)) < 0 ||
	    (error = tp_get_string(c, v[TITLE], "title", &f->title)) < 0 ||
	    (error = tp_get_string(c, v[SOURCE], "source", &src)) < 0)
		return error;
	for (i = 0; i < index; i++)
		if (strcmp(vo->flags[i].id, f->id) == 0)
			return tp_fail(c, v[ID], "duplicate flag id '%s'",
				       f->id);
	if (!tp_source_find(vo->sources, vo->nsources, src))
		return tp_fail(c, v[SOURCE],
			       "'source': '%s' is not an id in 'sources'", src);
	return 0;
}

int tp_vocab_from_node(tp_vocab *vo, tp_ctx *c, const tp_node *root)
{
	enum { SCALES = TP_HEAD_N, FLAGS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "scales", TP_F_SEQUENCE, true },
		{ "flags", TP_F_SEQUENCE, true },
	};
	const tp_node *v[NFIELDS];
	tp_head h = { &vo->id, &vo->version, &vo->title, &vo->sources,
		      &vo->nsources };
	size_t i;
	int error;

	memset(vo, 0, sizeof(*vo));
	if ((error = tp_map_check(c, root, "a vocabulary/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	vo->nscales = v[SCALES]->n;
	vo->nflags = v[FLAGS]->n;
	vo->scales = tp_arena_alloc(c->arena,
				    (vo->nscales + 1) * sizeof(tp_scale));
	vo->flags = tp_arena_alloc(c->arena, (vo->nflags + 1) * sizeof(tp_flag));
	if (!vo->scales || !vo->flags)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < vo->nscales; i++)
		if ((error = scale_from_node(vo, c, v[SCALES]->values[i], i)) < 0)
			return error;
	for (i = 0; i < vo->nflags; i++)
		if ((error = flag_from_node(vo, c, v[FLAGS]->values[i], i)) < 0)
			return error;
	return 0;
}

const tp_scale *tp_vocab_scale(const tp_vocab *v, const char *id)
{
	size_t i;
	for (i = 0; i < v->nscales; i++)
		if (strcmp(v->scales[i].id, id) == 0)
			return &v->scales[i];
	return NULL;
}

const tp_flag *tp_vocab_flag(const tp_vocab *v, const char *id)
{
	size_t i;
	for (i = 0; i < v->nflags; i++)
		if (strcmp(v->flags[i].id, id) == 0)
			return &v->flags[i];
	return NULL;
}
