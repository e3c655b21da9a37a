/*
 * catalog.c - the drug catalog (format drugs/1): loading, lookup by name or
 * alias, and suggestions for misspelt names.
 *
 * Every dose number in the catalog must name its source; the schema makes
 * `source` required in every dose block, so a number without a citation
 * cannot load.  A drug of kind `interacting` (one that matters only for
 * safety, named under a history's `concomitant`) has no dose block: it
 * names its source itself.
 */
#include "load/load.h"

#include <string.h>

/* By tp_drug_kind. */
const char *const tp_kind_words[] = { "antidepressant", "augmenting-agent",
				     "both", "interacting" };
const size_t tp_nkind_words = TP_ARRAY_LEN(tp_kind_words);
static const char *const unit_words[] = { "mg/day", "mg/session",
					  "mg/kg/session" };
static const char *const status_words[] = { "provisional" };

/* Lower-case copy, so that lookups can be case-insensitive. */
static char *lower_dup(tp_arena *a, const char *s)
{
	size_t i, n = strlen(s);
	char *d = tp_arena_strndup(a, s, n);
	if (!d)
		return NULL;
	for (i = 0; i < n; i++)
		if (d[i] >= 'A' && d[i] <= 'Z')
			d[i] = (char)(d[i] - 'A' + 'a');
	return d;
}

const tp_source *tp_source_find(const tp_source *s, size_t n, const char *id)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(s[i].id, id) == 0)
			return &s[i];
	return NULL;
}

static int tp_sources_from_node(tp_ctx *c, const tp_node *seq,
				tp_source **out, size_t *n);

int tp_read_head(tp_ctx *c, const tp_node *const *v, tp_head *h)
{
	int error;
	if ((error = tp_get_string(c, v[TP_HEAD_ID], "id", h->id)) < 0 ||
	    (error = tp_get_string(c, v[TP_HEAD_VERSION], "version",
				   h->version)) < 0 ||
	    (error = tp_get_string(c, v[TP_HEAD_TITLE], "title", h->title)) <
		    0 ||
	    (error = tp_sources_from_node(c, v[TP_HEAD_SOURCES], h->sources,
					  h->nsources)) < 0)
		return error;
	return 0;
}

int tp_source_ref(tp_ctx *c, const tp_node *v, const tp_source *sources,
		  size_t n, const tp_source **out)
{
	const char *id;
	int error;
	if ((error = tp_get_string(c, v, "source", &id)) < 0)
		return error;
	if (!(*out = tp_source_find(sources, n, id)))
		return tp_fail(c, v, "'source': '%s' is not an id in 'sources'",
			       id);
	return 0;
}

int tp_provisional(tp_ctx *c, const tp_node *rec, const char *what,
		   const tp_node *status, const tp_node *reason, bool *prov,
		   const char **why)
{
	int error, st;
	*prov = false;
	*why = NULL;
	if (status) {
		if ((error = tp_get_enum(c, status, "status", status_words, 1,
					 &st)) < 0)
			return error;
		if (!reason)
			return tp_fail(c, rec,
				       "missing required key 'reason' in %s: a "
				       "provisional entry must say why",
				       what);
		*prov = true;
	}
	if (reason && (error = tp_get_string(c, reason, "reason", why)) < 0)
		return error;
	return 0;
}

static int tp_sources_from_node(tp_ctx *c, const tp_node *seq, tp_source **out,
			 size_t *n)
{
	static const tp_field fields[] = {
		{ "id", TP_F_SCALAR, true },
		{ "citation", TP_F_SCALAR, true },
		{ "summary", TP_F_SCALAR, false },
	};
	const tp_node *vals[TP_ARRAY_LEN(fields)];
	size_t i, j;
	int error;

	*n = seq->n;
	*out = tp_arena_alloc(c->arena, (seq->n ? seq->n : 1) * sizeof(**out));
	if (!*out)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		tp_source *s = &(*out)[i];
		if ((error = tp_map_check(c, seq->values[i], "a source", fields,
					  TP_ARRAY_LEN(fields), vals)) < 0 ||
		    (error = tp_get_string(c, vals[0], "id", &s->id)) < 0 ||
		    (error = tp_get_string(c, vals[1], "citation",
					   &s->citation)) < 0 ||
		    (vals[2] && (error = tp_get_string(c, vals[2], "summary",
						       &s->summary)) < 0))
			return error;
		for (j = 0; j < i; j++)
			if (strcmp((*out)[j].id, s->id) == 0)
				return tp_fail(c, vals[0],
					       "duplicate source id '%s'",
					       s->id);
	}
	return 0;
}

static int dose_from_node(tp_catalog *cat, tp_ctx *c, const tp_node *node,
			  const char *what, bool with_line, tp_dose_range *d)
{
	enum { LINE, MIN, MAX, SOURCE, STATUS, REASON, NOTE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "line", TP_F_SCALAR, false },
		{ "min", TP_F_SCALAR, false },
		{ "max", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "note", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	int error;
	long line;

	if ((error = tp_map_check(c, node, what, fields, NFIELDS, v)) < 0)
		return error;
	d->present = true;
	d->min = d->max = -1;
	d->src_line = node->line;
	if (v[LINE]) {
		if (!with_line)
			return tp_fail(c, v[LINE],
				       "'line': not allowed in %s (only the "
				       "antidepressant and adjunct rows have a "
				       "line of treatment)",
				       what);
		if ((error = tp_get_int(c, v[LINE], "line", 1, 3, &line)) < 0)
			return error;
		d->line = (int)line;
	}
	if (v[MIN] && (error = tp_get_number(c, v[MIN], "min", &d->min)) < 0)
		return error;
	if (v[MAX] && (error = tp_get_number(c, v[MAX], "max", &d->max)) < 0)
		return error;
	if (v[MIN] && d->min <= 0)
		return tp_fail(c, v[MIN], "'min': must be greater than 0, got %s",
			       v[MIN]->text);
	if (v[MAX] && d->max <= 0)
		return tp_fail(c, v[MAX], "'max': must be greater than 0, got %s",
			       v[MAX]->text);
	if (v[MIN] && v[MAX] && d->min > d->max)
		return tp_fail(c, v[MAX], "'max': %s is below 'min' %s",
			       v[MAX]->text, v[MIN]->text);
	if ((error = tp_source_ref(c, v[SOURCE], cat->sources, cat->nsources,
				   &d->source)) < 0 ||
	    (error = tp_provisional(c, node, what, v[STATUS], v[REASON],
				    &d->provisional, &d->reason)) < 0)
		return error;
	if (v[NOTE] && (error = tp_get_string(c, v[NOTE], "note", &d->note)) < 0)
		return error;
	return 0;
}

/* Adds a lower-cased name to the set of names seen so far, refusing one
 * that another drug (or this one) already uses. */
static int claim_name(tp_catalog *cat, tp_ctx *c, size_t upto,
		      const tp_node *at, const char *name)
{
	const tp_drug *other = c->prechecked ? NULL
					     : tp_catalog_find(cat, name);
	(void)upto;
	if (other)
		return tp_fail(c, at, "name '%s' is already used by drug '%s'",
			       name, other->name);
	return 0;
}

static int drug_from_node(tp_catalog *cat, tp_ctx *c, const tp_node *node,
			  tp_drug *d, size_t index)
{
	enum { NAME, CLASS, KIND, UNIT, ALIASES, AD, ADJ, HIGH, LABEL, NOTE,
	       WHEN_ADDED, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "name", TP_F_SCALAR, true },
		{ "class", TP_F_SCALAR, true },
		{ "kind", TP_F_SCALAR, true },
		{ "unit", TP_F_SCALAR, false },
		{ "aliases", TP_F_SEQUENCE, false },
		{ "antidepressant", TP_F_MAPPING, false },
		{ "adjunct", TP_F_MAPPING, false },
		{ "high", TP_F_MAPPING, false },
		{ "label_max", TP_F_MAPPING, false },
		{ "note", TP_F_SCALAR, false },
		{ "when_added", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, false },
	};
	/* What an interacting drug, which is no treatment, cannot have. */
	static const int not_interacting[] = { UNIT, AD, ADJ, HIGH, LABEL,
					       WHEN_ADDED };
	static const char *const added_words[] = { "augmentation",
						   "combination" };
	const tp_node *v[NFIELDS];
	const char *s;
	int error, kind, unit = 0, added;
	size_t i;

	if ((error = tp_map_check(c, node, "a drug", fields, NFIELDS, v)) < 0)
		return error;
	d->line = node->line;
	if ((error = tp_get_string(c, v[NAME], "name", &s)) < 0)
		return error;
	/* Claim the name before this drug counts in lookups. */
	cat->ndrugs = index;
	if ((error = claim_name(cat, c, index, v[NAME], s)) < 0)
		return error;
	if (!(d->name = lower_dup(c->arena, s)))
		return tp_error_oom(c->err, c->source);
	if ((error = tp_get_string(c, v[CLASS], "class", &d->klass)) < 0 ||
	    (error = tp_get_enum(c, v[KIND], "kind", tp_kind_words,
				 tp_nkind_words, &kind)) < 0)
		return error;
	d->kind = (tp_drug_kind)kind;
	if (v[UNIT] && (error = tp_get_enum(c, v[UNIT], "unit", unit_words,
					    TP_ARRAY_LEN(unit_words),
					    &unit)) < 0)
		return error;
	d->unit = unit_words[unit];
	if (v[ALIASES]) {
		const tp_node *al = v[ALIASES];
		d->naliases = al->n;
		d->aliases = tp_arena_alloc(c->arena, (al->n ? al->n : 1) *
							      sizeof(char *));
		if (!d->aliases)
			return tp_error_oom(c->err, c->source);
		/* The drug itself counts while its aliases are checked, so an
		 * alias equal to its own name is refused too. */
		cat->ndrugs = index + 1;
		for (i = 0; i < al->n; i++) {
			d->naliases = i;
			if ((error = tp_get_string(c, al->values[i], "aliases",
						   &s)) < 0 ||
			    (error = claim_name(cat, c, index, al->values[i],
						s)) < 0)
				return error;
			if (!(d->aliases[i] = lower_dup(c->arena, s)))
				return tp_error_oom(c->err, c->source);
		}
		d->naliases = al->n;
		cat->ndrugs = index;
	}
	if ((v[SOURCE] &&
	     (error = tp_source_ref(c, v[SOURCE], cat->sources, cat->nsources,
				    &d->source)) < 0) ||
	    (v[NOTE] &&
	     (error = tp_get_string(c, v[NOTE], "note", &d->note)) < 0))
		return error;
	if (d->kind == TP_KIND_INTERACTING) {
		/* Named only under a history's concomitant: no dose to judge,
		 * so no dose row, and its source says which list names it. */
		for (i = 0; i < TP_ARRAY_LEN(not_interacting); i++)
			if (v[not_interacting[i]])
				return tp_fail(
					c, v[not_interacting[i]],
					"'%s': not allowed in drug '%s' of "
					"kind 'interacting' (it is not a "
					"treatment: no dose rows, unit or "
					"role)",
					fields[not_interacting[i]].key,
					d->name);
		if (!v[SOURCE])
			return tp_fail(c, node,
				       "drug '%s' of kind 'interacting' needs a "
				       "'source' (the list that names it)",
				       d->name);
		d->when_added = TP_ROLE_NONE;
		return 0;
	}
	if (v[AD] && (error = dose_from_node(cat, c, v[AD],
					     "an antidepressant dose row", true,
					     &d->antidepressant)) < 0)
		return error;
	if (v[ADJ] && (error = dose_from_node(cat, c, v[ADJ],
					      "an adjunct dose row", true,
					      &d->adjunct)) < 0)
		return error;
	if (v[HIGH] && (error = dose_from_node(cat, c, v[HIGH],
					       "a high-dose row", false,
					       &d->high)) < 0)
		return error;
	if (v[LABEL] && (error = dose_from_node(cat, c, v[LABEL],
						"a label maximum", false,
						&d->label_max)) < 0)
		return error;
	if (d->kind != TP_KIND_AUGMENTING && !v[AD])
		return tp_fail(c, node,
			       "drug '%s' of kind '%s' needs an "
			       "'antidepressant' dose row",
			       d->name, tp_kind_words[d->kind]);
	if (d->kind != TP_KIND_ANTIDEPRESSANT && !v[ADJ])
		return tp_fail(c, node,
			       "drug '%s' of kind '%s' needs an 'adjunct' dose "
			       "row",
			       d->name, tp_kind_words[d->kind]);
	if (d->kind == TP_KIND_AUGMENTING && v[AD])
		return tp_fail(c, v[AD],
			       "drug '%s' is an augmenting-agent but has an "
			       "'antidepressant' dose row (use kind: both)",
			       d->name);
	d->when_added = d->kind == TP_KIND_AUGMENTING ? TP_ROLE_AUGMENTATION
						       : TP_ROLE_COMBINATION;
	if (v[WHEN_ADDED]) {
		if ((error = tp_get_enum(c, v[WHEN_ADDED], "when_added",
					 added_words, 2, &added)) < 0)
			return error;
		d->when_added = added ? TP_ROLE_COMBINATION
				      : TP_ROLE_AUGMENTATION;
	} else if (d->kind == TP_KIND_BOTH) {
		return tp_fail(c, node,
			       "drug '%s' of kind 'both' needs 'when_added' "
			       "(augmentation or combination)",
			       d->name);
	}
	if (d->kind == TP_KIND_ANTIDEPRESSANT && v[ADJ])
		return tp_fail(c, v[ADJ],
			       "drug '%s' is an antidepressant but has an "
			       "'adjunct' dose row (use kind: both)",
			       d->name);
	return 0;
}

/* Checks the common head of every knowledge file: tpath, id, version,
 * title.  (Exported through tp_catalog_from_node's use only.) */
int tp_catalog_from_node(tp_catalog *cat, tp_ctx *c, const tp_node *root)
{
	enum { DRUGS = TP_HEAD_N, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "drugs", TP_F_SEQUENCE, true },
	};
	const tp_node *v[NFIELDS];
	const tp_node *drugs;
	size_t i;
	int error;

	tp_head h = { &cat->id, &cat->version, &cat->title, &cat->sources,
		      &cat->nsources };

	memset(cat, 0, sizeof(*cat));
	if ((error = tp_map_check(c, root, "a drugs/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	drugs = v[DRUGS];
	if (drugs->n == 0)
		return tp_fail(c, drugs, "'drugs': the catalog lists no drug");
	cat->drugs = tp_arena_alloc(c->arena, drugs->n * sizeof(tp_drug));
	if (!cat->drugs)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < drugs->n; i++)
		if ((error = drug_from_node(cat, c, drugs->values[i],
					    &cat->drugs[i], i)) < 0)
			return error;
	cat->ndrugs = drugs->n;
	return 0;
}

const tp_drug *tp_catalog_find(const tp_catalog *cat, const char *name)
{
	size_t i, j;
	for (i = 0; i < cat->ndrugs; i++) {
		const tp_drug *d = &cat->drugs[i];
		if (tp_streq_ci(d->name, name))
			return d;
		for (j = 0; j < d->naliases; j++)
			if (tp_streq_ci(d->aliases[j], name))
				return d;
	}
	return NULL;
}

size_t tp_catalog_suggest(const tp_catalog *cat, const char *name,
			  const char **out, size_t max)
{
	/* Rank canonical names by the best distance of the name or any alias;
	 * keep the closest few. */
	size_t i, j, k, count = 0;
	size_t dist[8];

	if (max > TP_ARRAY_LEN(dist))
		max = TP_ARRAY_LEN(dist);
	for (i = 0; i < cat->ndrugs; i++) {
		const tp_drug *d = &cat->drugs[i];
		size_t best = (size_t)-1;
		if (tp_is_close(name, d->name))
			best = tp_edit_distance(name, d->name, 3);
		for (j = 0; j < d->naliases; j++)
			if (tp_is_close(name, d->aliases[j])) {
				size_t e = tp_edit_distance(name, d->aliases[j],
							    3);
				if (e < best)
					best = e;
			}
		if (best == (size_t)-1)
			continue;
		/* Insert in order of distance, then catalog order. */
		for (k = count; k > 0 && dist[k - 1] > best; k--)
			if (k < max) {
				dist[k] = dist[k - 1];
				out[k] = out[k - 1];
			}
		if (k < max) {
			dist[k] = best;
			out[k] = d->name;
			if (count < max)
				count++;
		}
	}
	return count;
}
