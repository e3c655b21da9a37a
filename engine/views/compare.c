/*
 * compare.c - one history placed by several guidelines side by side (text
 * and HTML), with the rows where they disagree marked.  Like the other
 * views it reads the typed results only (what the result/1 objects are
 * written from): each cell is a field of one result.  A row "disagrees" when the guidelines differ on a clinical fact
 * or action: each cell of a compared row carries that fact in one canonical
 * form (a verdict and count, an adequacy, an action's set of options...),
 * and the row is marked when two of them differ.  Rows in each guideline's
 * own words (steps, decision points) are shown and never compared; the
 * rule for each row is in docs/reports.md, "The comparison".
 */
#include "views/view.h"

#include <stdlib.h>
#include <string.h>

#define MAX_COLS 16

typedef struct crow {
	char *label;
	char *cell[MAX_COLS];  /* plain text */
	char *extra[MAX_COLS]; /* HTML only: rationale and sources, or NULL */
	/* What a compared row compares: the clinical content of each cell in
	 * one canonical form, or NULL for a cell left out of the comparison
	 * (a status word of the guideline's own). */
	char *fact[MAX_COLS];
	bool differs;
	bool compare;	/* false: each guideline's own words, never marked */
	bool html_only; /* too long for the text view */
} crow;

typedef struct ctable {
	crow *rows;
	size_t n, cap;
	size_t ncols;
	bool oom;
} ctable;

static char *dup_str(ctable *t, const char *s)
{
	char *d = strdup(s);
	if (!d)
		t->oom = true;
	return d;
}

static crow *add_row(ctable *t, const char *label, bool compare)
{
	crow *r;
	if (t->oom)
		return NULL;
	if (t->n == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 32;
		crow *nr = realloc(t->rows, ncap * sizeof(*nr));
		if (!nr) {
			t->oom = true;
			return NULL;
		}
		t->rows = nr;
		t->cap = ncap;
	}
	r = &t->rows[t->n++];
	memset(r, 0, sizeof(*r));
	r->compare = compare;
	r->label = dup_str(t, label);
	return r;
}

static void set_cell(ctable *t, crow *r, size_t c, const char *text,
		     const char *extra)
{
	if (!r)
		return;
	r->cell[c] = dup_str(t, text);
	if (extra)
		r->extra[c] = dup_str(t, extra);
}

static void set_fact(ctable *t, crow *r, size_t c, const char *fact)
{
	if (!r)
		return;
	r->fact[c] = dup_str(t, fact);
}

/* A compared row differs when two of its facts do; the cells left out
 * (NULL facts) take no part. */
static void finish_rows(ctable *t)
{
	size_t i, c;
	for (i = 0; i < t->n; i++) {
		crow *r = &t->rows[i];
		const char *first = NULL;
		r->differs = false;
		for (c = 0; r->compare && c < t->ncols; c++) {
			if (!r->fact[c])
				continue;
			if (!first)
				first = r->fact[c];
			else if (strcmp(r->fact[c], first) != 0)
				r->differs = true;
		}
	}
}

static void free_table(ctable *t)
{
	size_t i, c;
	for (i = 0; i < t->n; i++) {
		free(t->rows[i].label);
		for (c = 0; c < MAX_COLS; c++) {
			free(t->rows[i].cell[c]);
			free(t->rows[i].extra[c]);
			free(t->rows[i].fact[c]);
		}
	}
	free(t->rows);
}


/* Whether a recommendation list has the action. */
static bool has_action(const tp_typed *m, const char *action)
{
	size_t i;
	for (i = 0; i < m->nrecs; i++)
		if (!strcmp(tp_view_s(m->recs[i].pub.action), action))
			return true;
	return false;
}

/* The options of every recommendation with the action, each once; the
 * text view shows at most max of them.  extra gets the rationales and
 * sources. */
static void action_cell(const tp_typed *m, const char *action, size_t max,
			tp_sbuf *cell, tp_sbuf *extra)
{
	const char *seen[256];
	size_t i, j, k, nseen = 0, shown = 0, more = 0;
	for (i = 0; i < m->nrecs; i++) {
		const tpath_recommendation *r = &m->recs[i].pub;
		if (strcmp(tp_view_s(r->action), action) != 0)
			continue;
		tp_sb_add(extra, "%s%s [%s; rule %s]", extra->n ? " " : "",
			  tp_view_s(r->rationale), tp_view_s(r->source),
			  tp_view_s(r->rule));
		for (j = 0; j < r->noptions; j++) {
			const char *o = r->options[j];
			bool dup = false;
			if (!o)
				continue;
			for (k = 0; k < nseen; k++)
				dup |= !strcmp(seen[k], o);
			if (dup)
				continue;
			if (nseen < sizeof(seen) / sizeof(seen[0]))
				seen[nseen++] = o;
			if (shown < max) {
				tp_sb_add(cell, "%s%s", shown ? ", " : "", o);
				shown++;
			} else {
				more++;
			}
		}
	}
	if (more)
		tp_sb_add(cell, " (+%zu more)", more);
	if (!cell->n)
		tp_sb_add(cell, "yes");
}

/* The status words docs/guideline-format.md gives as the convention: the
 * same word means the same position under every guideline that uses it.
 * Any other word is a guideline's own and is not compared. */
static const char *const shared_statuses[] = {
	"not-started", "starting", "early-assessment",
	"assess",      "between-trials", "remission"
};

static bool is_shared_status(const char *status)
{
	size_t i;
	for (i = 0; i < TP_ARRAY_LEN(shared_statuses); i++)
		if (!strcmp(shared_statuses[i], status))
			return true;
	return false;
}

/* ASCII lower case, whatever the locale; other bytes unchanged. */
static char ascii_lower(char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

/* Release forms of one drug ("bupropion SR", "venlafaxine XR"). */
static const char *const release_forms[] = { "sr", "xr", "er", "cr", "xl" };

static bool is_release_form(const char *word, size_t len)
{
	size_t i, k;
	for (i = 0; i < TP_ARRAY_LEN(release_forms); i++) {
		const char *form = release_forms[i];
		for (k = 0; k < len && form[k] == ascii_lower(word[k]); k++)
			;
		if (k == len && form[k] == '\0')
			return true;
	}
	return false;
}

/* An option as compared: the drug or intervention its text names, written
 * to b.  That is the text's words in lower case up to a parenthesised note
 * or a dose ("liothyronine (T3)", "mirtazapine (up to 45 mg/day)",
 * "citalopram 40 mg/day"), leaving out a release form ("bupropion SR");
 * the first word is always kept. */
static void option_name(tp_sbuf *b, const char *text)
{
	const char *p = text;
	bool first = true;
	for (;;) {
		const char *word;
		size_t len, k;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		word = p;
		while (*p && *p != ' ')
			p++;
		len = (size_t)(p - word);
		if (!first && (*word == '(' || (*word >= '0' && *word <= '9')))
			break;
		if (!first && is_release_form(word, len))
			continue;
		if (!first)
			tp_sb_put(b, " ", 1);
		for (k = 0; k < len; k++) {
			char ch = ascii_lower(word[k]);
			tp_sb_put(b, &ch, 1);
		}
		first = false;
	}
}

/* A set of strings, for the facts in which order does not matter. */
typedef struct strset {
	char **items; /* malloc'd */
	size_t n, cap;
	bool oom;
} strset;

/* Adds item, a malloc'd string the set takes (NULL after a failed
 * allocation marks the set out of memory). */
static void set_add(strset *set, char *item)
{
	if (!item || set->oom) {
		free(item);
		set->oom = true;
		return;
	}
	if (set->n == set->cap) {
		size_t ncap = set->cap ? set->cap * 2 : 16;
		char **ni = realloc(set->items, ncap * sizeof(*ni));
		if (!ni) {
			free(item);
			set->oom = true;
			return;
		}
		set->items = ni;
		set->cap = ncap;
	}
	set->items[set->n++] = item;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the set's items to b, sorted, each once and each after a
 * newline, so that the same set in any order gives the same text; then
 * frees them.  b is marked out of memory when the set is. */
static void set_write(strset *set, tp_sbuf *b)
{
	size_t i;
	if (set->oom) {
		b->oom = true;
	} else {
		if (set->n) /* items is NULL while empty */
			qsort(set->items, set->n, sizeof(*set->items),
			      compare_strings);
		for (i = 0; i < set->n; i++)
			if (i == 0 || strcmp(set->items[i],
					     set->items[i - 1]) != 0)
				tp_sb_add(b, "\n%s", set->items[i]);
	}
	for (i = 0; i < set->n; i++)
		free(set->items[i]);
	free(set->items);
}

/* What a "consider: ACTION" row compares for one guideline, into fact:
 * "-" when it does not give the action; otherwise "given", followed, for
 * an action on treatments, by the set of drugs and interventions its
 * options name (option_name).  The options of reassess and refer are what
 * to review and whom to ask, in each guideline's own words: only whether
 * the action is given is compared. */
static void action_fact(const tp_typed *m, const char *action, tp_sbuf *fact)
{
	strset names = { NULL, 0, 0, false };
	size_t i, j;

	if (!has_action(m, action)) {
		tp_sb_add(fact, "-");
		return;
	}
	tp_sb_add(fact, "given");
	if (!strcmp(action, "reassess") || !strcmp(action, "refer"))
		return;
	for (i = 0; i < m->nrecs; i++) {
		const tpath_recommendation *r = &m->recs[i].pub;
		if (strcmp(tp_view_s(r->action), action) != 0)
			continue;
		for (j = 0; j < r->noptions; j++) {
			const char *o = r->options[j];
			tp_sbuf name = { NULL, 0, 0, false };
			if (!o)
				continue;
			option_name(&name, o);
			set_add(&names, tp_sb_finish(&name));
		}
	}
	set_write(&names, fact);
}

/* What the warnings row compares: the set of the warnings' codes, each
 * with its severity. */
static void warnings_fact(const tp_typed *m, tp_sbuf *fact)
{
	strset codes = { NULL, 0, 0, false };
	size_t k;
	for (k = 0; k < m->nwarnings; k++) {
		const tpath_warning *w = &m->warnings[k];
		tp_sbuf code = { NULL, 0, 0, false };
		tp_sb_add(&code, "%s (%s)", w->code, w->severity);
		set_add(&codes, tp_sb_finish(&code));
	}
	tp_sb_add(fact, "warnings");
	set_write(&codes, fact);
}

static void build(ctable *t, const tpath_result *const *results, size_t n,
		  size_t max_options)
{
	const tp_typed *m0 = &results[0]->model;
	size_t c, i, k;
	crow *r;
	char buf[512];

	t->ncols = n;
	r = add_row(t, "title", false);
	if (r)
		r->html_only = true;
	for (c = 0; c < n; c++) {
		snprintf(buf, sizeof(buf), "%s",
			 tp_view_s(results[c]->model.guideline_rec.title));
		set_cell(t, r, c, buf, NULL);
	}
	r = add_row(t, "adequate trial", true);
	for (c = 0; c < n; c++) {
		const tp_guideline_rec *g = &results[c]->model.guideline_rec;
		double weeks =
			g->none ? 0.0 : tp_view_or0(g->adequacy_min_weeks);
		snprintf(buf, sizeof(buf), "%g weeks at a therapeutic dose",
			 weeks);
		set_cell(t, r, c, buf, NULL);
		snprintf(buf, sizeof(buf), "%g", weeks);
		set_fact(t, r, c, buf);
	}
	r = add_row(t, "TRD definition", true);
	for (c = 0; c < n; c++) {
		const char *trd = tp_view_trd_id(&results[c]->model);
		set_cell(t, r, c, trd, NULL);
		set_fact(t, r, c, trd);
	}
	r = add_row(t, "TRD", true);
	for (c = 0; c < n; c++) {
		const tpath_trd_verdict *own = results[c]->model.own_trd;
		const char *met = own && own->met ? "met" : "not met";
		long long failed = own ? own->failed_trials : 0;
		if (own)
			snprintf(buf, sizeof(buf), "%s (%lld failed, needs %lld)",
				 met, failed, (long long)own->needs_failures);
		else
			snprintf(buf, sizeof(buf), "-");
		set_cell(t, r, c, buf, NULL);
		/* the verdict and the count; what the definition needs is
		 * the definition's, in the row above */
		if (own)
			snprintf(buf, sizeof(buf), "%s, %lld failed", met,
				 failed);
		set_fact(t, r, c, own ? buf : "-");
	}
	r = add_row(t, "step", false);
	for (c = 0; c < n; c++) {
		const tpath_position *pos = &results[c]->model.position;
		snprintf(buf, sizeof(buf), "%s (%s)",
			 pos->step ? pos->step : "none", tp_view_s(pos->label));
		set_cell(t, r, c, buf, NULL);
	}
	r = add_row(t, "status", true);
	for (c = 0; c < n; c++) {
		const char *status =
			tp_view_s(results[c]->model.position.status);
		set_cell(t, r, c, status, NULL);
		if (is_shared_status(status))
			set_fact(t, r, c, status);
	}
	r = add_row(t, "decision point", false);
	for (c = 0; c < n; c++) {
		const tp_typed *m = &results[c]->model;
		const tpath_position *pos = &m->position;
		char cell[160];
		if (pos->decision_point)
			snprintf(cell, sizeof(cell), "%s (%s)",
				 pos->decision_point,
				 tp_view_s(pos->decision_point_state));
		else
			snprintf(cell, sizeof(cell), "%s",
				 m->npoints ? "none (all passed)" : "none");
		set_cell(t, r, c, cell, NULL);
	}
	for (i = 0; i < m0->ntrials; i++) {
		char label[96];
		snprintf(label, sizeof(label), "trial %zu %s", i + 1,
			 tp_view_treatment(&m0->trials[i]));
		r = add_row(t, label, true);
		for (c = 0; c < n; c++) {
			const tpath_trial *tr =
				&results[c]->model.trials[i].pub;
			int ad = tr->adequate;
			bool counted =
				tp_view_counted(results[c]->model.own_trd, i);
			snprintf(buf, sizeof(buf), "%s%s%s; %s%s",
				 ad < 0 ? "adequacy not judged"
				 : ad	? "adequate"
					: "not adequate",
				 tr->not_adequate_because ? ": " : "",
				 tp_view_s(tr->not_adequate_because),
				 tp_view_s(tr->outcome),
				 counted ? "; counted toward TRD" : "");
			set_cell(t, r, c, buf, NULL);
			/* not why a trial is not adequate: the verdict */
			snprintf(buf, sizeof(buf), "%s; %s; %s",
				 ad < 0 ? "not judged"
				 : ad	? "adequate"
					: "not adequate",
				 tp_view_s(tr->outcome),
				 counted ? "counted" : "not counted");
			set_fact(t, r, c, buf);
		}
	}
	/* one row per action any guideline gives, in order of appearance */
	for (c = 0; c < n; c++) {
		const tp_typed *m = &results[c]->model;
		for (k = 0; k < m->nrecs; k++) {
			const char *action = tp_view_s(m->recs[k].pub.action);
			char label[96];
			size_t prev, j;
			bool done = false;
			for (prev = 0; prev < c && !done; prev++)
				done = has_action(&results[prev]->model,
						  action);
			for (j = 0; j < k && !done; j++)
				done = !strcmp(tp_view_s(m->recs[j].pub.action),
					       action);
			if (done)
				continue;
			snprintf(label, sizeof(label), "consider: %s", action);
			r = add_row(t, label, true);
			for (j = 0; j < n; j++) {
				tp_sbuf cell = { NULL, 0, 0, false };
				tp_sbuf extra = { NULL, 0, 0, false };
				tp_sbuf fact = { NULL, 0, 0, false };
				if (has_action(&results[j]->model, action))
					action_cell(&results[j]->model, action,
						    max_options, &cell, &extra);
				else
					tp_sb_add(&cell, "-");
				action_fact(&results[j]->model, action, &fact);
				t->oom |= cell.oom || extra.oom || fact.oom;
				set_cell(t, r, j, cell.s ? cell.s : "",
					 extra.s);
				set_fact(t, r, j, fact.s ? fact.s : "");
				free(cell.s);
				free(extra.s);
				free(fact.s);
			}
		}
	}
	if (m0->nrecs == 0 && t->n > 0) {
		bool none = true;
		for (c = 0; c < n; c++)
			none &= results[c]->model.nrecs == 0;
		if (none) {
			r = add_row(t, "consider", true);
			for (c = 0; c < n; c++) {
				set_cell(t, r, c, "nothing", NULL);
				set_fact(t, r, c, "nothing");
			}
		}
	}
	r = add_row(t, "warnings", true);
	for (c = 0; c < n; c++) {
		const tp_typed *m = &results[c]->model;
		tp_sbuf cell = { NULL, 0, 0, false };
		tp_sbuf fact = { NULL, 0, 0, false };
		for (k = 0; k < m->nwarnings; k++)
			tp_sb_add(&cell, "%s%s (%s)", k ? ", " : "",
				  m->warnings[k].code,
				  m->warnings[k].severity);
		if (!cell.n)
			tp_sb_add(&cell, "none");
		warnings_fact(m, &fact);
		t->oom |= cell.oom || fact.oom;
		set_cell(t, r, c, cell.s ? cell.s : "", NULL);
		set_fact(t, r, c, fact.s ? fact.s : "");
		free(cell.s);
		free(fact.s);
	}
	finish_rows(t);
}

/* What "disagree" means, for the text and the HTML (the rule of each row
 * is in docs/reports.md). */
static const char disagree_means[] =
	"an adequacy rule or TRD definition, a verdict, count, adequacy or "
	"outcome, a status, a warning, an action or the drugs and "
	"interventions it offers (in any order, case or dose)";
static const char not_compared[] =
	"Steps, decision points and reasons are each guideline's own words "
	"and are not compared";

static void count_rows(const ctable *t, size_t *ndiff, size_t *ncompared)
{
	size_t i;
	*ndiff = *ncompared = 0;
	for (i = 0; i < t->n; i++) {
		*ndiff += t->rows[i].differs;
		*ncompared += t->rows[i].compare;
	}
}

/* ---- text --------------------------------------------------------------- */

#define LABEL_COLS 16

/* The next line of text that fits width columns: its length in bytes,
 * and *next where the following line starts.  Lines break at a space or
 * after a hyphen; a word longer than the width is cut. */
static size_t fit_line(const char *s, size_t width, const char **next)
{
	size_t cols = 0, brk = 0, resume = 0, i = 0;
	while (s[i]) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (cols == width)
				break;
			cols++;
		}
		if (s[i] == ' ') {
			brk = i;
			resume = i + 1;
		} else if (s[i] == '-' && i > 0 && s[i - 1] != ' ') {
			brk = i + 1;
			resume = i + 1;
		}
		i++;
	}
	if (!s[i]) {
		*next = s + i;
		return i;
	}
	if (s[i] == ' ') { /* the line ends just before a space */
		*next = s + i + 1;
		return i;
	}
	if (brk > 0) {
		*next = s + resume;
		return brk;
	}
	/* cut inside a word, on a character boundary */
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	*next = s + i;
	return i;
}

static void pad(tp_sbuf *b, const char *s, size_t len, size_t width)
{
	size_t cols = 0, i;
	tp_sb_put(b, s, len);
	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			cols++;
	for (; cols < width; cols++)
		tp_sb_put(b, " ", 1);
}

/* One row, its cells wrapped side by side: pos[0] the label, pos[1..]
 * the cells (advanced as they are written). */
static void text_row(tp_sbuf *b, const char **pos, size_t ncols, size_t cw,
		     bool color, bool header, bool differs)
{
	size_t c;
	bool more = true, first = true;
	const char *hl = color && differs ? "\033[1;33m" : "";
	const char *hb = color && header ? "\033[1m" : "";
	const char *end = (color && (differs || header)) ? "\033[0m" : "";

	while (more) {
		const char *next;
		size_t len;
		more = false;
		tp_sb_add(b, "%s%s", first && differs ? "* " : "  ",
			  first ? hl : "");
		if (!first)
			tp_sb_add(b, "%s", hl);
		tp_sb_add(b, "%s", hb);
		len = fit_line(pos[0], LABEL_COLS, &next);
		pad(b, pos[0], len, LABEL_COLS);
		pos[0] = next;
		more |= *next != '\0';
		for (c = 1; c <= ncols; c++) {
			len = fit_line(pos[c], cw, &next);
			tp_sb_put(b, " ", 1);
			if (c == ncols) {
				/* no trailing blanks */
				tp_sb_put(b, pos[c], len);
			} else {
				pad(b, pos[c], len, cw);
			}
			pos[c] = next;
			more |= *next != '\0';
		}
		tp_sb_add(b, "%s", end);
		/* trim trailing blanks of an empty last cell */
		while (b->n > 0 && b->s[b->n - 1] == ' ')
			b->s[--b->n] = '\0';
		tp_sb_put(b, "\n", 1);
		first = false;
	}
}

static char *compare_text(const tpath_result *const *results, size_t n,
			  bool color)
{
	const tp_typed *m0 = &results[0]->model;
	tp_sbuf b = { NULL, 0, 0, false };
	ctable t;
	const char *pos[MAX_COLS + 1];
	size_t cw, i, c, c0, ndiff, ncompared, per = n <= 4 ? n : 3;
	char asof[24], line[1024];

	memset(&t, 0, sizeof(t));
	cw = (TP_VIEW_WIDTH - 2 - LABEL_COLS) / per - 1;
	build(&t, results, n, 6);
	if (t.oom) {
		free_table(&t);
		return NULL;
	}
	tp_view_day_text(m0, m0->as_of, asof, sizeof(asof));
	snprintf(line, sizeof(line), "%stpath compare: history %s, as of %s%s",
		 color ? "\033[1m" : "", tp_view_s(m0->history), asof,
		 color ? "\033[0m" : "");
	tp_sb_wrap(&b, "", line);
	tp_sb_wrap(&b, "", tp_result_notice);
	count_rows(&t, &ndiff, &ncompared);
	snprintf(line, sizeof(line),
		 "The same history placed by %zu guidelines. Rows marked * are "
		 "where they disagree on a clinical fact or action (%zu of %zu "
		 "rows compared): %s. %s; the reasons and sources are in "
		 "'tpath evaluate --guideline ID'.",
		 n, ndiff, ncompared, disagree_means, not_compared);
	tp_sb_add(&b, "\n");
	tp_sb_wrap(&b, "", line);
	tp_sb_add(&b, "\n");
	/* More guidelines than fit 80 columns: several tables of at most
	 * three, each row marked by whether all n disagree. */
	for (c0 = 0; c0 < n; c0 += per) {
		size_t k = n - c0 < per ? n - c0 : per;
		if (c0)
			tp_sb_add(&b, "\n");
		pos[0] = "";
		for (c = 0; c < k; c++)
			pos[c + 1] = tp_view_s(
				results[c0 + c]->model.guideline_rec.id);
		text_row(&b, pos, k, cw, color, true, false);
		tp_sb_add(&b, "  ");
		for (i = 0; i < LABEL_COLS + k * (cw + 1); i++)
			tp_sb_put(&b, "-", 1);
		tp_sb_put(&b, "\n", 1);
		for (i = 0; i < t.n; i++) {
			if (t.rows[i].html_only)
				continue;
			pos[0] = t.rows[i].label ? t.rows[i].label : "";
			for (c = 0; c < k; c++)
				pos[c + 1] = t.rows[i].cell[c0 + c]
						     ? t.rows[i].cell[c0 + c]
						     : "";
			text_row(&b, pos, k, cw, color, false,
				 t.rows[i].differs);
		}
	}
	free_table(&t);
	return tp_sb_finish(&b);
}

/* ---- HTML --------------------------------------------------------------- */

static char *compare_html(const tpath_result *const *results, size_t n)
{
	const tp_typed *m0 = &results[0]->model;
	tp_sbuf b = { NULL, 0, 0, false };
	ctable t;
	size_t i, c, ndiff, ncompared;
	char title[256];

	memset(&t, 0, sizeof(t));
	build(&t, results, n, (size_t)-1);
	if (t.oom) {
		free_table(&t);
		return NULL;
	}
	count_rows(&t, &ndiff, &ncompared);
	snprintf(title, sizeof(title), "tpath comparison: history %s",
		 tp_view_s(m0->history));
	tp_html_head(&b, title);
	tp_sb_add(&b, "<header>\n<h1>History ");
	tp_sb_html(&b, tp_view_s(m0->history));
	tp_sb_add(&b, " under %zu guidelines</h1>\n", n);
	tp_html_notice(&b);
	tp_sb_add(&b, "<p class=\"meta\">As of ");
	{
		char asof[24];
		tp_view_day_text(m0, m0->as_of, asof, sizeof(asof));
		tp_sb_html(&b, asof);
	}
	tp_sb_add(&b, ". The guidelines disagree on a clinical fact or action "
		      "on %zu of the %zu rows compared, marked <span "
		      "class=\"tag differs\">differs</span> and shaded: ",
		  ndiff, ncompared);
	tp_sb_html(&b, disagree_means);
	tp_sb_add(&b, ". ");
	tp_sb_html(&b, not_compared);
	tp_sb_add(&b, " (marked <span class=\"src\">not compared</span>)."
		      "</p>\n</header>\n<main>\n");
	tp_sb_add(&b, "<section aria-labelledby=\"h-timeline\">\n<h2 "
		      "id=\"h-timeline\">Timeline</h2>\n<p>The courses and "
		      "scores are the same under every guideline; the marks "
		      "of failures counted toward TRD and the decision points "
		      "follow ");
	tp_sb_html(&b, tp_view_s(m0->guideline_rec.id));
	tp_sb_add(&b, ".</p>\n");
	tp_html_timeline(&b, results[0]);
	tp_sb_add(&b, "</section>\n<section aria-labelledby=\"h-compare\">\n"
		      "<h2 id=\"h-compare\">Side by side</h2>\n<div class=\"wide\" "
		      "role=\"region\" tabindex=\"0\" "
		      "aria-labelledby=\"h-compare\">\n<table "
		      "class=\"compare\">\n<thead><tr><th "
		      "scope=\"col\">Question</th>");
	for (c = 0; c < n; c++) {
		tp_sb_add(&b, "<th scope=\"col\">");
		tp_sb_html(&b, tp_view_s(results[c]->model.guideline_rec.id));
		tp_sb_add(&b, "</th>");
	}
	tp_sb_add(&b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < t.n; i++) {
		const crow *r = &t.rows[i];
		tp_sb_add(&b, "<tr%s><th scope=\"row\">",
			  r->differs ? " class=\"differs\"" : "");
		tp_sb_html(&b, r->label);
		if (r->differs)
			tp_sb_add(&b, " <span class=\"tag\">differs</span>");
		else if (!r->compare && !r->html_only)
			tp_sb_add(&b, "<br/><span class=\"src\">not "
				      "compared</span>");
		tp_sb_add(&b, "</th>");
		for (c = 0; c < n; c++) {
			tp_sb_add(&b, "<td>");
			tp_sb_html(&b, r->cell[c] ? r->cell[c] : "");
			if (r->extra[c]) {
				tp_sb_add(&b, "<br/><span class=\"src\">");
				tp_sb_html(&b, r->extra[c]);
				tp_sb_add(&b, "</span>");
			}
			if (r->compare && !r->fact[c])
				tp_sb_add(&b, "<br/><span class=\"src\">the "
					      "guideline&#39;s own word: "
					      "not compared</span>");
			tp_sb_add(&b, "</td>");
		}
		tp_sb_add(&b, "</tr>\n");
	}
	tp_sb_add(&b, "</tbody>\n</table>\n</div>\n</section>\n");
	tp_sb_add(&b, "<section aria-labelledby=\"h-sources\">\n<h2 "
		      "id=\"h-sources\">Sources</h2>\n<ul>\n");
	for (c = 0; c < n; c++) {
		const tp_guideline_rec *g = &results[c]->model.guideline_rec;
		tp_sb_add(&b, "<li><strong>");
		tp_sb_html(&b, tp_view_s(g->id));
		tp_sb_add(&b, "</strong>: ");
		tp_sb_html(&b, tp_view_s(g->source));
		tp_sb_add(&b, "</li>\n");
	}
	tp_sb_add(&b, "</ul>\n</section>\n</main>\n<footer>\n");
	tp_html_notice(&b);
	tp_sb_add(&b, "<p class=\"meta\">Rendered by tpath from the result/1 "
		      "objects of these evaluations.</p>\n</footer>\n</body>\n"
		      "</html>\n");
	free_table(&t);
	return tp_sb_finish(&b);
}

/* Whether two results are of the same day: as_of the same and written
 * the same way (a date or a day number). */
static bool same_day(const tp_typed *a, const tp_typed *b)
{
	return a->relative_days == b->relative_days &&
	       !strcmp(tp_view_s(a->as_of), tp_view_s(b->as_of));
}

static int compare_render(char **out, const tpath_result *const *results,
			  size_t n, tpath_format format, tpath_error *err)
{
	char *s = NULL;
	size_t i;

	tp_error_clear(err);
	if (out)
		*out = NULL;
	if (!out || !results)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_compare_render: NULL argument");
	if (n < 1 || n > MAX_COLS)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_compare_render: %zu results; 1 to "
				    "%d can be compared",
				    n, MAX_COLS);
	for (i = 0; i < n; i++) {
		const tp_typed *m, *m0;
		if (!results[i])
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "tpath_compare_render: result "
					    "%zu is NULL",
					    i);
		m = &results[i]->model;
		m0 = &results[0]->model;
		if (i > 0 && (strcmp(tp_view_s(m->history),
				     tp_view_s(m0->history)) != 0 ||
			      !same_day(m, m0) || m->ntrials != m0->ntrials))
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "tpath_compare_render: result "
					    "%zu is not of the same history "
					    "and day as result 0",
					    i);
	}
	switch (format) {
	case TPATH_FORMAT_TEXT:
	case TPATH_FORMAT_TEXT_EXPLAIN:
		s = compare_text(results, n, false);
		break;
	case TPATH_FORMAT_TEXT_COLOR:
	case TPATH_FORMAT_TEXT_EXPLAIN_COLOR:
		s = compare_text(results, n, true);
		break;
	case TPATH_FORMAT_HTML:
	case TPATH_FORMAT_HTML_EXPLAIN:
		s = compare_html(results, n);
		break;
	default:
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_compare_render: format %d is not "
				    "a text or HTML format",
				    (int)format);
	}
	*out = s;
	return s ? 0 : tp_error_oom(err, NULL);
}

int tpath_compare_render(char **out, const tpath_result *const *results,
			 size_t n, tpath_format format, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_current(), out, err, NULL,
		compare_render(out, results, n, format, err));
	return error;
}
