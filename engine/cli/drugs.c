/*
 * drugs.c - `tpath drugs [NAME]`: the drug catalog for a pharmacist, read
 * through the library (tpath_kb_drug, tpath_kb_dose_limit): every drug on
 * a few wrapped lines, or one drug in full with its sources; as text within
 * 80 columns or as JSON.
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A line being put together, cut short (never overrun) when too long. */
typedef struct line {
	char text[2048];
	size_t len;
} line;

static void add(line *l, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static void add(line *l, const char *fmt, ...)
{
	va_list ap;
	int n;
	if (l->len >= sizeof(l->text) - 1)
		return;
	va_start(ap, fmt);
	n = vsnprintf(l->text + l->len, sizeof(l->text) - l->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		l->len += (size_t)n;
	if (l->len > sizeof(l->text) - 1)
		l->len = sizeof(l->text) - 1;
}

/* "20-40 mg/day", "up to 40 mg/day", "from 150 mg/day", or "no dose
 * range"; unit NULL leaves the unit out. */
static void add_range(line *l, double min, double max, const char *unit)
{
	if (min > 0 && max > 0)
		add(l, "%g-%g", min, max);
	else if (max > 0)
		add(l, "up to %g", max);
	else if (min > 0)
		add(l, "from %g", min);
	else
		add(l, "no dose range");
	if ((min > 0 || max > 0) && unit)
		add(l, " %s", unit);
}

/* "line 1, 20-40 mg/day" and "(provisional)" for a row. */
static void add_row(line *l, const tpath_dose_row *r, const char *unit)
{
	if (r->line)
		add(l, "line %d, ", r->line);
	add_range(l, r->min, r->max, unit);
	if (r->provisional)
		add(l, " (provisional)");
}

/* The sources one drug's full view cites, numbered in order of use. */
typedef struct cited {
	tpath_source_info s[16];
	size_t n;
} cited;

static size_t cite(cited *c, const tpath_source_info *s)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (strcmp(c->s[i].id, s->id) == 0 &&
		    strcmp(c->s[i].citation, s->citation) == 0)
			return i + 1;
	if (c->n == sizeof(c->s) / sizeof(c->s[0]))
		return 0;
	c->s[c->n++] = *s;
	return c->n;
}

static void add_cite(line *l, cited *c, const tpath_source_info *s)
{
	size_t k;
	if (s->id && (k = cite(c, s)) > 0)
		add(l, " [%zu]", k);
}

/* Every drug, each on its wrapped lines: what it is, its rows and limits,
 * then its aliases. */
static void list_text(const tpath_kb *kb)
{
	size_t i, j, n = tpath_kb_drug_count(kb);

	printf("The drug catalog: %zu drugs.  Doses are in mg/day unless "
	       "another unit is\ngiven; 'line' is the line of treatment.  "
	       "'tpath drugs NAME' shows one drug\nwith its sources and "
	       "notes.\n\n",
	       n);
	for (i = 0; i < n; i++) {
		tpath_drug_info d;
		line l = { "", 0 };
		const char *sep = "", *unit;

		d.size = sizeof(d);
		if (tpath_kb_drug(kb, i, &d) < 0)
			continue;
		add(&l, "%s (%s): ", d.name, d.klass);
		unit = d.unit && strcmp(d.unit, "mg/day") != 0 ? d.unit : NULL;
		if (d.antidepressant.present) {
			add(&l, "antidepressant, ");
			add_row(&l, &d.antidepressant, unit);
			sep = "; ";
		}
		if (d.adjunct.present) {
			add(&l, "%sadjunct, ", sep);
			add_row(&l, &d.adjunct, unit);
			sep = "; ";
		}
		if (d.high.present) {
			add(&l, "%shigh dose ", sep);
			add_row(&l, &d.high, unit);
			sep = "; ";
		}
		if (d.label_max.present) {
			add(&l, "%slabel maximum %g", sep,
			    d.label_max.max);
			sep = "; ";
		}
		for (j = 0; j < tpath_kb_dose_limit_count(kb); j++) {
			tpath_dose_limit_info li;
			li.size = sizeof(li);
			if (tpath_kb_dose_limit(kb, j, &li) < 0 ||
			    strcmp(li.drug, d.name) != 0)
				continue;
			add(&l, "%slimit %g%s", sep, li.max,
			    li.applies_to ? " for some patients" : "");
			sep = "; ";
		}
		if (strcmp(d.kind, "interacting") == 0)
			add(&l, "interacting drug, not a treatment (a history "
				"names it under concomitant)");
		cli_wrap(stdout, "", 4, l.text, 0);
		if (d.naliases) {
			l.len = 0;
			l.text[0] = '\0';
			for (j = 0; j < d.naliases; j++)
				add(&l, "%s%s", j ? ", " : "", d.aliases[j]);
			cli_wrap(stdout, "    also: ", 4, l.text, 0);
		}
	}
}

static void show_row(const char *what, const tpath_dose_row *r,
		     const char *unit, cited *c)
{
	line l = { "", 0 };
	char lead[40];
	if (!r->present)
		return;
	add_row(&l, r, unit);
	add_cite(&l, c, &r->source);
	snprintf(lead, sizeof(lead), "  %s: ", what);
	cli_wrap(stdout, lead, 4, l.text, 0);
	if (r->provisional && r->reason)
		cli_wrap(stdout, "    provisional: ", 6, r->reason, 0);
	if (r->note)
		cli_wrap(stdout, "    note: ", 6, r->note, 0);
}

/* One drug in full: every row with its source, the label limits, the
 * notes, then the sources cited. */
static void show_text(const tpath_kb *kb, const tpath_drug_info *d)
{
	cited c;
	line l = { "", 0 };
	size_t j;

	c.n = 0;
	printf("%s\n  class: %s\n  kind: %s\n", d->name, d->klass, d->kind);
	if (d->naliases) {
		for (j = 0; j < d->naliases; j++)
			add(&l, "%s%s", j ? ", " : "", d->aliases[j]);
		cli_wrap(stdout, "  aliases: ", 4, l.text, 0);
	}
	if (d->when_added)
		printf("  when added to another antidepressant: %s\n",
		       d->when_added);
	show_row("antidepressant", &d->antidepressant, d->unit, &c);
	show_row("adjunct", &d->adjunct, d->unit, &c);
	show_row("high dose", &d->high, d->unit, &c);
	show_row("label maximum", &d->label_max, d->unit, &c);
	for (j = 0; j < tpath_kb_dose_limit_count(kb); j++) {
		tpath_dose_limit_info li;
		li.size = sizeof(li);
		if (tpath_kb_dose_limit(kb, j, &li) < 0 ||
		    strcmp(li.drug, d->name) != 0)
			continue;
		l.len = 0;
		l.text[0] = '\0';
		add(&l, "%g mg/day, %s", li.max,
		    li.applies_to ? li.applies_to : "every patient");
		add_cite(&l, &c, &li.source);
		/* "critical warning X", but "warning X", not "warning
		 * warning X" */
		if (strcmp(li.severity, "warning") == 0)
			add(&l, "; above it: warning %s", li.code);
		else
			add(&l, "; above it: %s warning %s", li.severity,
			    li.code);
		cli_wrap(stdout, "  dose limit: ", 4, l.text, 0);
	}
	if (strcmp(d->kind, "interacting") == 0) {
		l.len = 0;
		l.text[0] = '\0';
		add(&l, "interacts with antidepressants; a history names it "
			"under concomitant, never as a treatment");
		add_cite(&l, &c, &d->source);
		cli_wrap(stdout, "  not a treatment: ", 4, l.text, 0);
	} else if (d->source.id) {
		l.len = 0;
		l.text[0] = '\0';
		add(&l, "listed by");
		add_cite(&l, &c, &d->source);
		cli_wrap(stdout, "  source: ", 4, l.text, 0);
	}
	if (d->note)
		cli_wrap(stdout, "  note: ", 4, d->note, 0);
	if (c.n)
		printf("Sources:\n");
	for (j = 0; j < c.n; j++) {
		char lead[16];
		snprintf(lead, sizeof(lead), "  [%zu] ", j + 1);
		cli_wrap(stdout, lead, 6, c.s[j].citation, 0);
		if (c.s[j].summary)
			cli_wrap(stdout, "      ", 6, c.s[j].summary, 0);
	}
}

/* ---- JSON ---- */

static json_t *json_source(const tpath_source_info *s)
{
	if (!s->id)
		return json_null();
	return json_pack("{s:s, s:s, s:s?}", "id", s->id, "citation",
			 s->citation, "summary", s->summary);
}

/* A dose as a JSON number: whole numbers without a fraction. */
static json_t *json_dose(double v)
{
	if (v < 0)
		return json_null();
	if (v == (double)(long long)v)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *json_row(const tpath_dose_row *r)
{
	if (!r->present)
		return json_null();
	return json_pack("{s:o, s:o, s:o, s:o, s:b, s:s?, s:s?}", "line",
			 r->line ? json_integer(r->line) : json_null(), "min",
			 json_dose(r->min), "max", json_dose(r->max), "source",
			 json_source(&r->source), "provisional",
			 r->provisional, "reason", r->reason, "note", r->note);
}

static json_t *json_drug(const tpath_kb *kb, const tpath_drug_info *d)
{
	json_t *aliases = json_array(), *limits = json_array();
	size_t j;

	for (j = 0; j < d->naliases; j++)
		json_array_append_new(aliases, json_string(d->aliases[j]));
	for (j = 0; j < tpath_kb_dose_limit_count(kb); j++) {
		tpath_dose_limit_info li;
		li.size = sizeof(li);
		if (tpath_kb_dose_limit(kb, j, &li) < 0 ||
		    strcmp(li.drug, d->name) != 0)
			continue;
		json_array_append_new(
			limits,
			json_pack("{s:s, s:o, s:s?, s:s, s:s, s:o}", "id",
				  li.id, "max", json_dose(li.max),
				  "applies_to", li.applies_to, "code", li.code,
				  "severity", li.severity, "source",
				  json_source(&li.source)));
	}
	return json_pack("{s:s, s:s, s:s, s:s?, s:o, s:s?, s:o, s:o, s:o, "
			 "s:o, s:o, s:o, s:s?}",
			 "name", d->name, "class", d->klass, "kind", d->kind,
			 "unit", d->unit, "aliases", aliases, "when_added",
			 d->when_added, "antidepressant",
			 json_row(&d->antidepressant), "adjunct",
			 json_row(&d->adjunct), "high", json_row(&d->high),
			 "label_max", json_row(&d->label_max), "limits",
			 limits, "source", json_source(&d->source), "note",
			 d->note);
}

/* Prints v (NULL: out of memory) and frees it; returns the exit status. */
static int print_json(json_t *v)
{
	char *s = v ? json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER)
		    : NULL;
	json_decref(v);
	if (!s) {
		cli_fail("drugs: out of memory");
		return EXIT_SYSTEM;
	}
	printf("%s\n", s);
	free(s);
	return EXIT_OK;
}

/* Index of the drug called name or one of its aliases, or -1 after
 * saying it is unknown (with the closest names). */
static long find_drug(const tpath_kb *kb, const char *name)
{
	const char *canon = tpath_kb_drug_lookup(kb, name), *s[3];
	size_t i, n;

	if (canon)
		for (i = 0; i < tpath_kb_drug_count(kb); i++)
			if (strcmp(tpath_kb_drug_name(kb, i), canon) == 0)
				return (long)i;
	n = tpath_kb_drug_suggest(kb, name, s, 3);
	if (n == 0)
		cli_fail("drugs: unknown drug '%s': not in the drug catalog; "
			 "'tpath drugs' lists it",
			 name);
	else if (n == 1)
		cli_fail("drugs: unknown drug '%s'; did you mean '%s'?", name,
			 s[0]);
	else if (n == 2)
		cli_fail("drugs: unknown drug '%s'; did you mean '%s' or "
			 "'%s'?",
			 name, s[0], s[1]);
	else
		cli_fail("drugs: unknown drug '%s'; did you mean '%s', '%s' "
			 "or '%s'?",
			 name, s[0], s[1], s[2]);
	return -1;
}

int cmd_drugs(int argc, char **argv)
{
	static const char *const formats[] = { "text", "json", NULL };
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *data_dir = NULL;
	tpath_kb *kb;
	int opt, rc, json = 0;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'f':
			if ((json = cli_choice("drugs", "--format", optarg,
					       formats)) < 0)
				return EXIT_USAGE;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("drugs"));
			return EXIT_OK;
		default:
			cli_fail("drugs: unknown or incomplete option '%s'; "
				 "try 'tpath help drugs'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind > 1) {
		cli_fail("drugs: at most one NAME; try 'tpath help drugs'");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_kb(&kb, data_dir)) != 0)
		return rc;
	if (argc - optind == 1) {
		tpath_drug_info d;
		long i = find_drug(kb, argv[optind]);
		d.size = sizeof(d);
		if (i < 0 || tpath_kb_drug(kb, (size_t)i, &d) < 0)
			rc = EXIT_USAGE;
		else if (json)
			rc = print_json(json_drug(kb, &d));
		else
			show_text(kb, &d);
	} else if (json) {
		json_t *all = json_array();
		size_t i;
		for (i = 0; all && i < tpath_kb_drug_count(kb); i++) {
			tpath_drug_info d;
			d.size = sizeof(d);
			if (tpath_kb_drug(kb, i, &d) == 0 &&
			    json_array_append_new(all, json_drug(kb, &d)) < 0) {
				json_decref(all);
				all = NULL;
			}
		}
		rc = print_json(all ? json_pack("{s:o}", "drugs", all) : NULL);
	} else {
		list_text(kb);
	}
	tpath_kb_free(kb);
	return rc;
}
