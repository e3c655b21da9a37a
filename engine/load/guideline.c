/*
 * guideline.c - loading of guideline/1 (a pathway guideline: parameters,
 * steps, status, decision points, recommendation and warning rules) and
 * safety/1 (warning rules applied whatever the guideline).  Every rule must
 * cite a source; every condition is parsed and type-checked here, so a
 * broken guideline is refused at load with its position.
 */
#include "load/load.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

const char *const tp_action_words[] = {
	"continue", "increase-dose",	 "switch",	    "augment",
	"combine",  "add-psychotherapy", "neuromodulation", "reassess",
	"maintain", "refer",		 "taper",	    "start"
};
const size_t tp_nactions = TP_ARRAY_LEN(tp_action_words);

const char *const tp_warning_severities[] = { "info", "warning",
					     "critical" };

typedef struct gctx {
	tp_ctx *c;
	const tpath_kb *kb;
	const tp_source *sources;
	size_t nsources;
	tp_names names;
} gctx;

static int source_ref(gctx *g, const tp_node *v, const tp_source **out)
{
	return tp_source_ref(g->c, v, g->sources, g->nsources, out);
}

static int unique_id(gctx *g, const tp_node *at, const char *id,
		     const char *const *seen, size_t n, const char *what)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(seen[i], id) == 0)
			return tp_fail(g->c, at, "duplicate %s id '%s'", what,
				       id);
	return 0;
}

/* Checks the {fact.name} placeholders of a warning message. */
static int check_message(gctx *g, const tp_node *v, const char *msg)
{
	const char *p = msg;
	while ((p = strchr(p, '{'))) {
		const char *end = strchr(p, '}');
		char name[128];
		size_t i;
		bool ok = false;
		if (!end || (size_t)(end - p - 1) >= sizeof(name))
			return tp_fail(g->c, v,
				       "'message': '{' without a closing '}'");
		snprintf(name, sizeof(name), "%.*s", (int)(end - p - 1), p + 1);
		for (i = 0; i < tp_nfacts; i++)
			if (strcmp(tp_facts[i].name, name) == 0 &&
			    (tp_facts[i].context == TP_CTX_HISTORY ||
			     tp_facts[i].context == g->names.context))
				ok = true;
		for (i = 0; i < g->names.nparams; i++)
			if (strncmp(name, "param.", 6) == 0 &&
			    strcmp(name + 6, g->names.params[i]) == 0)
				ok = true;
		if (!ok)
			return tp_fail(g->c, v,
				       "'message': unknown fact '{%s}' in this "
				       "rule's context",
				       name);
		p = end + 1;
	}
	return 0;
}

static int options_from(gctx *g, const tp_node *node, tp_options_from *o)
{
	enum { KIND, LINE, OTHER, EXCLUDE, TRIED, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "rows", TP_F_SCALAR, true },
		{ "line", TP_F_SCALAR, false },
		{ "other_class", TP_F_SCALAR, false },
		{ "exclude_classes", TP_F_SCALAR, false },
		{ "exclude_tried", TP_F_SCALAR, false },
	};
	static const char *const rows[] = { "antidepressant", "adjunct" };
	static const char *const excludes[] = { "none", "current", "tried" };
	const tp_node *v[NFIELDS];
	int error, k, x = TP_EXCLUDE_NONE;
	bool other = false;
	long line = 0;

	if ((error = tp_map_check(g->c, node, "'options_from'", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_get_enum(g->c, v[KIND], "rows", rows, 2, &k)) < 0 ||
	    (v[LINE] &&
	     (error = tp_get_int(g->c, v[LINE], "line", 1, 3, &line)) < 0) ||
	    (v[OTHER] && (error = tp_get_bool(g->c, v[OTHER], "other_class",
					      &other)) < 0) ||
	    (v[EXCLUDE] && (error = tp_get_enum(g->c, v[EXCLUDE],
						"exclude_classes", excludes, 3,
						&x)) < 0) ||
	    (v[TRIED] && (error = tp_get_bool(g->c, v[TRIED], "exclude_tried",
					      &o->exclude_tried)) < 0))
		return error;
	if (v[OTHER] && v[EXCLUDE])
		return tp_fail(g->c, v[OTHER],
			       "'other_class' and 'exclude_classes' together: "
			       "'other_class: true' is the older spelling of "
			       "'exclude_classes: current'; give one");
	o->present = true;
	o->adjunct = k == 1;
	o->line = (int)line;
	o->exclude_classes = other ? TP_EXCLUDE_CURRENT : x;
	return 0;
}

/* Whether text names drug d (its name or an alias) as a whole word. */
static bool names_drug(const char *text, const tp_drug *d)
{
	size_t k;
	for (k = 0; k <= d->naliases; k++) {
		const char *w = k == 0 ? d->name : d->aliases[k - 1];
		size_t n = strlen(w);
		const char *p;
		for (p = text; (p = tp_strcasestr(p, w)); p++)
			if ((p == text || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return true;
	}
	return false;
}

/* An option: a name ("sertraline", "ECT", "psychotherapy") or a mapping
 * {text, drugs, dose}.  Text that names a catalog drug must say which
 * drugs it names, so that safety sees every drug a rule offers. */
static int option_from_node(gctx *g, const tp_node *node, tp_option *o)
{
	enum { TEXT, DRUGS, DOSE, CLASSES, SAME, OTHER, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "text", TP_F_SCALAR, true },
		{ "drugs", TP_F_SEQUENCE, false },
		{ "dose", TP_F_SCALAR, false },
		{ "classes", TP_F_SEQUENCE, false },
		{ "same_class", TP_F_SCALAR, false },
		{ "other_class", TP_F_SCALAR, false },
	};
	const tp_catalog *cat = &g->kb->catalog;
	const tp_node *v[NFIELDS];
	size_t i;
	int error;

	memset(o, 0, sizeof(*o));
	o->dose = -1;
	o->line = node->line;
	o->column = node->column;
	if (node->kind == TP_SCALAR) {
		const tp_drug *d;
		if ((error = tp_get_string(g->c, node, "options", &o->text)) < 0)
			return error;
		if ((d = tp_catalog_find(cat, o->text))) {
			o->drugs[o->ndrugs++] = d;
			return 0;
		}
		for (i = 0; i < cat->ndrugs && !g->c->prechecked; i++)
			if (names_drug(o->text, &cat->drugs[i]))
				return tp_fail(g->c, node,
					       "option '%s' names %s: write "
					       "it as {text: ..., drugs: [%s]} "
					       "so that safety rules see the "
					       "drug",
					       o->text, cat->drugs[i].name,
					       cat->drugs[i].name);
		return 0;
	}
	if ((error = tp_map_check(g->c, node, "an option", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(g->c, v[TEXT], "text", &o->text)) < 0)
		return error;
	if (!!v[DRUGS] + !!v[CLASSES] + !!v[SAME] != 1)
		return tp_fail(g->c, node,
			       "an option names its 'drugs', its 'classes' "
			       "or 'same_class: true' (one of them)");
	if (v[OTHER] && (!v[CLASSES] ||
			 (error = tp_get_bool(g->c, v[OTHER], "other_class",
					      &o->other_class)) < 0))
		return error < 0 ? error
				 : tp_fail(g->c, v[OTHER],
					   "'other_class' belongs to a class "
					   "option ('classes')");
	if (v[SAME] && ((error = tp_get_bool(g->c, v[SAME], "same_class",
					     &o->same_class)) < 0 ||
			!o->same_class))
		return error < 0 ? error
				 : tp_fail(g->c, v[SAME],
					   "'same_class': only true is "
					   "meaningful");
	if (v[CLASSES]) {
		o->nclasses = v[CLASSES]->n;
		if (!o->nclasses)
			return tp_fail(g->c, v[CLASSES],
				       "'classes': at least one class");
		if (!(o->classes = tp_arena_alloc(g->c->arena,
						  o->nclasses *
							  sizeof(char *))))
			return tp_error_oom(g->c->err, g->c->source);
		for (i = 0; i < o->nclasses; i++) {
			size_t j;
			bool used = false;
			if ((error = tp_get_string(g->c, v[CLASSES]->values[i],
						   "classes",
						   &o->classes[i])) < 0)
				return error;
			for (j = 0; j < cat->ndrugs; j++)
				used |= strcmp(cat->drugs[j].klass,
					       o->classes[i]) == 0;
			if (!used)
				return tp_fail(g->c, v[CLASSES]->values[i],
					       "'classes': no drug of the "
					       "catalog has class '%s'",
					       o->classes[i]);
		}
	}
	if (v[DRUGS] &&
	    (v[DRUGS]->n == 0 || v[DRUGS]->n > TP_OPTION_MAX_DRUGS))
		return tp_fail(g->c, v[DRUGS],
			       "'drugs': 1 to %d catalog drugs expected",
			       TP_OPTION_MAX_DRUGS);
	for (i = 0; v[DRUGS] && i < v[DRUGS]->n; i++) {
		const char *name;
		const tp_drug *d;
		if ((error = tp_get_string(g->c, v[DRUGS]->values[i], "drugs",
					   &name)) < 0)
			return error;
		if (!(d = tp_catalog_find(cat, name)))
			return tp_fail(g->c, v[DRUGS]->values[i],
				       "'drugs': unknown drug '%s'", name);
		o->drugs[o->ndrugs++] = d;
	}
	for (i = 0; i < cat->ndrugs; i++) {
		size_t k;
		bool listed = false;
		for (k = 0; k < o->ndrugs; k++)
			listed |= o->drugs[k] == &cat->drugs[i];
		if (!listed && names_drug(o->text, &cat->drugs[i]))
			return tp_fail(g->c, v[TEXT],
				       "option '%s' names %s, which its "
				       "'drugs' do not list",
				       o->text, cat->drugs[i].name);
	}
	if (v[DOSE]) {
		if ((error = tp_get_number(g->c, v[DOSE], "dose", &o->dose)) < 0)
			return error;
		if (o->dose <= 0)
			return tp_fail(g->c, v[DOSE],
				       "'dose': a positive number of mg/day "
				       "expected");
		if (o->ndrugs != 1)
			return tp_fail(g->c, v[DOSE],
				       "'dose' needs exactly one drug in "
				       "'drugs'");
		if (!strstr(o->text, "{dose}"))
			return tp_fail(g->c, v[TEXT],
				       "'text' must show the dose as {dose}");
	} else if (strstr(o->text, "{dose}")) {
		return tp_fail(g->c, v[TEXT], "'{dose}' without a 'dose'");
	}
	return 0;
}

/* A recommendation rule (warning == false) or a warning rule. */
static int rule_from_node(gctx *g, const tp_node *node, bool warning,
			  bool safety, tp_grule *r)
{
	enum { ID, FOR, WHEN, ACTION, OPTIONS, FROM, RATIONALE, CODE,
	       SEVERITY, MESSAGE, SOURCE, STATUS, REASON, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "for", TP_F_SCALAR, false },
		{ "when", TP_F_SCALAR, true },
		{ "action", TP_F_SCALAR, false },
		{ "options", TP_F_SEQUENCE, false },
		{ "options_from", TP_F_MAPPING, false },
		{ "rationale", TP_F_SCALAR, false },
		{ "code", TP_F_SCALAR, false },
		{ "severity", TP_F_SCALAR, false },
		{ "message", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	static const char *const contexts[] = { "history", "courses",
						"pairs" };
	const char *what = warning ? "a warning rule" : "a rule";
	const tp_node *v[NFIELDS];
	int error, k;
	size_t i;

	r->line = node->line;
	if ((error = tp_map_check(g->c, node, what, fields, NFIELDS, v)) < 0 ||
	    (error = tp_get_string(g->c, v[ID], "id", &r->id)) < 0 ||
	    (error = source_ref(g, v[SOURCE], &r->source)) < 0 ||
	    (error = tp_provisional(g->c, node, what, v[STATUS], v[REASON],
				 &r->provisional, &r->reason)) < 0)
		return error;
	g->names.context = TP_CTX_HISTORY;
	if (v[FOR]) {
		if (!safety)
			return tp_fail(g->c, v[FOR],
				       "'for': only safety rules iterate over "
				       "courses or pairs");
		if ((error = tp_get_enum(g->c, v[FOR], "for", contexts, 3,
					 &k)) < 0)
			return error;
		g->names.context = (tp_context)k;
	}
	r->context = g->names.context;
	if (warning) {
		for (i = ACTION; i <= RATIONALE; i++)
			if (v[i])
				return tp_fail(g->c, v[i],
					       "'%s' belongs to a "
					       "recommendation rule, not a "
					       "warning rule",
					       fields[i].key);
		for (i = CODE; i <= MESSAGE; i++)
			if (!v[i])
				return tp_fail(g->c, node,
					       "missing required key '%s' in "
					       "a warning rule",
					       fields[i].key);
		if ((error = tp_get_string(g->c, v[CODE], "code", &r->code)) <
			    0 ||
		    (error = tp_get_enum(g->c, v[SEVERITY], "severity",
					 tp_warning_severities, 3, &k)) < 0 ||
		    (error = tp_get_string(g->c, v[MESSAGE], "message",
					   &r->message)) < 0 ||
		    (error = check_message(g, v[MESSAGE], r->message)) < 0)
			return error;
		r->severity = tp_warning_severities[k];
	} else {
		for (i = CODE; i <= MESSAGE; i++)
			if (v[i])
				return tp_fail(g->c, v[i],
					       "'%s' belongs to a warning rule, "
					       "not a recommendation rule",
					       fields[i].key);
		if (!v[ACTION])
			return tp_fail(g->c, node,
				       "missing required key 'action' in a "
				       "rule");
		if (!v[RATIONALE])
			return tp_fail(g->c, node,
				       "missing required key 'rationale' in a "
				       "rule");
		if ((error = tp_get_enum(g->c, v[ACTION], "action",
					 tp_action_words, tp_nactions, &k)) <
			    0 ||
		    (error = tp_get_string(g->c, v[RATIONALE], "rationale",
					   &r->rationale)) < 0)
			return error;
		r->action = tp_action_words[k];
		if (v[OPTIONS]) {
			r->noptions = v[OPTIONS]->n;
			r->options = tp_arena_alloc(g->c->arena,
						    (r->noptions + 1) *
							    sizeof(tp_option));
			if (!r->options)
				return tp_error_oom(g->c->err, g->c->source);
			for (i = 0; i < r->noptions; i++)
				if ((error = option_from_node(
					     g, v[OPTIONS]->values[i],
					     &r->options[i])) < 0)
					return error;
		}
		if (v[FROM] && (error = options_from(g, v[FROM], &r->from)) < 0)
			return error;
		if (v[FROM] && r->from.exclude_classes == TP_EXCLUDE_NONE &&
		    (tp_strcasestr(r->rationale, "other class") ||
		     tp_strcasestr(r->rationale, "another class") ||
		     tp_strcasestr(r->rationale, "different class")))
			return tp_fail(g->c, v[RATIONALE],
				       "'rationale' speaks of another class, "
				       "but 'options_from' keeps every class "
				       "(set 'exclude_classes: current' or "
				       "'tried', or reword the rationale)");
	}
	return tp_expr_parse(&r->when, g->c, v[WHEN], &g->names);
}

static int rules_from_node(gctx *g, const tp_node *seq, bool warning,
			   bool safety, tp_grule **out, size_t *n)
{
	const char **ids;
	size_t i;
	int error;
	*n = seq ? seq->n : 0;
	*out = tp_arena_alloc(g->c->arena, (*n + 1) * sizeof(tp_grule));
	ids = tp_arena_alloc(g->c->arena, (*n + 1) * sizeof(char *));
	if (!*out || !ids)
		return tp_error_oom(g->c->err, g->c->source);
	for (i = 0; i < *n; i++) {
		if ((error = rule_from_node(g, seq->values[i], warning, safety,
					    &(*out)[i])) < 0 ||
		    (error = unique_id(g, seq->values[i], (*out)[i].id, ids, i,
				       "rule")) < 0)
			return error;
		ids[i] = (*out)[i].id;
	}
	return 0;
}

static int params_from_node(gctx *g, const tp_node *seq, tp_guideline *gl)
{
	enum { ID, VALUE, SOURCE, STATUS, REASON, NOTE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "value", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, false },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "note", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	size_t i;
	int error;

	gl->nparams = seq ? seq->n : 0;
	gl->params = tp_arena_alloc(g->c->arena,
				    (gl->nparams + 1) * sizeof(tp_gparam));
	gl->param_ids = tp_arena_alloc(g->c->arena,
				       (gl->nparams + 1) * sizeof(char *));
	if (!gl->params || !gl->param_ids)
		return tp_error_oom(g->c->err, g->c->source);
	for (i = 0; i < gl->nparams; i++) {
		tp_gparam *p = &gl->params[i];
		const char *note;
		p->line = seq->values[i]->line;
		if ((error = tp_map_check(g->c, seq->values[i], "a parameter",
					  fields, NFIELDS, v)) < 0 ||
		    (error = tp_get_string(g->c, v[ID], "id", &p->id)) < 0 ||
		    (error = unique_id(g, v[ID], p->id, gl->param_ids, i,
				       "parameter")) < 0 ||
		    (error = tp_get_number(g->c, v[VALUE], "value",
					   &p->value)) < 0 ||
		    (error = tp_provisional(g->c, seq->values[i], "a parameter",
					 v[STATUS], v[REASON], &p->provisional,
					 &p->reason)) < 0 ||
		    (v[SOURCE] && (error = source_ref(g, v[SOURCE],
						      &p->source)) < 0) ||
		    (v[NOTE] && (error = tp_get_string(g->c, v[NOTE], "note",
						       &note)) < 0))
			return error;
		if (!v[SOURCE] && !p->provisional)
			return tp_fail(g->c, seq->values[i],
				       "missing required key 'source' in a "
				       "parameter (or mark it status: "
				       "provisional with a reason)");
		gl->param_ids[i] = p->id;
	}
	g->names.params = gl->param_ids;
	g->names.nparams = gl->nparams;
	return 0;
}

static int steps_from_node(gctx *g, const tp_node *seq, tp_guideline *gl)
{
	enum { ID, LABEL, WHEN, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "label", TP_F_SCALAR, true },
		{ "when", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	const char **ids;
	size_t i;
	int error;

	gl->nsteps = seq->n;
	gl->steps = tp_arena_alloc(g->c->arena, (seq->n + 1) * sizeof(tp_step));
	ids = tp_arena_alloc(g->c->arena, (seq->n + 1) * sizeof(char *));
	if (!gl->steps || !ids)
		return tp_error_oom(g->c->err, g->c->source);
	g->names.context = TP_CTX_HISTORY;
	for (i = 0; i < seq->n; i++) {
		tp_step *s = &gl->steps[i];
		s->line = seq->values[i]->line;
		if ((error = tp_map_check(g->c, seq->values[i], "a step", fields,
					  NFIELDS, v)) < 0 ||
		    (error = tp_get_string(g->c, v[ID], "id", &s->id)) < 0 ||
		    (error = unique_id(g, v[ID], s->id, ids, i, "step")) < 0 ||
		    (error = tp_get_string(g->c, v[LABEL], "label",
					   &s->label)) < 0 ||
		    (error = source_ref(g, v[SOURCE], &s->source)) < 0 ||
		    (error = tp_expr_parse(&s->when, g->c, v[WHEN],
					   &g->names)) < 0)
			return error;
		ids[i] = s->id;
	}
	return 0;
}

static int statuses_from_node(gctx *g, const tp_node *seq, tp_guideline *gl)
{
	static const tp_field fields[] = {
		{ "status", TP_F_SCALAR, true },
		{ "when", TP_F_SCALAR, true },
	};
	const tp_node *v[2];
	size_t i;
	int error;

	gl->nstatuses = seq->n;
	gl->statuses = tp_arena_alloc(g->c->arena,
				      (seq->n + 1) * sizeof(tp_status_rule));
	if (!gl->statuses)
		return tp_error_oom(g->c->err, g->c->source);
	g->names.context = TP_CTX_HISTORY;
	for (i = 0; i < seq->n; i++) {
		tp_status_rule *s = &gl->statuses[i];
		s->line = seq->values[i]->line;
		if ((error = tp_map_check(g->c, seq->values[i], "a status",
					  fields, 2, v)) < 0 ||
		    (error = tp_get_string(g->c, v[0], "status", &s->status)) <
			    0 ||
		    (error = tp_expr_parse(&s->when, g->c, v[1], &g->names)) < 0)
			return error;
	}
	return 0;
}

/* A decision point's week: a number, or the id of one of the guideline's
 * parameters (its value now, --set moves the point). */
static int point_week(gctx *g, const tp_guideline *gl, const tp_node *v,
		      const char *key, double *week, int *param)
{
	size_t i;
	*param = -1;
	for (i = 0; v->kind == TP_SCALAR && v->plain && i < gl->nparams; i++)
		if (strcmp(gl->params[i].id, v->text) == 0) {
			*param = (int)i;
			*week = gl->params[i].value;
			return 0;
		}
	if (v->kind == TP_SCALAR && v->plain && v->len &&
	    ((v->text[0] >= 'a' && v->text[0] <= 'z') ||
	     (v->text[0] >= 'A' && v->text[0] <= 'Z')))
		return tp_fail(g->c, v,
			       "'%s': '%s' is neither a number nor a "
			       "parameter of this guideline",
			       key, v->text);
	return tp_get_number(g->c, v, key, week);
}

static int points_from_node(gctx *g, const tp_node *seq, tp_guideline *gl)
{
	enum { ID, LABEL, AT, UNTIL, FROM, WHEN, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "label", TP_F_SCALAR, true },
		{ "at_week", TP_F_SCALAR, true },
		{ "until_week", TP_F_SCALAR, false },
		{ "from", TP_F_SCALAR, false },
		{ "when", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	const char **ids;
	size_t i;
	int error;

	gl->npoints = seq ? seq->n : 0;
	gl->points = tp_arena_alloc(g->c->arena, (gl->npoints + 1) *
							 sizeof(tp_decision_point));
	ids = tp_arena_alloc(g->c->arena, (gl->npoints + 1) * sizeof(char *));
	if (!gl->points || !ids)
		return tp_error_oom(g->c->err, g->c->source);
	g->names.context = TP_CTX_HISTORY;
	for (i = 0; i < gl->npoints; i++) {
		tp_decision_point *d = &gl->points[i];
		d->line = seq->values[i]->line;
		if ((error = tp_map_check(g->c, seq->values[i],
					  "a decision point", fields, NFIELDS,
					  v)) < 0 ||
		    (error = tp_get_string(g->c, v[ID], "id", &d->id)) < 0 ||
		    (error = unique_id(g, v[ID], d->id, ids, i,
				       "decision point")) < 0 ||
		    (error = tp_get_string(g->c, v[LABEL], "label",
					   &d->label)) < 0 ||
		    (error = point_week(g, gl, v[AT], "at_week", &d->at_week,
					&d->at_param)) < 0 ||
		    (error = source_ref(g, v[SOURCE], &d->source)) < 0 ||
		    (v[WHEN] && (error = tp_expr_parse(&d->when, g->c, v[WHEN],
						       &g->names)) < 0))
			return error;
		if (!(d->at_week >= 0 && d->at_week <= TP_MAX_AT_WEEK))
			return tp_fail(g->c, v[AT],
				       "'at_week': %.10g is out of range; a "
				       "decision point is from week 0 to week "
				       "%d of its trial",
				       d->at_week, TP_MAX_AT_WEEK);
		if (v[FROM]) {
			static const char *const froms[] = { "trial", "step" };
			int k;
			if ((error = tp_get_enum(g->c, v[FROM], "from", froms, 2,
						 &k)) < 0)
				return error;
			d->from_step = k == 1;
		}
		d->until_week = d->at_week;
		d->until_param = d->at_param;
		if (v[UNTIL] &&
		    ((error = point_week(g, gl, v[UNTIL], "until_week",
					 &d->until_week, &d->until_param)) <
		     0))
			return error;
		if (!(d->until_week >= d->at_week &&
		      d->until_week <= TP_MAX_AT_WEEK))
			return tp_fail(g->c, v[UNTIL],
				       "'until_week': %.10g is out of range; a "
				       "decision point's window ends between "
				       "its 'at_week' (%.10g) and week %d",
				       d->until_week, d->at_week,
				       TP_MAX_AT_WEEK);
		if (i > 0 && d->at_week <= gl->points[i - 1].at_week)
			return tp_fail(g->c, v[AT],
				       "'at_week': decision points must be in "
				       "increasing week order");
		ids[i] = d->id;
	}
	return 0;
}

int tp_guideline_from_node(tp_guideline *gl, const tpath_kb *kb, tp_ctx *c,
			   const tp_node *root)
{
	enum { PUBLISHER = TP_HEAD_N, YEAR, CITATION, URL, DEFAULT, ADEQUACY,
	       TRD, PARAMETERS, STEPS, STATUS, POINTS, RULES, WARNINGS, SCOPE,
	       NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "publisher", TP_F_SCALAR, true },
		{ "year", TP_F_SCALAR, true },
		{ "citation", TP_F_SCALAR, true },
		{ "url", TP_F_SCALAR, false },
		{ "default", TP_F_SCALAR, false },
		{ "adequacy", TP_F_MAPPING, true },
		{ "trd", TP_F_SCALAR, true },
		{ "parameters", TP_F_SEQUENCE, false },
		{ "steps", TP_F_SEQUENCE, true },
		{ "status", TP_F_SEQUENCE, true },
		{ "decision_points", TP_F_SEQUENCE, false },
		{ "rules", TP_F_SEQUENCE, true },
		{ "warnings", TP_F_SEQUENCE, false },
		{ "scope", TP_F_SEQUENCE, false },
	};
	static const tp_field adequacy_fields[] = {
		{ "min_weeks", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "note", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS], *a[5];
	const char *note;
	const char *trd;
	gctx g;
	size_t i;
	int error;

	memset(gl, 0, sizeof(*gl));
	memset(&g, 0, sizeof(g));
	g.c = c;
	g.kb = kb;
	g.names.vocab = &kb->vocab;
	gl->file = c->source;
	tp_head h = { &gl->id, &gl->version, &gl->title, &gl->sources,
		      &gl->nsources };

	if ((error = tp_map_check(c, root, "a guideline/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0 ||
	    (error = tp_get_string(c, v[PUBLISHER], "publisher",
				   &gl->publisher)) < 0 ||
	    (error = tp_get_int(c, v[YEAR], "year", 1900, 2199, &gl->year)) <
		    0 ||
	    (error = tp_get_string(c, v[CITATION], "citation",
				   &gl->citation)) < 0 ||
	    (v[URL] && (error = tp_get_string(c, v[URL], "url", &gl->url)) <
			       0) ||
	    (v[DEFAULT] && (error = tp_get_bool(c, v[DEFAULT], "default",
						&gl->is_default)) < 0))
		return error;
	g.sources = gl->sources;
	g.nsources = gl->nsources;
	if ((error = tp_map_check(c, v[ADEQUACY], "'adequacy'",
				  adequacy_fields, 5, a)) < 0 ||
	    (error = tp_get_number(c, a[0], "min_weeks",
				   &gl->adequacy_weeks)) < 0 ||
	    (error = source_ref(&g, a[1], &gl->adequacy_source)) < 0 ||
	    (error = tp_provisional(c, v[ADEQUACY], "'adequacy'", a[2], a[3],
				 &gl->adequacy_provisional,
				 &gl->adequacy_reason)) < 0 ||
	    (a[4] && (error = tp_get_string(c, a[4], "note", &note)) < 0) ||
	    (error = tp_get_string(c, v[TRD], "trd", &trd)) < 0)
		return error;
	for (i = 0; i < kb->trd.ndefs; i++)
		if (strcmp(kb->trd.defs[i].id, trd) == 0)
			gl->trd = &kb->trd.defs[i];
	if (!gl->trd)
		return tp_fail(c, v[TRD],
			       "'trd': '%s' is not a loaded TRD definition",
			       trd);
	if ((error = params_from_node(&g, v[PARAMETERS], gl)) < 0 ||
	    (error = steps_from_node(&g, v[STEPS], gl)) < 0 ||
	    (error = statuses_from_node(&g, v[STATUS], gl)) < 0 ||
	    (error = points_from_node(&g, v[POINTS], gl)) < 0 ||
	    (error = rules_from_node(&g, v[RULES], false, false, &gl->rules,
				     &gl->nrules)) < 0 ||
	    (error = rules_from_node(&g, v[WARNINGS], true, false,
				     &gl->warnings, &gl->nwarnings)) < 0 ||
	    (error = rules_from_node(&g, v[SCOPE], true, false, &gl->scope,
				     &gl->nscope)) < 0)
		return error;
	return 0;
}

int tp_safety_from_node(tp_safety *s, const tpath_kb *kb, tp_ctx *c,
			const tp_node *root)
{
	enum { RULES = TP_HEAD_N, GROUPS, INTER, WASHOUTS, CEILINGS, GATES,
	       NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "rules", TP_F_SEQUENCE, true },
		{ "groups", TP_F_SEQUENCE, false },
		{ "interactions", TP_F_SEQUENCE, false },
		{ "washouts", TP_F_SEQUENCE, false },
		{ "ceilings", TP_F_SEQUENCE, false },
		{ "gates", TP_F_SEQUENCE, false },
	};
	const tp_node *v[NFIELDS];
	tp_head h = { &s->id, &s->version, &s->title, &s->sources,
		      &s->nsources };
	gctx g;
	int error;

	memset(s, 0, sizeof(*s));
	memset(&g, 0, sizeof(g));
	g.c = c;
	g.kb = kb;
	g.names.vocab = &kb->vocab;
	if ((error = tp_map_check(c, root, "a safety/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	g.sources = s->sources;
	g.nsources = s->nsources;
	if ((error = rules_from_node(&g, v[RULES], true, true, &s->rules,
				     &s->nrules)) < 0)
		return error;
	return tp_safety_tables_from_node(s, kb, c, v[GROUPS], v[INTER],
					  v[WASHOUTS], v[CEILINGS], v[GATES]);
}
