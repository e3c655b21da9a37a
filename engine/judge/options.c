/*
 * options.c - the options of a recommendation, bounded by safety.
 *
 * A rule names options (written, or taken from the catalog's rows); before
 * they reach the result each is checked against this patient: how the drug
 * went in this episode, the gates of safety/1, the combinations that must
 * not be taken with what continues, the washout from what stopped or is
 * being replaced, and this patient's maximum daily dose.  An option that
 * fails a check is removed, with its reason (recommendations[].
 * removed_options); one that passes carries what the checks found
 * (option_details).  An increase-dose at this patient's ceiling is not
 * advised (docs/guideline-format.md, "Safety tables").
 */
#include "judge/judge.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* An option being checked. */
typedef struct cand {
	const char *text;
	const tp_drug *const *drugs; /* the drugs it names, or its class
				       members */
	size_t ndrugs;
	bool any_of; /* a class: one of drugs will be chosen */
	bool other_of_current; /* an other_class option naming the current
				  trial's class */
	double dose;
} cand;

typedef struct note_buf {
	char s[1024];
	size_t n;
} note_buf;

static void note_add(note_buf *b, const char *fmt, ...) TP_PRINTF(2, 3);

#include <stdarg.h>
static void note_add(note_buf *b, const char *fmt, ...)
{
	va_list ap;
	int k;
	if (b->n && b->n + 2 < sizeof(b->s)) {
		memcpy(b->s + b->n, "; ", 2);
		b->n += 2;
		b->s[b->n] = '\0';
	}
	va_start(ap, fmt);
	k = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		b->n += (size_t)k < sizeof(b->s) - b->n ? (size_t)k
							 : sizeof(b->s) - b->n - 1;
}

static bool action_is(const tp_grule *r, const char *a)
{
	return strcmp(r->action, a) == 0;
}

/* Actions that would start a drug the patient is not taking. */
static bool starts_drug(const tp_grule *r)
{
	return action_is(r, "start") || action_is(r, "switch") ||
	       action_is(r, "augment") || action_is(r, "combine");
}

/* How drug d went in this episode: NULL (not tried), "ongoing",
 * "intolerance", "failed" or "inadequate"; *outcome is its latest trial's
 * outcome word. */
static const char *tried_status(tp_eval *ev, const tp_fact_env *env,
				const tp_drug *d, const char **outcome)
{
	int best = 0; /* 1 inadequate, 2 failed, 3 intolerance, 4 ongoing */
	static const char *const words[] = { NULL, "inadequate", "failed",
					     "intolerance", "ongoing" };
	size_t i;
	*outcome = NULL;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		int k = 0, a;
		if (!t->is_drug || !t->in_episode || t->course->drug != d)
			continue;
		*outcome = tp_outcome_words[t->outcome];
		if (t->ongoing)
			k = 4;
		else if (t->outcome == TP_OUT_INTOLERANCE ||
			 t->course->tolerability == 1 ||
			 (t->course->stop_reason >= 0 &&
			  strcmp(tp_stop_reasons[t->course->stop_reason],
				 "intolerance") == 0))
			k = 3;
		else if ((a = tp_trial_adequacy(ev, t, env->adequacy_weeks,
						NULL, NULL)) == 1 &&
			 (t->outcome == TP_OUT_NONRESPONSE ||
			  t->outcome == TP_OUT_PARTIAL ||
			  (t->course->stop_reason >= 0 &&
			   strcmp(tp_stop_reasons[t->course->stop_reason],
				  "inefficacy") == 0)))
			k = 2;
		else if (a != 1 && t->outcome != TP_OUT_REMISSION &&
			 t->outcome != TP_OUT_RESPONSE)
			k = 1;
		if (k > best)
			best = k;
	}
	return words[best];
}

static bool gate_action(const tp_gate *g, const tp_grule *r)
{
	size_t i;
	bool in = !g->nactions;
	for (i = 0; i < g->nactions; i++)
		in |= action_is(r, g->actions[i]);
	return in;
}

/* The gate names drug d (by name or group). */
static bool gate_has(const tp_gate *g, const tp_drug *d)
{
	size_t i;
	for (i = 0; i < g->nnames; i++)
		if (tp_streq_ci(g->names[i], d->name))
			return true;
	return g->group && tp_group_has(g->group, d);
}

/* The gate names the option's text itself ("ECT"). */
static bool gate_names_text(const tp_gate *g, const cand *c)
{
	size_t i;
	for (i = 0; i < g->nnames; i++)
		if (tp_streq_ci(g->names[i], c->text))
			return true;
	return false;
}

/* The drugs of the history, for the checks of one rule's options. */
typedef struct taken {
	tp_exposure *x;
	size_t n;
} taken;

/* A drug of the gate's group taken on as_of, other than the option's. */
static const tp_drug *exclusive_taken(const taken *tk, const tp_gate *g,
				      const cand *c)
{
	size_t i;
	for (i = 0; i < tk->n; i++) {
		const tp_drug *d = tk->x[i].drug;
		if (tk->x[i].ongoing && tp_group_has(g->group, d) &&
		    !(c->ndrugs == 1 && c->drugs[0] == d))
			return d;
	}
	return NULL;
}

typedef struct verdict {
	const char *removed; /* why, or NULL */
	const tp_source *source;
	note_buf note;
	long washout;
	const char *tried;
} verdict;

/* Does option c conflict with what continues (every drug still taken,
 * except, for a switch, the current trial it replaces)? */
static void check_interactions(tp_eval *ev, const tp_grule *r,
			       const tp_trial *cur, const taken *tk,
			       const cand *c, verdict *v)
{
	const tp_safety *s = &ev->kb->safety;
	bool sw = action_is(r, "switch");
	size_t k, i, blocked = 0;
	const tp_interaction *hit = NULL;
	const tp_drug *with = NULL, *member = NULL;

	for (k = 0; k < c->ndrugs; k++) {
		const tp_interaction *x = NULL;
		for (i = 0; !x && i < tk->n; i++) {
			const tp_exposure *e = &tk->x[i];
			if (!e->ongoing || (sw && e->trial && e->trial == cur))
				continue;
			if ((x = tp_interaction_of(s, c->drugs[k], e->drug))) {
				blocked++;
				hit = x;
				with = e->drug;
				member = c->drugs[k];
			}
		}
	}
	if (!hit)
		return;
	/* A drug option is removed when any drug it names conflicts; a class
	 * option only when every member does. */
	if (!c->any_of || blocked == c->ndrugs) {
		v->removed = tp_arena_printf(
			&ev->arena,
			"%s must not be taken with %s, which continues",
			c->any_of ? c->text : member->name, with->name);
		if (!v->removed) /* out of memory: removed all the same */
			v->removed = "contraindicated with a drug that "
				     "continues";
		v->source = hit->source;
	} else {
		note_add(&v->note, "not %s: %s continues", member->name,
			 with->name);
	}
}

/* The wait option c needs: from each drug stopped (or, for a switch, the
 * current trial, stopped today). */
static void check_washouts(tp_eval *ev, const tp_grule *r,
			   const tp_trial *cur, const taken *tk,
			   const cand *c, verdict *v)
{
	const tp_safety *s = &ev->kb->safety;
	bool sw = action_is(r, "switch");
	size_t k, i;
	for (k = 0; k < c->ndrugs; k++) {
		for (i = 0; i < tk->n; i++) {
			const tp_exposure *e = &tk->x[i];
			const tp_drug *y = e->drug;
			const tp_washout *w;
			long need, left;
			if (e->ongoing && !(sw && e->trial && e->trial == cur))
				continue;
			if (!(need = tp_washout_of(s, y, c->drugs[k], &w)))
				continue;
			left = need - (long)(ev->as_of - e->end);
			if (left <= 0 || left <= v->washout)
				continue;
			v->washout = left;
			v->source = w->source;
			if (left == need)
				note_add(&v->note,
					 "wait %ld days after stopping %s "
					 "before starting %s (%s)",
					 need, y->name,
					 c->any_of ? c->text : c->drugs[k]->name,
					 w->source->citation);
			else
				note_add(&v->note,
					 "wait %ld more days: %s stopped %ld "
					 "days ago and the washout before %s is "
					 "%ld days (%s)",
					 left, y->name,
					 (long)(ev->as_of - e->end),
					 c->any_of ? c->text : c->drugs[k]->name,
					 need, w->source->citation);
		}
	}
}

/* text with {dose} replaced by mg. */
static const char *with_dose(tp_eval *ev, const char *text, double mg)
{
	const char *p = strstr(text, "{dose}");
	char num[32];
	if (!p)
		return text;
	snprintf(num, sizeof(num), "%g", mg);
	return tp_arena_printf(&ev->arena, "%.*s%s%s", (int)(p - text), text,
			       num, p + 6);
}

/* The class members of a class option. */
static int class_members(tp_eval *ev, const tp_option *o,
			 const tp_fact_env *env, cand *c)
{
	const tp_catalog *cat = &ev->kb->catalog;
	const tp_drug **m;
	size_t i, k;
	c->any_of = true;
	if (!(m = tp_arena_alloc(&ev->arena,
				 (cat->ndrugs + 1) * sizeof(void *))))
		return TPATH_ENOMEM;
	c->drugs = m;
	for (i = 0; i < cat->ndrugs; i++) {
		const tp_drug *d = &cat->drugs[i];
		bool in = false;
		if (d->kind != TP_KIND_ANTIDEPRESSANT && d->kind != TP_KIND_BOTH)
			continue;
		for (k = 0; k < o->nclasses; k++)
			in |= strcmp(o->classes[k], d->klass) == 0;
		if (o->same_class && env->current)
			in = strcmp(env->current->course->drug->klass,
				    d->klass) == 0;
		if (in) {
			const char *out, *st = tried_status(ev, env, d, &out);
			/* the drug being replaced, or one that failed or was
			 * not tolerated, is not what a class option offers */
			if (!st || strcmp(st, "inadequate") == 0)
				m[c->ndrugs++] = d;
		}
	}
	return 0;
}

/* Whether options_from leaves out the drugs of class k: the current
 * trial's class, or (tried) also every class that failed an adequate trial
 * in this episode. */
static bool class_left_out(tp_eval *ev, const tp_fact_env *env,
			   const tp_options_from *from, const char *k)
{
	const tp_trial *cur = env->current;
	size_t i;
	const char *outcome;
	if (from->exclude_classes == TP_EXCLUDE_NONE)
		return false;
	if (cur && cur->is_drug && strcmp(cur->course->drug->klass, k) == 0)
		return true;
	if (from->exclude_classes != TP_EXCLUDE_TRIED)
		return false;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const char *st;
		if (!t->is_drug || !t->in_episode ||
		    strcmp(t->course->drug->klass, k) != 0)
			continue;
		st = tried_status(ev, env, t->course->drug, &outcome);
		if (st && (strcmp(st, "failed") == 0 ||
			   strcmp(st, "ongoing") == 0))
			return true;
	}
	return false;
}

/* The classes class_left_out leaves out, for the rationale, in the order
 * the episode tried them: "SSRI, SNRI", or NULL when none (or out of
 * memory: the sentence then says less).  Only the classes of the episode's
 * drug trials can be left out, so only those are looked at. */
static const char *classes_left_out(tp_eval *ev, const tp_fact_env *env,
				    const tp_options_from *from)
{
	const char *out = NULL;
	size_t i, j;
	if (from->exclude_classes == TP_EXCLUDE_NONE)
		return NULL;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const char *k;
		bool seen = false;
		if (!t->is_drug)
			continue;
		k = t->course->drug->klass;
		for (j = 0; j < i && !seen; j++)
			seen = ev->trials[j].is_drug &&
			       strcmp(ev->trials[j].course->drug->klass, k) ==
				       0;
		if (!seen && class_left_out(ev, env, from, k))
			out = out ? tp_arena_printf(&ev->arena, "%s, %s", out, k)
				  : k;
	}
	return out;
}

const char *tp_options_from_text(tp_eval *ev, const tp_grule *r,
				 const tp_fact_env *env)
{
	static const char *const lines[] = { "", "first-line ", "second-line ",
					     "third-line " };
	const tp_options_from *f = &r->from;
	const char *left = classes_left_out(ev, env, f);
	const char *what = f->adjunct ? "adjunct rows" : "antidepressant rows";
	if (!f->present)
		return NULL;
	/* after options the rule names itself, say the catalog's come
	 * after them (CANMAT's adjunct rule names two first-line agents,
	 * then takes the catalog's second-line rows) */
	return tp_arena_printf(
		&ev->arena, "%s: its %s%s%s%s%s.",
		r->noptions ? "After the options the rule names, from the catalog"
			    : "From the catalog",
		lines[f->line], what,
		f->exclude_classes == TP_EXCLUDE_NONE
			? f->adjunct ? "" : ", of any class"
		: !left ? ""
		: f->exclude_classes == TP_EXCLUDE_CURRENT
			? ", leaving out the current class ("
			: ", leaving out the classes tried in this episode (",
		f->exclude_classes != TP_EXCLUDE_NONE && left ? left : "",
		f->exclude_classes != TP_EXCLUDE_NONE && left ? ")" : "");
}

static const tp_drug *const *one_drug(tp_eval *ev, const tp_drug *d)
{
	const tp_drug **p = tp_arena_alloc(&ev->arena, sizeof(*p));
	if (p)
		*p = d;
	return p;
}

/* The options of rule r, written and from the catalog. */
static int candidates(tp_eval *ev, const tp_grule *r, const tp_fact_env *env,
		      cand **out, size_t *n)
{
	const tp_catalog *cat = &ev->kb->catalog;
	const tp_trial *cur = env->current;
	size_t i, cap = r->noptions + cat->ndrugs + 1;
	cand *c = tp_arena_alloc(&ev->arena, cap * sizeof(cand));
	if (!c)
		return TPATH_ENOMEM;
	*n = 0;
	for (i = 0; i < r->noptions; i++) {
		const tp_option *o = &r->options[i];
		cand *x = &c[(*n)++];
		memset(x, 0, sizeof(*x));
		x->text = o->text;
		x->dose = o->dose;
		if (o->nclasses || o->same_class) {
			size_t k;
			if (class_members(ev, o, env, x) < 0)
				return TPATH_ENOMEM;
			for (k = 0; o->other_class && cur && cur->is_drug &&
				    k < o->nclasses;
			     k++)
				x->other_of_current |=
					strcmp(o->classes[k],
					       cur->course->drug->klass) == 0;
		} else {
			x->drugs = o->drugs;
			x->ndrugs = o->ndrugs;
		}
	}
	for (i = 0; r->from.present && i < cat->ndrugs; i++) {
		const tp_drug *d = &cat->drugs[i];
		const tp_dose_range *row = r->from.adjunct ? &d->adjunct
							   : &d->antidepressant;
		cand *x;
		if (!row->present || (r->from.line && row->line != r->from.line))
			continue;
		if (class_left_out(ev, env, &r->from, d->klass))
			continue;
		/* A drug tried in the episode stays a candidate: the checks
		 * below remove it, with the reason, unless it was tried
		 * without an adequate trial (exclude_tried asks for what
		 * every rule now gets). */
		x = &c[(*n)++];
		memset(x, 0, sizeof(*x));
		x->text = d->name;
		x->dose = -1;
		x->drugs = &cat->drugs[i] == d ? one_drug(ev, d) : NULL;
		if (!x->drugs)
			return TPATH_ENOMEM;
		x->ndrugs = 1;
	}
	/* An increase of the dose is of the current drug. */
	if (action_is(r, "increase-dose") && *n == 0 && cur && cur->ongoing &&
	    cur->is_drug) {
		cand *x = &c[(*n)++];
		memset(x, 0, sizeof(*x));
		x->text = cur->course->drug->name;
		x->dose = -1;
		if (!(x->drugs = one_drug(ev, cur->course->drug)))
			return TPATH_ENOMEM;
		x->ndrugs = 1;
	}
	*out = c;
	return 0;
}

typedef struct kept_option {
	int line; /* 0: none (an intervention, a class, a combination) */
	tp_option_rec d;
} kept_option;

/* Options with a line of treatment in order of line, stably, in the places
 * such options hold; an option without a line keeps its place. */
static void order_by_line(kept_option *k, size_t n)
{
	size_t i, j;
	for (i = 1; i < n; i++) {
		kept_option x;
		if (!k[i].line)
			continue;
		/* move x back past the lined options of a higher line */
		for (j = i; j > 0;) {
			size_t p = j - 1;
			while (p > 0 && !k[p].line)
				p--;
			if (!k[p].line || k[p].line <= k[j].line)
				break;
			x = k[p];
			k[p] = k[j];
			k[j] = x;
			j = p;
		}
	}
}

int tp_rule_options(tp_eval *ev, const tp_grule *r, const tp_fact_env *env,
		    tp_rec_rec *rec, int *at_ceiling)
{
	const tp_safety *s = &ev->kb->safety;
	const tp_trial *cur = env->current;
	bool adjunct = action_is(r, "augment") || action_is(r, "combine");
	tp_typed *m = ev->model;
	cand *c;
	taken tk;
	kept_option *keep = NULL;
	size_t n, i, g, kept = 0;
	const char **names;
	bool bad = false;

	*at_ceiling = 0;
	tk.x = tp_arena_alloc(&ev->arena,
			      (ev->ntrials + ev->h->nconcomitant + 1) *
				      sizeof(tp_exposure));
	if (!tk.x || candidates(ev, r, env, &c, &n) < 0)
		return TPATH_ENOMEM;
	tk.n = tp_exposures(ev, tk.x);
	if (!(keep = tp_arena_alloc(&ev->arena, (n + 1) * sizeof(*keep))) ||
	    !(rec->removed = tp_arena_alloc(&m->arena,
					    (n + 1) * sizeof(*rec->removed))))
		return TPATH_ENOMEM;
	for (i = 0; i < n; i++) {
		verdict v;
		tp_ceiling ceil;
		const char *text = c[i].text, *outcome = NULL;
		int line = 0;
		tp_option_rec *d;

		memset(&v, 0, sizeof(v));
		memset(&ceil, 0, sizeof(ceil));
		/* How it went in this episode. */
		if (c[i].ndrugs == 1 && !c[i].any_of) {
			v.tried = tried_status(ev, env, c[i].drugs[0], &outcome);
			if (starts_drug(r) && v.tried &&
			    strcmp(v.tried, "inadequate") != 0)
				v.removed = tp_arena_printf(
					&ev->arena, "%s %s in this episode",
					c[i].drugs[0]->name,
					strcmp(v.tried, "ongoing") == 0
						? "is being taken"
					: strcmp(v.tried, "failed") == 0
						? "failed an adequate trial"
						: "was not tolerated");
			if (starts_drug(r) && v.tried &&
			    strcmp(v.tried, "inadequate") != 0 && !v.removed)
				return TPATH_ENOMEM;
			if (v.removed)
				;
			else if (v.tried && strcmp(v.tried, "inadequate") == 0)
				note_add(&v.note,
					 "tried in this episode without an "
					 "adequate trial");
			else if (!v.tried && outcome)
				note_add(&v.note,
					 "taken earlier in this episode "
					 "(outcome %s)",
					 outcome);
		} else if (starts_drug(r) && !c[i].any_of) {
			size_t k;
			for (k = 0; k < c[i].ndrugs && !v.removed; k++) {
				const char *st = tried_status(
					ev, env, c[i].drugs[k], &outcome);
				if (st && strcmp(st, "intolerance") == 0) {
					v.removed = tp_arena_printf(
						&ev->arena,
						"%s was not tolerated in this "
						"episode",
						c[i].drugs[k]->name);
					if (!v.removed)
						return TPATH_ENOMEM;
				}
				else if (st)
					note_add(&v.note, "%s: %s in this "
							  "episode",
						 c[i].drugs[k]->name, st);
			}
		}
		/* "Another class": the current trial's class is not it. */
		if (!v.removed && c[i].other_of_current)
			v.removed = tp_arena_printf(
				&ev->arena,
				"%s is the current trial's class; the rule "
				"offers another class",
				cur->course->drug->klass);
		if (c[i].other_of_current && !v.removed)
			return TPATH_ENOMEM;
		/* Gates.  A drug option is removed when the gate names one of
		 * its drugs; a class option only when it names every member
		 * (else the members it names are noted). */
		for (g = 0; !v.removed && g < s->ngates; g++) {
			const tp_gate *gt = &s->gates[g];
			size_t k, hit = 0;
			const tp_drug *y = NULL, *first = NULL;
			bool blocked;
			if (!gate_action(gt, r))
				continue;
			for (k = 0; k < c[i].ndrugs; k++)
				if (gate_has(gt, c[i].drugs[k]) && hit++ == 0)
					first = c[i].drugs[k];
			if (!hit && !gate_names_text(gt, &c[i]))
				continue;
			if (gt->exclusive) {
				y = exclusive_taken(&tk, gt, &c[i]);
				blocked = y != NULL;
			} else {
				tp_value a = tp_expr_eval(gt->allow, env);
				blocked = !(a.known && a.b);
			}
			if (!blocked)
				continue;
			if (gt->annotate) {
				note_add(&v.note, "%s (%s)", gt->reason,
					 gt->source->citation);
			} else if (c[i].any_of && hit < c[i].ndrugs &&
				   !gate_names_text(gt, &c[i])) {
				note_add(&v.note, "not %s%s: %s", first->name,
					 hit > 1 ? " and others" : "",
					 gt->reason);
			} else {
				v.removed = y ? tp_arena_printf(&ev->arena,
								"%s (%s)",
								gt->reason,
								y->name)
					      : gt->reason;
				v.source = gt->source;
				if (!v.removed)
					return TPATH_ENOMEM;
			}
		}
		if (!v.removed && c[i].any_of && c[i].ndrugs == 0 &&
		    starts_drug(r)) {
			v.removed = "every drug of this class was tried in this "
				    "episode (failed, not tolerated or being "
				    "taken)";
		}
		if (!v.removed && starts_drug(r) && c[i].ndrugs) {
			check_interactions(ev, r, cur, &tk, &c[i], &v);
			if (!v.removed)
				check_washouts(ev, r, cur, &tk, &c[i], &v);
		}
		/* This patient's maximum. */
		if (!v.removed && c[i].ndrugs == 1 && !c[i].any_of) {
			const tp_drug *dg = c[i].drugs[0];
			const tp_dose_range *row =
				adjunct && dg->adjunct.present
					? &dg->adjunct
					: &dg->antidepressant;
			line = row->present ? row->line : 0;
			if (tp_ceiling_of(env, dg, adjunct, &ceil) < 0)
				return TPATH_ENOMEM;
			bool raise_at_max =
				action_is(r, "increase-dose") && cur &&
				cur->is_drug && cur->course->drug == dg &&
				ceil.known && tp_trial_last_dose(cur) >= ceil.max;
			if (c[i].dose > 0) {
				double mg = c[i].dose;
				if (ceil.known && mg > ceil.max) {
					if (!raise_at_max)
						note_add(
							&v.note,
							"the guideline's %g "
							"mg/day is above this "
							"patient's maximum of "
							"%g mg/day%s%s (%s%s)",
							mg, ceil.max,
							ceil.reason ? ": " : "",
							ceil.reason ? ceil.reason
								    : "",
							ceil.provisional
								? "upper end of "
								  "the range, no "
								  "label limit in "
								  "tpath's "
								  "sources: "
								: "",
							ceil.source->citation);
					mg = ceil.max;
				}
				text = with_dose(ev, text, mg);
			}
			if (raise_at_max) {
				double now = tp_trial_last_dose(cur);
				*at_ceiling = now > ceil.max ? 2 : 1;
				const char *what =
					now > ceil.max
						? tp_arena_printf(
							  &ev->arena,
							  "above this patient's "
							  "maximum of %g mg/day",
							  ceil.max)
						: "this patient's maximum";
				if (!what)
					return TPATH_ENOMEM;
				note_add(&v.note, "%g mg/day is %s%s%s (%s%s)",
					 now, what,
					 ceil.reason ? ": " : "",
					 ceil.reason ? ceil.reason : "",
					 ceil.provisional
						 ? "upper end of the range, no "
						   "label limit in tpath's "
						   "sources: "
						 : "",
					 ceil.source->citation);
				if (now > ceil.max)
					note_add(&v.note,
						 "reduce to at most %g mg/day",
						 ceil.max);
			} else if (action_is(r, "increase-dose") &&
				   ceil.known) {
				note_add(&v.note, "raise to at most %g mg/day%s",
					 ceil.max,
					 ceil.provisional
						 ? " (upper end of the range; "
						   "no label limit in tpath's "
						   "sources)"
						 : "");
			}
		}
		if (v.removed) {
			tp_removed_rec *x = &rec->removed[rec->pub.nremoved++];
			x->name = tp_typed_strdup(
				m,
				c[i].dose > 0 ? with_dose(ev, c[i].text,
							  c[i].dose)
					      : c[i].text,
				&bad);
			x->reason = tp_typed_strdup(m, v.removed, &bad);
			x->source = v.source ? tp_typed_strdup(
						       m, v.source->citation,
						       &bad)
					     : NULL;
			if (bad || !x->name)
				return TPATH_ENOMEM;
			continue;
		}
		d = &keep[kept].d;
		d->name = tp_typed_strdup(m, text, &bad);
		d->line = line ? line : -1;
		d->max_mg = ceil.known ? ceil.max : NAN;
		d->tried = tp_typed_strdup(m, v.tried, &bad);
		d->washout_days = v.washout ? v.washout : -1;
		d->note = v.note.n ? tp_typed_strdup(m, v.note.s, &bad) : NULL;
		if (bad || !d->name)
			return TPATH_ENOMEM;
		keep[kept].line = line;
		kept++;
	}
	order_by_line(keep, kept);
	if (!(rec->details = tp_arena_alloc(&m->arena,
					    (kept + 1) * sizeof(*rec->details))) ||
	    !(names = tp_arena_alloc(&m->arena, (kept + 1) * sizeof(*names))))
		return TPATH_ENOMEM;
	for (i = 0; i < kept; i++) {
		rec->details[i] = keep[i].d;
		names[i] = keep[i].d.name;
	}
	rec->pub.options = names;
	rec->pub.noptions = kept;
	/* Every option it named was removed: nothing to recommend. */
	return n && !kept ? 1 : 0;
}
