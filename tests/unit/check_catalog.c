/*
 * check_catalog.c - the drug catalog: published numbers as encoded, lookup
 * by alias, and the rule that every dose number cites its source.
 */
#include <ctype.h>
#include <glob.h>
#include "tests.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Numbers from CANMAT 2023 Table 3.3 / Table 7.2 (clinical reference
 * section 5).  A change to the catalog that alters one of them must be a
 * deliberate change here too. */
static const struct {
	const char *name, *klass;
	tp_drug_kind kind;
	int ad_line;
	double ad_min, ad_max; /* antidepressant row; < 0 absent */
	int adj_line;
	double adj_min, adj_max; /* adjunct row; < 0 absent */
} rows[] = {
	{ "citalopram", "SSRI", TP_KIND_ANTIDEPRESSANT, 1, 20, 40, 0, -1, -1 },
	{ "escitalopram", "SSRI", TP_KIND_ANTIDEPRESSANT, 1, 10, 20, 0, -1, -1 },
	{ "fluoxetine", "SSRI", TP_KIND_ANTIDEPRESSANT, 1, 20, 60, 0, -1, -1 },
	{ "paroxetine", "SSRI", TP_KIND_ANTIDEPRESSANT, 1, 20, 50, 0, -1, -1 },
	{ "sertraline", "SSRI", TP_KIND_ANTIDEPRESSANT, 1, 50, 200, 0, -1, -1 },
	{ "venlafaxine", "SNRI", TP_KIND_ANTIDEPRESSANT, 1, 75, 225, 0, -1, -1 },
	{ "desvenlafaxine", "SNRI", TP_KIND_ANTIDEPRESSANT, 1, 50, 100, 0, -1,
	  -1 },
	{ "duloxetine", "SNRI", TP_KIND_ANTIDEPRESSANT, 1, 60, 120, 0, -1, -1 },
	{ "levomilnacipran", "SNRI", TP_KIND_ANTIDEPRESSANT, 1, 40, 120, 0, -1,
	  -1 },
	{ "milnacipran", "SNRI", TP_KIND_ANTIDEPRESSANT, 1, 50, 200, 0, -1, -1 },
	{ "bupropion", "NDRI", TP_KIND_BOTH, 1, 150, 450, 2, 150, 450 },
	{ "mirtazapine", "NaSSA", TP_KIND_BOTH, 1, 30, 60, 2, 30, 60 },
	{ "mianserin", "NaSSA", TP_KIND_BOTH, 1, 30, 90, 2, 30, 90 },
	{ "vortioxetine", "multimodal", TP_KIND_ANTIDEPRESSANT, 1, 10, 20, 0,
	  -1, -1 },
	{ "vilazodone", "multimodal", TP_KIND_ANTIDEPRESSANT, 1, 20, 40, 0, -1,
	  -1 },
	{ "agomelatine", "melatonergic", TP_KIND_ANTIDEPRESSANT, 1, 25, 50, 0,
	  -1, -1 },
	{ "trazodone", "SARI", TP_KIND_ANTIDEPRESSANT, 2, 150, 400, 0, -1, -1 },
	{ "nefazodone", "SARI", TP_KIND_ANTIDEPRESSANT, 2, 300, 600, 0, -1, -1 },
	{ "quetiapine", "SGA", TP_KIND_BOTH, 2, 150, 300, 2, 150, 300 },
	{ "amitriptyline", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 300, 0, -1,
	  -1 },
	{ "clomipramine", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 300, 0, -1, -1 },
	{ "imipramine", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 300, 0, -1, -1 },
	{ "desipramine", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 100, 300, 0, -1,
	  -1 },
	{ "doxepin", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 300, 0, -1, -1 },
	{ "trimipramine", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 300, 0, -1,
	  -1 },
	{ "nortriptyline", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 75, 150, 0, -1,
	  -1 },
	{ "protriptyline", "TCA", TP_KIND_ANTIDEPRESSANT, 2, 30, 60, 0, -1, -1 },
	{ "moclobemide", "RIMA", TP_KIND_ANTIDEPRESSANT, 2, 150, 450, 0, -1,
	  -1 },
	{ "selegiline", "MAOI", TP_KIND_ANTIDEPRESSANT, 2, 6, 12, 0, -1, -1 },
	{ "phenelzine", "MAOI", TP_KIND_ANTIDEPRESSANT, 3, 45, 90, 0, -1, -1 },
	{ "tranylcypromine", "MAOI", TP_KIND_ANTIDEPRESSANT, 3, 30, 60, 0, -1,
	  -1 },
	{ "reboxetine", "NRI", TP_KIND_ANTIDEPRESSANT, 3, 8, 12, 0, -1, -1 },
	{ "dextromethorphan-bupropion", "NMDA-NDRI", TP_KIND_ANTIDEPRESSANT, 2,
	  45, 90, 0, -1, -1 },
	{ "aripiprazole", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 1, 2, 10 },
	{ "brexpiprazole", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 1, 0.5, 2 },
	{ "esketamine", "NMDA", TP_KIND_AUGMENTING, 0, -1, -1, 2, 56, 84 },
	{ "ketamine", "NMDA", TP_KIND_AUGMENTING, 0, -1, -1, 2, 0.5, 1.0 },
	{ "olanzapine", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 2, 2.5, 10 },
	{ "risperidone", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 2, 1, 3 },
	{ "lithium", "lithium", TP_KIND_AUGMENTING, 0, -1, -1, 2, 600, 1200 },
	{ "cariprazine", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 2, 1.5, 3 },
	{ "modafinil", "wakefulness-promoting", TP_KIND_AUGMENTING, 0, -1, -1,
	  2, 100, 400 },
	{ "liothyronine", "thyroid", TP_KIND_AUGMENTING, 0, -1, -1, 2, 0.025,
	  0.05 },
	{ "lamotrigine", "anticonvulsant", TP_KIND_AUGMENTING, 0, -1, -1, 3,
	  100, 300 },
	{ "pramipexole", "dopamine-agonist", TP_KIND_AUGMENTING, 0, -1, -1, 3,
	  2, 4 },
	{ "ziprasidone", "SGA", TP_KIND_AUGMENTING, 0, -1, -1, 3, 40, 160 },
};

static void assert_num(double got, double want, const char *what,
		       const char *drug)
{
	ck_assert_msg(fabs(got - want) < 1e-9, "%s %s: got %g, want %g", drug,
		      what, got, want);
}

START_TEST(published_rows)
{
	const tp_catalog *cat = &test_kb()->catalog;
	const tp_drug *d = tp_catalog_find(cat, rows[_i].name);
	ck_assert_msg(d != NULL, "%s missing from the catalog", rows[_i].name);
	ck_assert_str_eq(d->name, rows[_i].name);
	ck_assert_str_eq(d->klass, rows[_i].klass);
	ck_assert_int_eq(d->kind, rows[_i].kind);
	if (rows[_i].ad_min >= 0) {
		ck_assert(d->antidepressant.present);
		ck_assert_int_eq(d->antidepressant.line, rows[_i].ad_line);
		assert_num(d->antidepressant.min, rows[_i].ad_min, "min", d->name);
		assert_num(d->antidepressant.max, rows[_i].ad_max, "max", d->name);
		ck_assert_str_eq(d->antidepressant.source->id,
				 "canmat-2023-t3.3");
	} else {
		ck_assert(!d->antidepressant.present);
	}
	if (rows[_i].adj_min >= 0) {
		ck_assert(d->adjunct.present);
		ck_assert_int_eq(d->adjunct.line, rows[_i].adj_line);
		assert_num(d->adjunct.min, rows[_i].adj_min, "adjunct min",
			   d->name);
		assert_num(d->adjunct.max, rows[_i].adj_max, "adjunct max",
			   d->name);
		ck_assert_str_eq(d->adjunct.source->id, "canmat-2023-t7.2");
	} else {
		ck_assert_msg(!d->adjunct.present,
			      "%s has an adjunct row the table above lacks",
			      d->name);
	}
}
END_TEST

/* The public reading of the catalog (tpath_kb_drug) gives the same rows:
 * every published row above, through the accessor `tpath drugs` uses. */
START_TEST(public_rows)
{
	const tpath_kb *kb = test_kb();
	tpath_drug_info d;
	size_t i, n = tpath_kb_drug_count(kb);

	for (i = 0; i < n; i++)
		if (strcmp(tpath_kb_drug_name(kb, i), rows[_i].name) == 0)
			break;
	ck_assert_msg(i < n, "%s missing from the catalog", rows[_i].name);
	memset(&d, 0xff, sizeof(d));
	d.size = sizeof(d);
	ck_assert_int_eq(tpath_kb_drug(kb, i, &d), 0);
	ck_assert_uint_eq(d.size, sizeof(d));
	ck_assert_str_eq(d.name, rows[_i].name);
	ck_assert_str_eq(d.klass, rows[_i].klass);
	ck_assert_str_eq(d.kind, tp_kind_words[rows[_i].kind]);
	ck_assert_int_eq(d.antidepressant.present, rows[_i].ad_min >= 0);
	if (rows[_i].ad_min >= 0) {
		ck_assert_int_eq(d.antidepressant.line, rows[_i].ad_line);
		assert_num(d.antidepressant.min, rows[_i].ad_min, "min", d.name);
		assert_num(d.antidepressant.max, rows[_i].ad_max, "max", d.name);
		ck_assert_str_eq(d.antidepressant.source.id,
				 "canmat-2023-t3.3");
		ck_assert_str_eq(d.antidepressant.source.citation,
				 "CANMAT 2023 Table 3.3");
	}
	ck_assert_int_eq(d.adjunct.present, rows[_i].adj_min >= 0);
	if (rows[_i].adj_min >= 0) {
		ck_assert_int_eq(d.adjunct.line, rows[_i].adj_line);
		assert_num(d.adjunct.min, rows[_i].adj_min, "adjunct min",
			   d.name);
		assert_num(d.adjunct.max, rows[_i].adj_max, "adjunct max",
			   d.name);
	}
	if (rows[_i].kind == TP_KIND_BOTH)
		ck_assert_ptr_nonnull(d.when_added);
	else
		ck_assert_ptr_null(d.when_added);
}
END_TEST

/* What tpath_kb_drug and tpath_kb_dose_limit fill beyond the rows: aliases,
 * the label row, an interacting drug, a smaller caller struct, the label
 * limits of safety/1, the suggestions; and their usage errors. */
START_TEST(public_drug_details)
{
	const tpath_kb *kb = test_kb();
	tpath_drug_info d;
	tpath_dose_limit_info li;
	const char *s[8];
	size_t i, n = tpath_kb_drug_count(kb), at_risk = 0, found = 0;
	long cit = -1, lin = -1;

	for (i = 0; i < n; i++) {
		if (strcmp(tpath_kb_drug_name(kb, i), "citalopram") == 0)
			cit = (long)i;
		if (strcmp(tpath_kb_drug_name(kb, i), "linezolid") == 0)
			lin = (long)i;
	}
	ck_assert(cit >= 0 && lin >= 0);
	d.size = sizeof(d);
	ck_assert_int_eq(tpath_kb_drug(kb, (size_t)cit, &d), 0);
	ck_assert_str_eq(d.unit, "mg/day");
	ck_assert_uint_eq(d.naliases, 3);
	ck_assert_str_eq(d.aliases[0], "celexa");
	ck_assert(d.label_max.present);
	assert_num(d.label_max.max, 40, "label max", d.name);
	assert_num(d.label_max.min, -1, "label min", d.name);
	ck_assert_str_eq(d.label_max.source.id, "fda-dsc-2011-citalopram");
	ck_assert_ptr_nonnull(d.label_max.note);
	ck_assert(d.high.present && !d.adjunct.present);
	ck_assert_ptr_nonnull(d.note);

	ck_assert_int_eq(tpath_kb_drug(kb, (size_t)lin, &d), 0);
	ck_assert_str_eq(d.kind, "interacting");
	ck_assert_ptr_null(d.unit);
	ck_assert(!d.antidepressant.present && !d.high.present);
	ck_assert_str_eq(d.source.id, "labels-maoi-contraindications");

	/* a caller that knows only the first fields gets only those */
	memset(&d, 0x5a, sizeof(d));
	d.size = offsetof(tpath_drug_info, klass);
	ck_assert_int_eq(tpath_kb_drug(kb, (size_t)cit, &d), 0);
	ck_assert_uint_eq(d.size, offsetof(tpath_drug_info, klass));
	ck_assert_str_eq(d.name, "citalopram");
	ck_assert(*(const unsigned char *)&d.klass == 0x5a);

	d.size = 0;
	ck_assert_int_eq(tpath_kb_drug(kb, 0, &d), TPATH_EUSAGE);
	d.size = sizeof(d);
	ck_assert_int_eq(tpath_kb_drug(kb, n, &d), TPATH_EUSAGE);
	ck_assert_int_eq(tpath_kb_drug(NULL, 0, &d), TPATH_EUSAGE);

	n = tpath_kb_dose_limit_count(kb);
	ck_assert_uint_gt(n, 2);
	for (i = 0; i < n; i++) {
		li.size = sizeof(li);
		ck_assert_int_eq(tpath_kb_dose_limit(kb, i, &li), 0);
		ck_assert_ptr_nonnull(li.source.citation);
		if (strcmp(li.drug, "citalopram") != 0)
			continue;
		found++;
		if (li.applies_to) {
			at_risk++;
			assert_num(li.max, 20, "at-risk limit", li.drug);
			ck_assert_ptr_nonnull(strstr(li.applies_to, "over 60"));
		} else {
			assert_num(li.max, 40, "limit", li.drug);
		}
	}
	ck_assert_uint_eq(found, 2);
	ck_assert_uint_eq(at_risk, 1);
	li.size = sizeof(li);
	ck_assert_int_eq(tpath_kb_dose_limit(kb, n, &li), TPATH_EUSAGE);

	ck_assert_uint_eq(tpath_kb_drug_suggest(kb, "sertralin", s, 8), 1);
	ck_assert_str_eq(s[0], "sertraline");
	ck_assert_uint_eq(tpath_kb_drug_suggest(kb, "xyzzyq", s, 8), 0);
}
END_TEST

START_TEST(units_and_label_max)
{
	const tp_catalog *cat = &test_kb()->catalog;
	const tp_drug *d = tp_catalog_find(cat, "citalopram");
	ck_assert(d->label_max.present);
	assert_num(d->label_max.max, 40, "label max", d->name);
	ck_assert_str_eq(d->unit, "mg/day");
	ck_assert_str_eq(tp_catalog_find(cat, "esketamine")->unit,
			 "mg/session");
	ck_assert_str_eq(tp_catalog_find(cat, "ketamine")->unit,
			 "mg/kg/session");
	/* fluvoxamine: the CANMAT 2023 row was not recovered, so its minimum
	 * is provisional with a reason (clinical reference section 5). */
	d = tp_catalog_find(cat, "fluvoxamine");
	ck_assert(d->antidepressant.provisional);
	ck_assert_ptr_nonnull(d->antidepressant.reason);
	ck_assert_int_eq(d->antidepressant.line, 0);
}
END_TEST

START_TEST(every_number_cites_a_source)
{
	const tp_catalog *cat = &test_kb()->catalog;
	size_t i;
	ck_assert_uint_ge(cat->ndrugs, TP_ARRAY_LEN(rows));
	for (i = 0; i < cat->ndrugs; i++) {
		const tp_drug *d = &cat->drugs[i];
		const tp_dose_range *r[] = { &d->antidepressant, &d->adjunct,
					     &d->high, &d->label_max };
		size_t j;
		for (j = 0; j < TP_ARRAY_LEN(r); j++) {
			if (!r[j]->present)
				continue;
			ck_assert_msg(r[j]->source && r[j]->source->citation &&
					      *r[j]->source->citation,
				      "%s: a dose row without a citation",
				      d->name);
			ck_assert_msg(!r[j]->provisional || r[j]->reason,
				      "%s: provisional without a reason",
				      d->name);
		}
	}
}
END_TEST

START_TEST(lookup_aliases_case_insensitive)
{
	const tpath_kb *kb = test_kb();
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "Zoloft"), "sertraline");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "SERTRALINE"), "sertraline");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "Venlafaxine XR"),
			 "venlafaxine");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "t3"), "liothyronine");
	ck_assert_ptr_null(tpath_kb_drug_lookup(kb, "aspirin"));
	ck_assert_str_eq(tpath_kb_drug_name(kb, 0), "citalopram");
	ck_assert_ptr_null(tpath_kb_drug_name(kb, tpath_kb_drug_count(kb)));
}
END_TEST

/* A catalog written for the test: each case breaks one rule. */
static const struct {
	const char *body, *error;
} bad_catalogs[] = {
	{ "  - {name: x, class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 10, max: 20}}\n",
	  "c.yaml:8:22: missing required key 'source' in an antidepressant "
	  "dose row" },
	{ "  - {name: x, class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 10, source: nowhere}}\n",
	  "c.yaml:8:40: 'source': 'nowhere' is not an id in 'sources'" },
	{ "  - {name: x, class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 10, source: s, status: provisional}}\n",
	  "c.yaml:8:22: missing required key 'reason' in an antidepressant dose "
	  "row: a provisional entry must say why" },
	{ "  - {name: x, class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 30, max: 20, source: s}}\n",
	  "c.yaml:8:37: 'max': 20 is below 'min' 30" },
	{ "  - {name: x, class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 10, source: s}}\n"
	  "  - {name: zz, aliases: [X], class: SSRI, kind: antidepressant,\n"
	  "     antidepressant: {min: 10, source: s}}\n",
	  "c.yaml:9:26: name 'X' is already used by drug 'x'" },
	{ "  - {name: x, class: SGA, kind: augmenting-agent}\n",
	  "c.yaml:7:5: drug 'x' of kind 'augmenting-agent' needs an 'adjunct' "
	  "dose row" },
	/* An interacting drug is no treatment: no numbers, its own source. */
	{ "  - {name: x, class: opioid, kind: interacting, source: s,\n"
	  "     antidepressant: {min: 10, source: s}}\n",
	  "c.yaml:8:22: 'antidepressant': not allowed in drug 'x' of kind "
	  "'interacting' (it is not a treatment: no dose rows, unit or role)" },
	{ "  - {name: x, class: opioid, kind: interacting, source: s,\n"
	  "     adjunct: {source: s}}\n",
	  "c.yaml:8:15: 'adjunct': not allowed in drug 'x' of kind "
	  "'interacting' (it is not a treatment: no dose rows, unit or role)" },
	{ "  - {name: x, class: opioid, kind: interacting, source: s,\n"
	  "     high: {max: 400, source: s}}\n",
	  "c.yaml:8:12: 'high': not allowed in drug 'x' of kind "
	  "'interacting' (it is not a treatment: no dose rows, unit or role)" },
	{ "  - {name: x, class: opioid, kind: interacting, source: s,\n"
	  "     when_added: augmentation}\n",
	  "c.yaml:8:18: 'when_added': not allowed in drug 'x' of kind "
	  "'interacting' (it is not a treatment: no dose rows, unit or role)" },
	{ "  - {name: x, class: opioid, kind: interacting, unit: mg/day,\n"
	  "     source: s}\n",
	  "c.yaml:7:55: 'unit': not allowed in drug 'x' of kind "
	  "'interacting' (it is not a treatment: no dose rows, unit or role)" },
	{ "  - {name: x, class: opioid, kind: interacting}\n",
	  "c.yaml:7:5: drug 'x' of kind 'interacting' needs a 'source' (the "
	  "list that names it)" },
	{ "  - {name: x, class: opioid, kind: interacting, source: nowhere}\n",
	  "c.yaml:7:57: 'source': 'nowhere' is not an id in 'sources'" },
	{ "  - {name: x, class: opioid, kind: interactin, source: s}\n",
	  "c.yaml:7:36: 'kind': unknown value \"interactin\"; did you mean "
	  "'interacting'?" },
};

START_TEST(catalog_rules)
{
	char doc[2048], line[1200];
	const char *kind;
	tpath_error err;
	int rc;
	snprintf(doc, sizeof(doc),
		 "tpath: drugs/1\nid: c\nversion: 1.0.0\ntitle: test\n"
		 "sources: [{id: s, citation: a source}]\ndrugs:\n%s",
		 bad_catalogs[_i].body);
	rc = tpath_validate_buffer(&kind, NULL, doc, strlen(doc), "c.yaml",
				   NULL, &err);
	ck_assert_int_eq(rc, TPATH_EINVALID);
	tpath_error_format(&err, line, sizeof(line));
	ck_assert_str_eq(line, bad_catalogs[_i].error);
}
END_TEST

/* A catalog with an interacting drug loads: its kind, its own source and
 * no dose row.  (Read on its own: as an overlay it would have to hold
 * every drug the built-in guidelines name.) */
START_TEST(interacting_kind_loads)
{
	static const char doc[] =
		"tpath: drugs/1\nid: c\nversion: 1.0.0\ntitle: test\n"
		"sources: [{id: s, citation: a source}, {id: l, citation: a "
		"label}]\n"
		"drugs:\n"
		"  - {name: x, class: SSRI, kind: antidepressant,\n"
		"     antidepressant: {min: 10, source: s}}\n"
		"  - {name: op, class: opioid, kind: interacting, aliases: [opx],\n"
		"     source: l, note: not a treatment}\n";
	tp_arena arena;
	tp_limits limits;
	tp_node *root;
	tp_catalog cat;
	tp_ctx c;
	tpath_error err;
	const tp_drug *d;

	tp_arena_init(&arena);
	tp_limits_from_options(&limits, NULL);
	memset(&c, 0, sizeof(c));
	c.source = "c.yaml";
	c.err = &err;
	c.arena = &arena;
	c.limits = &limits;
	ck_assert_int_eq(tp_yaml_parse(&root, &arena, doc, sizeof(doc) - 1,
				       "c.yaml", &limits, &err),
			 0);
	ck_assert_int_eq(tp_catalog_from_node(&cat, &c, root), 0);
	d = tp_catalog_find(&cat, "OPX");
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->name, "op");
	ck_assert_int_eq(d->kind, TP_KIND_INTERACTING);
	ck_assert_str_eq(d->klass, "opioid");
	ck_assert_str_eq(d->source->id, "l");
	ck_assert_str_eq(d->note, "not a treatment");
	ck_assert(!d->antidepressant.present && !d->adjunct.present &&
		  !d->high.present && !d->label_max.present);
	/* the other kinds need no source of their own */
	ck_assert_ptr_null(tp_catalog_find(&cat, "x")->source);
	tp_arena_release(&arena);
}
END_TEST

/* The interacting drugs of clinical reference section 12 (and cimetidine,
 * FDA 2012): kind interacting, a class, a source of their own and no dose
 * row. */
static const struct {
	const char *name, *klass, *source;
} interacting[] = {
	{ "isocarboxazid", "MAOI", "labels-maoi-contraindications" },
	{ "linezolid", "MAOI-acting", "labels-maoi-contraindications" },
	{ "methylene-blue", "MAOI-acting", "labels-maoi-contraindications" },
	{ "tramadol", "opioid", "labels-maoi-contraindications" },
	{ "meperidine", "opioid", "labels-maoi-contraindications" },
	{ "methadone", "opioid", "labels-maoi-contraindications" },
	{ "fentanyl", "opioid", "labels-maoi-contraindications" },
	{ "sumatriptan", "triptan", "labels-maoi-contraindications" },
	{ "rizatriptan", "triptan", "labels-maoi-contraindications" },
	{ "zolmitriptan", "triptan", "labels-maoi-contraindications" },
	{ "naratriptan", "triptan", "labels-maoi-contraindications" },
	{ "almotriptan", "triptan", "labels-maoi-contraindications" },
	{ "eletriptan", "triptan", "labels-maoi-contraindications" },
	{ "frovatriptan", "triptan", "labels-maoi-contraindications" },
	{ "dextromethorphan", "antitussive", "labels-maoi-contraindications" },
	{ "st-johns-wort", "herbal", "labels-maoi-contraindications" },
	{ "amphetamine", "stimulant", "labels-maoi-contraindications" },
	{ "cimetidine", "H2-antagonist", "fda-2012-citalopram" },
};

START_TEST(interacting_drugs)
{
	const tp_catalog *cat = &test_kb()->catalog;
	const tp_drug *d = tp_catalog_find(cat, interacting[_i].name);
	ck_assert_msg(d != NULL, "%s missing from the catalog",
		      interacting[_i].name);
	ck_assert_str_eq(d->name, interacting[_i].name);
	ck_assert_int_eq(d->kind, TP_KIND_INTERACTING);
	ck_assert_str_eq(d->klass, interacting[_i].klass);
	ck_assert_ptr_nonnull(d->source);
	ck_assert_str_eq(d->source->id, interacting[_i].source);
	ck_assert(*d->source->citation);
	ck_assert(!d->antidepressant.present && !d->adjunct.present &&
		  !d->high.present && !d->label_max.present);
}
END_TEST

START_TEST(interacting_count_and_aliases)
{
	const tp_catalog *cat = &test_kb()->catalog;
	const tpath_kb *kb = test_kb();
	size_t i, n = 0;
	/* no interacting drug in the catalog that the table above lacks */
	for (i = 0; i < cat->ndrugs; i++)
		n += cat->drugs[i].kind == TP_KIND_INTERACTING;
	ck_assert_uint_eq(n, TP_ARRAY_LEN(interacting));
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "Methylene Blue"),
			 "methylene-blue");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "methylthioninium chloride"),
			 "methylene-blue");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "pethidine"), "meperidine");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "St John's wort"),
			 "st-johns-wort");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "hypericum"),
			 "st-johns-wort");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "Adderall"), "amphetamine");
	ck_assert_str_eq(tpath_kb_drug_lookup(kb, "dextroamphetamine"),
			 "amphetamine");
	/* the combination product stays an antidepressant of its own */
	ck_assert_int_eq(tp_catalog_find(cat, "dextromethorphan-bupropion")
				 ->kind,
			 TP_KIND_ANTIDEPRESSANT);
}
END_TEST

START_TEST(data_dir_matches_embedded)
{
	tpath_kb *kb;
	tpath_error err;
	size_t i;
	ck_assert_int_eq(tpath_kb_open_dir(&kb, "guidelines", NULL, &err), 0);
	ck_assert_uint_eq(tpath_kb_drug_count(kb),
			  tpath_kb_drug_count(test_kb()));
	for (i = 0; i < tpath_kb_drug_count(kb); i++)
		ck_assert_str_eq(tpath_kb_drug_name(kb, i),
				 tpath_kb_drug_name(test_kb(), i));
	tpath_kb_free(kb);
	ck_assert_int_eq(tpath_kb_open_dir(&kb, "no/such/dir", NULL, &err),
			 TPATH_EIO);
	ck_assert_ptr_null(kb);
	/* An overlay with only a trd/1 file keeps the built-in catalog, and
	 * its definitions merge with the built-in ones by id. */
	ck_assert_int_eq(tpath_kb_open_dir(&kb, "tests/data/custom-trd", NULL,
					   &err),
			 0);
	ck_assert_uint_eq(tpath_kb_drug_count(kb),
			  tpath_kb_drug_count(test_kb()));
	ck_assert_uint_eq(kb->trd.ndefs, test_kb()->trd.ndefs + 1);
	ck_assert_str_eq(kb->trd.defs[0].id, "three-long-trials-lifetime");
	ck_assert_str_eq(kb->trd.defs[1].id, "two-adequate-trials");
	ck_assert_uint_eq(kb->staging.nmodels, test_kb()->staging.nmodels);
	tpath_kb_free(kb);
}
END_TEST

/* Whether scalar text s names flag id: "flag.ID" not followed by more of
 * a name. */
static bool text_reads_flag(const char *s, size_t len, const char *id)
{
	size_t n = strlen(id);
	const char *p = s, *end = s + len;
	while ((p = memchr(p, 'f', (size_t)(end - p))) && p + 5 + n <= end) {
		if (memcmp(p, "flag.", 5) == 0 && memcmp(p + 5, id, n) == 0 &&
		    (p + 5 + n == end ||
		     !(isalnum((unsigned char)p[5 + n]) || p[5 + n] == '-' ||
		       p[5 + n] == '_')))
			return true;
		p++;
	}
	return false;
}

/* Whether a scalar of the tree reads flag id. */
static bool tree_reads_flag(const tp_node *node, const char *id)
{
	size_t i;
	if (node->kind == TP_SCALAR)
		return text_reads_flag(node->text, node->len, id);
	for (i = 0; i < node->n; i++)
		if (tree_reads_flag(node->values[i], id))
			return true;
	return false;
}

/* Whether a built-in rule reads flag id: "flag.ID" in a guideline, safety,
 * TRD, staging or timeline file. */
static bool flag_read(const char *id)
{
	size_t f;
	for (f = 0; f < tp_embedded_count; f++) {
		const tp_embedded_file *e = &tp_embedded_files[f];
		if (strcmp(e->kind, "vocabulary/1") == 0 ||
		    strcmp(e->kind, "drugs/1") == 0 ||
		    strcmp(e->kind, "fhir/1") == 0)
			continue;
		if (tree_reads_flag(e->root, id))
			return true;
	}
	return false;
}

/* Whether two trees are the same node for node: kind, position, text
 * (with its length and style) and children. */
static bool same_tree(const tp_node *a, const tp_node *b, char *where,
		      size_t n)
{
	size_t i;
	if (a->kind != b->kind || a->line != b->line ||
	    a->column != b->column || a->n != b->n ||
	    (a->kind == TP_SCALAR &&
	     (a->len != b->len || memcmp(a->text, b->text, a->len) != 0 ||
	      a->plain != b->plain || a->style != b->style))) {
		snprintf(where, n, "%u:%u", b->line, b->column);
		return false;
	}
	for (i = 0; i < a->n; i++)
		if ((a->kind == TP_MAPPING &&
		     !same_tree(a->keys[i], b->keys[i], where, n)) ||
		    !same_tree(a->values[i], b->values[i], where, n))
			return false;
	return true;
}

/* The compiled built-in trees are what the library's reader makes of the
 * files in guidelines/ today (the generator's escaping of text, its
 * positions and its key order), and every file there is built in. */
START_TEST(embedded_trees_match_files)
{
	size_t f;
	glob_t g;
	ck_assert_int_eq(glob("guidelines/*.yaml", 0, NULL, &g), 0);
	ck_assert_uint_eq(tp_embedded_count, g.gl_pathc);
	for (f = 0; f < g.gl_pathc; f++)
		ck_assert_str_eq(tp_embedded_files[f].name, g.gl_pathv[f]);
	globfree(&g);
	for (f = 0; f < tp_embedded_count; f++) {
		const tp_embedded_file *e = &tp_embedded_files[f];
		tp_arena arena;
		tp_limits limits;
		tpath_error err;
		tp_node *root;
		char *buf, where[32] = "";
		size_t len;
		tp_arena_init(&arena);
		tp_limits_from_options(&limits, NULL);
		buf = test_slurp(e->name, &len);
		ck_assert_msg(buf != NULL, "%s: cannot read", e->name);
		ck_assert_int_eq(tp_yaml_parse(&root, &arena, buf, len, e->name,
					       &limits, &err),
				 0);
		ck_assert_msg(same_tree(root, e->root, where, sizeof(where)),
			      "%s:%s: the compiled tree differs", e->name,
			      where);
		free(buf);
		tp_arena_release(&arena);
	}
}
END_TEST

/* Every patient flag of the vocabulary is read by at least one built-in
 * rule (issue 13: a flag nobody reads gives a clinician a false sense of
 * safety); the check itself finds a flag no rule reads. */
START_TEST(every_flag_is_read)
{
	const tp_vocab *v = &test_kb()->vocab;
	size_t i;
	ck_assert_uint_gt(v->nflags, 5);
	for (i = 0; i < v->nflags; i++)
		ck_assert_msg(flag_read(v->flags[i].id),
			      "flag '%s' is in guidelines/vocabulary.yaml but "
			      "no guideline, safety, TRD, staging or timeline "
			      "rule reads it: read it or remove it",
			      v->flags[i].id);
	ck_assert(!flag_read("no-such-flag"));
	ck_assert(!flag_read("pregnan")); /* a prefix of a read flag */
}
END_TEST

Suite *suite_catalog(void)
{
	Suite *s = suite_create("catalog");
	TCase *tc = tcase_create("drugs");
	tcase_add_loop_test(tc, published_rows, 0, (int)TP_ARRAY_LEN(rows));
	tcase_add_loop_test(tc, public_rows, 0, (int)TP_ARRAY_LEN(rows));
	tcase_add_test(tc, public_drug_details);
	tcase_add_test(tc, units_and_label_max);
	tcase_add_test(tc, every_flag_is_read);
	tcase_add_test(tc, embedded_trees_match_files);
	tcase_add_test(tc, every_number_cites_a_source);
	tcase_add_test(tc, lookup_aliases_case_insensitive);
	tcase_add_test(tc, interacting_kind_loads);
	tcase_add_loop_test(tc, interacting_drugs, 0,
			    (int)TP_ARRAY_LEN(interacting));
	tcase_add_test(tc, interacting_count_and_aliases);
	tcase_add_loop_test(tc, catalog_rules, 0,
			    (int)TP_ARRAY_LEN(bad_catalogs));
	tcase_add_test(tc, data_dir_matches_embedded);
	suite_add_tcase(s, tc);
	return s;
}

/* Knowledge files from memory: the test-only guideline, its buffer freed
 * (and scribbled over) before the evaluation that uses it. */
START_TEST(kb_from_buffers)
{
	tpath_buffer b;
	tpath_kb *kb;
	tpath_history *h;
	tpath_result *r;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	char *text, *json, line[1200];
	size_t len;

	text = test_slurp("tests/data/test-guideline.yaml", &len);
	b.name = "mem:test-guideline";
	b.data = text;
	b.len = len;
	ck_assert_int_eq(tpath_kb_open_buffers(&kb, &b, 1, NULL, &err), 0);
	memset(text, 'x', len);
	free(text);
	ck_assert_int_eq(tpath_history_load_file(&h, kb,
						 "docs/examples/demo-0002.yaml",
						 NULL, &err),
			 0);
	eo.guideline = "test-local";
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
	ck_assert_int_eq(tpath_result_render(&json, r, TPATH_FORMAT_JSON_LINE,
					     &err),
			 0);
	ck_assert_ptr_nonnull(strstr(json, "\"rule\":\"keep-going\""));
	tpath_free(json);
	tpath_result_free(r);
	tpath_history_free(h);
	tpath_kb_free(kb);

	/* A broken buffer is reported under its name and position. */
	b.data = "tpath: guideline/1\nid: [\n";
	b.len = strlen(b.data);
	ck_assert_int_eq(tpath_kb_open_buffers(&kb, &b, 1, NULL, &err),
			 TPATH_EINVALID);
	ck_assert_ptr_null(kb);
	tpath_error_format(&err, line, sizeof(line));
	ck_assert_str_eq(line, "mem:test-guideline:3:1: YAML syntax error: did "
			       "not find expected node content while parsing "
			       "a flow node (line 3, column 1)");
}
END_TEST

Suite *suite_catalog_buffers(void);
Suite *suite_catalog_buffers(void)
{
	Suite *s = suite_create("kb-buffers");
	TCase *tc = tcase_create("buffers");
	tcase_add_test(tc, kb_from_buffers);
	suite_add_tcase(s, tc);
	return s;
}
