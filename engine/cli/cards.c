/*
 * cards.c - CDS Hooks 2.0 cards from an evaluation result: where the
 * patient sits, what the guideline says to consider, and the warnings,
 * each citing its source.  Read through the typed result readers of
 * tpath.h, never from the rendered JSON.
 */
#include "cards.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char disclaimer[] =
	"_Decision support, not a prescription: tpath restates published "
	"guidelines and definitions for a clinician to weigh; it does not "
	"know the patient._";

/* A growing string; oom is set once an allocation fails and every later
 * call does nothing. */
typedef struct sbuf {
	char *p;
	size_t n, cap;
	int oom;
} sbuf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void sb_printf(sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int k;

	if (b->oom)
		return;
	for (;;) {
		size_t room = b->cap - b->n;
		va_start(ap, fmt);
		k = vsnprintf(b->p ? b->p + b->n : NULL, room, fmt, ap);
		va_end(ap);
		if (k < 0) {
			b->oom = 1;
			return;
		}
		if ((size_t)k < room) {
			b->n += (size_t)k;
			return;
		}
		{
			size_t ncap = (b->cap + (size_t)k + 1) * 2;
			char *np = realloc(b->p, ncap);
			if (!np) {
				b->oom = 1;
				return;
			}
			b->p = np;
			b->cap = ncap;
		}
	}
}

/* The action as words: "increase-dose" -> "increase dose". */
static void sb_action(sbuf *b, const char *action)
{
	const char *s;
	for (s = action; *s; s++)
		sb_printf(b, "%c", *s == '-' ? ' ' : *s);
}

/* Cuts b to CARDS_SUMMARY_MAX bytes, on a UTF-8 character boundary, with
 * "..." at the end when it had to cut. */
static void sb_cut_summary(sbuf *b)
{
	size_t n;
	if (b->oom || b->n <= CARDS_SUMMARY_MAX)
		return;
	n = CARDS_SUMMARY_MAX - 3;
	while (n > 0 && ((unsigned char)b->p[n] & 0xC0) == 0x80)
		n--;
	{
		/* At the end of a word when one ends not far before. */
		size_t w = n;
		while (w > n - 30 && b->p[w] != ' ')
			w--;
		if (b->p[w] == ' ') {
			while (w > 0 && (b->p[w - 1] == ' ' ||
					 b->p[w - 1] == ',' ||
					 b->p[w - 1] == ';' ||
					 b->p[w - 1] == ':'))
				w--;
			n = w;
		}
	}
	memcpy(b->p + n, "...", 4);
	b->n = n + 3;
}

/* Sets key to the text of b (consumed).  Returns -1 when memory ran out. */
static int set_text(json_t *obj, const char *key, sbuf *b)
{
	json_t *s;
	if (!obj || b->oom || !b->p) {
		free(b->p);
		memset(b, 0, sizeof(*b));
		return -1;
	}
	s = json_stringn(b->p, b->n);
	free(b->p);
	memset(b, 0, sizeof(*b));
	return json_object_set_new(obj, key, s);
}

/* Appends a card of summary s, detail d (both consumed), indicator and
 * source to cards, keys in the order of the spec's table.  -1 when memory
 * ran out. */
static int card_add(json_t *cards, sbuf *s, sbuf *d, const char *indicator,
		    const json_t *source)
{
	json_t *c = json_object();
	int failed;

	sb_cut_summary(s);
	failed = !c;
	failed |= set_text(c, "summary", s) != 0;
	failed |= set_text(c, "detail", d) != 0;
	failed |= !c || json_object_set_new(c, "indicator",
					    json_string(indicator)) != 0;
	failed |= !c || json_object_set_new(c, "source",
					    json_deep_copy(source)) != 0;
	if (failed) {
		json_decref(c);
		return -1;
	}
	return json_array_append_new(cards, c);
}

static const char *trial_name(const tpath_trial *t)
{
	if (t->drug)
		return t->drug;
	return t->intervention ? t->intervention : "treatment";
}

static int position_card(json_t *cards, const tpath_result *r,
			 const tpath_guideline_info *g, const json_t *source,
			 const cards_import *imp)
{
	const tpath_position *p = tpath_result_position(r);
	const tpath_trd_verdict *trd = tpath_result_own_trd(r);
	sbuf s = { 0 }, d = { 0 };
	size_t i, n = tpath_result_trial_count(r);

	sb_printf(&s, "%s (%s)", p->label ? p->label : p->step, p->status);
	if (!isnan(p->week))
		sb_printf(&s, ", week %.1f", p->week);
	sb_printf(&s, " as of %s", tpath_result_as_of(r));
	if (trd)
		sb_printf(&s, "; TRD %s: %ld of %ld failed adequate trials",
			  trd->met ? "met" : "not met", trd->failed_trials,
			  trd->needs_failures);

	sb_printf(&d, "**Where the patient sits** under %s (`%s`), as of %s.\n\n",
		  g->title ? g->title : g->id, g->id, tpath_result_as_of(r));
	sb_printf(&d, "- Step: %s (`%s`); status: %s\n",
		  p->label ? p->label : p->step, p->step, p->status);
	if (p->trial >= 0) {
		const tpath_trial *t = tpath_result_trial(r, (size_t)p->trial);
		if (t) {
			sb_printf(&d, "- Current trial: %s", trial_name(t));
			if (!isnan(p->week))
				sb_printf(&d, ", week %.1f", p->week);
			sb_printf(&d, "\n");
		}
	}
	if (p->decision_point)
		sb_printf(&d, "- Decision point: %s (%s)\n", p->decision_point,
			  p->decision_point_state ? p->decision_point_state
						  : "open");
	if (trd) {
		sb_printf(&d,
			  "- Treatment-resistant depression by the guideline's "
			  "definition (%s): %s, %ld failed adequate trial%s, "
			  "%ld needed",
			  trd->title ? trd->title : trd->definition,
			  trd->met ? "met" : "not met", trd->failed_trials,
			  trd->failed_trials == 1 ? "" : "s",
			  trd->needs_failures);
		if (trd->needs_distinct_classes > 1)
			sb_printf(&d, " from %ld classes",
				  trd->needs_distinct_classes);
		if (trd->source)
			sb_printf(&d, " [%s]", trd->source);
		sb_printf(&d, "\n");
	}
	sb_printf(&d, "- Trials in this episode: %zu\n", n);
	for (i = 0; i < n; i++) {
		const tpath_trial *t = tpath_result_trial(r, i);
		sb_printf(&d, "  - %s", trial_name(t));
		if (t->klass)
			sb_printf(&d, " (%s)", t->klass);
		sb_printf(&d, ", %.1f weeks%s; adequate: %s",
			  t->weeks, t->stop ? "" : ", ongoing",
			  t->adequate > 0	 ? "yes"
			  : t->adequate == 0 ? "no"
					     : "not judged");
		if (t->adequate <= 0 && t->not_adequate_because)
			sb_printf(&d, " (%s)", t->not_adequate_because);
		sb_printf(&d, "; outcome: %s\n", t->outcome);
	}
	if (imp)
		sb_printf(&d,
			  "- From the prefetched FHIR data: %zu drug course%s, "
			  "%zu procedure%s, %zu score%s; %zu record%s left "
			  "out (not mapped)\n",
			  imp->courses, imp->courses == 1 ? "" : "s",
			  imp->procedures, imp->procedures == 1 ? "" : "s",
			  imp->scores, imp->scores == 1 ? "" : "s",
			  imp->left_out, imp->left_out == 1 ? "" : "s");
	sb_printf(&d, "\n%s", disclaimer);
	return card_add(cards, &s, &d, "info", source);
}

static int recommendation_card(json_t *cards, const tpath_recommendation *rec,
			       const json_t *source)
{
	sbuf s = { 0 }, d = { 0 };
	size_t i, shown = rec->noptions < 3 ? rec->noptions : 3;

	sb_printf(&s, "Consider: ");
	sb_action(&s, rec->action);
	for (i = 0; i < shown; i++)
		sb_printf(&s, "%s%s", i ? ", " : " - ", rec->options[i]);
	if (rec->noptions > shown)
		sb_printf(&s, " (+%zu more)", rec->noptions - shown);
	if (!rec->noptions && rec->rationale)
		sb_printf(&s, ". %s", rec->rationale);

	sb_printf(&d, "**");
	sb_action(&d, rec->action);
	sb_printf(&d, "**");
	if (rec->noptions) {
		sb_printf(&d, ": ");
		for (i = 0; i < rec->noptions; i++)
			sb_printf(&d, "%s%s", i ? ", " : "", rec->options[i]);
	}
	sb_printf(&d, "\n\n");
	if (rec->rationale)
		sb_printf(&d, "%s\n\n", rec->rationale);
	if (rec->nremoved)
		sb_printf(&d,
			  "%zu option%s left out by the safety checks "
			  "(contraindication, interaction or washout).\n\n",
			  rec->nremoved, rec->nremoved == 1 ? "" : "s");
	if (rec->status)
		sb_printf(&d, "Encoding status: %s.\n\n", rec->status);
	sb_printf(&d, "Rule `%s` (line %ld of the guideline file)", rec->rule,
		  rec->line);
	if (rec->source)
		sb_printf(&d, "; source: %s", rec->source);
	sb_printf(&d, ".\n\n%s", disclaimer);
	return card_add(cards, &s, &d, "info", source);
}

static int warning_card(json_t *cards, const tpath_warning *w,
			const json_t *source)
{
	sbuf s = { 0 }, d = { 0 };
	const char *ind = w->severity;

	if (strcmp(ind, "critical") != 0 && strcmp(ind, "warning") != 0)
		ind = "info";
	sb_printf(&s, "%s", w->message);
	sb_printf(&d, "%s (`%s`)\n\n", w->message, w->code);
	if (w->source)
		sb_printf(&d, "Source: %s.\n\n", w->source);
	sb_printf(&d, "%s", disclaimer);
	return card_add(cards, &s, &d, ind, source);
}

/* The import's findings that say whether the guideline applies at all:
 * no depression diagnosis, or a diagnosis the guidelines exclude.  Their
 * text names codes and dates of the record, never the patient. */
void cards_import_finding(void *ud, tpath_fhir_finding kind,
			  const char *where, const char *message)
{
	cards_import *imp = ud;
	char *copy;
	(void)where; /* a resource reference: never shown */
	if ((kind != TPATH_FHIR_FINDING_NO_DIAGNOSIS &&
	     kind != TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS) ||
	    imp->nnotes >= CARDS_MAX_NOTES)
		return;
	if ((copy = malloc(strlen(message) + 1))) {
		/* a note lost to memory is only a note */
		imp->kinds[imp->nnotes] = kind;
		imp->notes[imp->nnotes++] = strcpy(copy, message);
	}
}

void cards_import_free(cards_import *imp)
{
	size_t i;
	for (i = 0; i < imp->nnotes; i++)
		free(imp->notes[i]);
	imp->nnotes = 0;
}

/* A finding of the import about the diagnosis, as a warning card. */
static int note_card(json_t *cards, tpath_fhir_finding kind,
		     const char *note, const json_t *source)
{
	static const char tag[] = "no-diagnosis: "; /* the message's own */
	sbuf s = { 0 }, d = { 0 };
	const char *text = note;
	if (kind == TPATH_FHIR_FINDING_NO_DIAGNOSIS) {
		if (!strncmp(note, tag, strlen(tag)))
			text = note + strlen(tag);
		sb_printf(&s, "No active depression diagnosis in the data: "
			      "check the diagnosis before reading the "
			      "pathway");
	} else {
		sb_printf(&s, "A diagnosis in the data is outside the "
			      "guideline's scope");
	}
	sb_printf(&d, "**From the EHR data:** %s.\n\nThe other cards read "
		      "the treatment as that of a major depressive episode; "
		      "they do not apply as they stand if that is not the "
		      "diagnosis.\n\n%s",
		  text, disclaimer);
	return card_add(cards, &s, &d, "warning", source);
}

json_t *cards_build(const tpath_kb *kb, const tpath_result *r,
		    const cards_import *imp)
{
	tpath_guideline_info g;
	const char *gid = tpath_result_guideline(r);
	json_t *cards = json_array(), *source = json_object();
	char label[200];
	size_t i, n;
	int failed = !cards || !source;

	memset(&g, 0, sizeof(g));
	g.id = gid;
	for (i = 0; i < tpath_kb_guideline_count(kb); i++) {
		tpath_guideline_info gi;
		if (tpath_kb_guideline(kb, i, &gi) == 0 && gid &&
		    strcmp(gi.id, gid) == 0) {
			g = gi;
			break;
		}
	}
	snprintf(label, sizeof(label), "tpath: %s", gid ? gid : "guideline");
	if (!failed)
		failed = json_object_set_new(source, "label",
					     json_string(label)) ||
			 (g.url && json_object_set_new(source, "url",
						       json_string(g.url)));
	if (!failed)
		failed = position_card(cards, r, &g, source, imp) != 0;
	for (i = 0; imp && i < imp->nnotes && !failed; i++)
		failed = note_card(cards, imp->kinds[i], imp->notes[i],
				   source) != 0;
	n = tpath_result_recommendation_count(r);
	for (i = 0; i < n && !failed; i++)
		failed = recommendation_card(
				 cards, tpath_result_recommendation(r, i),
				 source) != 0;
	n = tpath_result_warning_count(r);
	for (i = 0; i < n && !failed; i++)
		failed = warning_card(cards, tpath_result_warning(r, i),
				      source) != 0;
	json_decref(source);
	if (failed) {
		json_decref(cards);
		return NULL;
	}
	return cards;
}
