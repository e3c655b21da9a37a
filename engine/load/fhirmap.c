/*
 * fhirmap.c - the loader of fhir/1, the FHIR R4 code maps (RxNorm, LOINC,
 * condition codes, procedure text) the importer (fhir/import.c) reads.
 */
#include "load/load.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const status_words[] = { "provisional" };


const char *const tp_diagnosis_words[DX_NKINDS] = {
	"depression",	      "dysthymia",	      "bipolar",
	"psychotic-disorder", "personality-disorder",
	"pervasive-developmental-disorder"
};

static int code_entry(tp_fhir_map *m, const tpath_kb *kb, tp_ctx *c,
		      const tp_node *node, int table, tp_fhir_code *e)
{
	enum { SYSTEM, CODE, PREFIX, TEXT, DRUG, MG, SCALE, INTERVENTION,
	       KIND, SOURCE, STATUS, REASON, NOTE, TOTAL, DISPLAY, DIAGNOSIS,
	       SEVERITY, REMISSION, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "system", TP_F_SCALAR, false },
		{ "code", TP_F_SCALAR, false },
		{ "prefix", TP_F_SCALAR, false },
		{ "text", TP_F_SCALAR, false },
		{ "drug", TP_F_SCALAR, false },
		{ "mg", TP_F_SCALAR, false },
		{ "scale", TP_F_SCALAR, false },
		{ "intervention", TP_F_SCALAR, false },
		{ "kind", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
		{ "note", TP_F_SCALAR, false },
		{ "total", TP_F_SCALAR, false },
		{ "display", TP_F_SCALAR, false },
		{ "diagnosis", TP_F_SCALAR, false },
		{ "severity", TP_F_SCALAR, false },
		{ "remission", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	const tp_source *src;
	const char *s;
	int error;

	e->intervention = -1;
	e->diagnosis = -1;
	e->severity = -1;
	if ((error = tp_map_check(c, node, "a code entry", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_source_ref(c, v[SOURCE], m->sources, m->nsources,
				   &src)) < 0 ||
	    (error = tp_provisional(c, node, "a code entry", v[STATUS],
				    v[REASON], &e->provisional, &e->reason)) <
		    0 ||
	    (v[SYSTEM] &&
	     (error = tp_get_string(c, v[SYSTEM], "system", &e->system)) < 0) ||
	    (v[CODE] && (error = tp_get_string(c, v[CODE], "code", &e->code)) <
				0) ||
	    (v[PREFIX] &&
	     (error = tp_get_string(c, v[PREFIX], "prefix", &e->prefix)) < 0) ||
	    (v[TEXT] && (error = tp_get_string(c, v[TEXT], "text", &e->text)) <
				0) ||
	    (v[KIND] && (error = tp_get_string(c, v[KIND], "kind", &e->kind)) <
				0) ||
	    (v[NOTE] && (error = tp_get_string(c, v[NOTE], "note", &e->note)) <
				0) ||
	    (v[DISPLAY] &&
	     (error = tp_get_string(c, v[DISPLAY], "display", &e->display)) <
		     0))
		return error;
	(void)status_words;
	if (!v[CODE] && !v[PREFIX] && !v[TEXT])
		return tp_fail(c, node,
			       "a code entry needs 'code', 'prefix' or 'text'");
	if (table == 0) { /* rxnorm */
		if (!v[DRUG] || !v[MG] || !v[CODE])
			return tp_fail(c, node,
				       "an rxnorm entry needs 'code', 'drug' "
				       "and 'mg'");
		if ((error = tp_get_string(c, v[DRUG], "drug", &s)) < 0 ||
		    (error = tp_get_number(c, v[MG], "mg", &e->mg)) < 0)
			return error;
		if (!(e->drug = tp_catalog_find(&kb->catalog, s)))
			return tp_fail(c, v[DRUG],
				       "'drug': '%s' is not in the drug catalog",
				       s);
	}
	if (table == 1) { /* scales */
		if (!v[SCALE])
			return tp_fail(c, node, "a scale entry needs 'scale'");
		if ((error = tp_get_string(c, v[SCALE], "scale", &s)) < 0)
			return error;
		if (!(e->scale = tp_vocab_scale(&kb->vocab, s)))
			return tp_fail(c, v[SCALE], "'scale': unknown scale '%s'",
				       s);
		if (v[TOTAL] &&
		    (error = tp_get_string(c, v[TOTAL], "total", &e->total)) <
			    0)
			return error;
	}
	if (v[TOTAL] && table != 1)
		return tp_fail(c, v[TOTAL],
			       "'total' belongs to a scale entry only");
	if (table == 2) { /* conditions: by code only, each of a kind */
		if (!v[DIAGNOSIS] || v[TEXT] || (!v[CODE] && !v[PREFIX]))
			return tp_fail(c, node,
				       "a condition entry needs 'diagnosis' and "
				       "'code' or 'prefix' (never 'text')");
		if ((error = tp_get_enum(c, v[DIAGNOSIS], "diagnosis",
					 tp_diagnosis_words, DX_NKINDS,
					 &e->diagnosis)) < 0 ||
		    (v[SEVERITY] &&
		     (error = tp_get_enum(c, v[SEVERITY], "severity",
					  tp_severity_words, tp_nseverities,
					  &e->severity)) < 0) ||
		    (v[REMISSION] &&
		     (error = tp_get_bool(c, v[REMISSION], "remission",
					  &e->remission)) < 0))
			return error;
		if ((v[SEVERITY] || v[REMISSION]) &&
		    e->diagnosis != DX_DEPRESSION)
			return tp_fail(c, node,
				       "'severity' and 'remission' belong to a "
				       "depression entry");
		if (v[SEVERITY] && e->remission)
			return tp_fail(c, node,
				       "a remission code has no 'severity'");
	} else if (v[DIAGNOSIS] || v[SEVERITY] || v[REMISSION]) {
		return tp_fail(c, node,
			       "'diagnosis', 'severity' and 'remission' belong "
			       "to the conditions table");
	}
	if (table == 3) { /* procedures */
		if (!v[INTERVENTION])
			return tp_fail(c, node,
				       "a procedure entry needs 'intervention'");
		if ((error = tp_get_enum(c, v[INTERVENTION], "intervention",
					 tp_interventions, tp_ninterventions,
					 &e->intervention)) < 0)
			return error;
	}
	return 0;
}

int tp_fhir_from_node(tp_fhir_map *m, const tpath_kb *kb, tp_ctx *c,
		      const tp_node *root)
{
	enum { RXNORM = TP_HEAD_N, SCALES, CONDITIONS, PROCEDURES, GAP,
	       CONCOMITANT, ADULT, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		TP_HEAD_FIELDS,
		{ "rxnorm", TP_F_SEQUENCE, true },
		{ "scales", TP_F_SEQUENCE, true },
		{ "conditions", TP_F_SEQUENCE, true },
		{ "procedures", TP_F_SEQUENCE, true },
		{ "gap_days", TP_F_MAPPING, true },
		{ "concomitant", TP_F_MAPPING, true },
		{ "adult_age", TP_F_MAPPING, true },
	};
	static const tp_field conc_fields[] = {
		{ "drugs", TP_F_SEQUENCE, true },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	static const tp_field gap_fields[] = {
		{ "value", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
		{ "status", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS], *g[4];
	tp_head h = { &m->id, &m->version, &m->title, &m->sources,
		      &m->nsources };
	tp_fhir_code **tables[4] = { &m->rxnorm, &m->scales, &m->conditions,
				     &m->procedures };
	size_t *counts[4] = { &m->nrxnorm, &m->nscales, &m->nconditions,
			      &m->nprocedures };
	const tp_source *src;
	const char *reason;
	long lv;
	bool prov;
	size_t t, i;
	int error;

	memset(m, 0, sizeof(*m));
	if ((error = tp_map_check(c, root, "a fhir/1 document", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_read_head(c, v, &h)) < 0)
		return error;
	for (t = 0; t < 4; t++) {
		const tp_node *seq = v[RXNORM + t];
		*counts[t] = seq->n;
		*tables[t] = tp_arena_alloc(c->arena,
					    (seq->n + 1) * sizeof(tp_fhir_code));
		if (!*tables[t])
			return tp_error_oom(c->err, c->source);
		for (i = 0; i < seq->n; i++)
			if ((error = code_entry(m, kb, c, seq->values[i],
						(int)t, &(*tables[t])[i])) < 0)
				return error;
	}
	if ((error = tp_map_check(c, v[GAP], "'gap_days'", gap_fields, 4, g)) <
		    0 ||
	    (error = tp_get_int(c, g[0], "value", 0, 3650, &lv)) < 0 ||
	    (error = tp_source_ref(c, g[1], m->sources, m->nsources, &src)) <
		    0 ||
	    (error = tp_provisional(c, v[GAP], "'gap_days'", g[2], g[3], &prov,
				    &reason)) < 0)
		return error;
	m->gap_days = (double)lv;
	if ((error = tp_map_check(c, v[ADULT], "'adult_age'", gap_fields, 4,
				  g)) < 0 ||
	    (error = tp_get_int(c, g[0], "value", 0, 130, &lv)) < 0 ||
	    (error = tp_source_ref(c, g[1], m->sources, m->nsources, &src)) <
		    0 ||
	    (error = tp_provisional(c, v[ADULT], "'adult_age'", g[2], g[3],
				    &prov, &reason)) < 0)
		return error;
	m->adult_age = (double)lv;
	if ((error = tp_map_check(c, v[CONCOMITANT], "'concomitant'",
				  conc_fields, 4, g)) < 0 ||
	    (error = tp_source_ref(c, g[1], m->sources, m->nsources, &src)) <
		    0 ||
	    (error = tp_provisional(c, v[CONCOMITANT], "'concomitant'", g[2],
				    g[3], &prov, &reason)) < 0)
		return error;
	m->nconcomitant = g[0]->n;
	if (!(m->concomitant = tp_arena_alloc(
		      c->arena, (g[0]->n + 1) * sizeof(*m->concomitant))))
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < g[0]->n; i++) {
		const char *s;
		if ((error = tp_get_string(c, g[0]->values[i], "drugs", &s)) <
		    0)
			return error;
		if (!(m->concomitant[i] = tp_catalog_find(&kb->catalog, s)))
			return tp_fail(c, g[0]->values[i],
				       "'drugs': '%s' is not in the drug "
				       "catalog",
				       s);
	}
	return 0;
}
