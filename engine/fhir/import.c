/*
 * fhir.c - FHIR R4 import: turns EHR resources (a Bundle, single resources,
 * NDJSON) into one anonymized history/1 document.
 *
 * The code maps (RxNorm, LOINC, condition codes, procedure text) are data,
 * in guidelines/fhir.yaml (format fhir/1).  The importer keeps only what a
 * history may hold: age (not birth date), sex, dates or relative days, and
 * clinical facts; no name, identifier, address, telecom or birth date ever
 * reaches the output, and the history's id is never derived from the
 * patient's.  The document is built as a JSON tree, written as YAML by
 * libyaml's emitter (yaml.c), and loaded back by the strict history loader
 * before it is returned.  docs/fhir.md documents every rule.
 */
#include "load/load.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the importer ---- */

typedef struct med {
	const tp_drug *drug;
	int32_t start, end; /* end inclusive */
	bool open;	    /* no end: still taken */
	bool has_mg;	    /* the dose was readable */
	double mg;
	int32_t fill_days;  /* a pharmacy fill: the days it covers; else 0 */
	bool end_unknown;   /* not active and no end: decided in build() */
	bool concomitant;   /* written under concomitant, not as a course */
	bool listed;	    /* of the fhir/1 concomitant list: decided in
			     * build(), by all the records of the drug */
	bool for_depression; /* a listed drug given for depression */
	size_t seq;	    /* input order, the last sort key */
	const json_t *res;  /* for warnings (valid while the input lives) */
} med;

typedef struct measure {
	int32_t day;
	const tp_scale *scale;
	long score;
} measure;

typedef struct proc {
	int intervention;
	const char *kind;
	int32_t start, end;
	bool open;
} proc;

/* A resource to read, once: bundles are flattened and a resource met again
 * (same type and id) is not. */
typedef struct entry {
	const json_t *res;
} entry;

/* Why a record was left out, for the summary. */
enum { R_DUPLICATE, R_PATIENT, R_STATUS, R_NOT_FINAL, R_DO_NOT, R_DRUG,
       R_DATE, R_SUPPLY, R_SCORE, R_AFTER, R_SAME_SCORE, R_MEDICATION_REF,
       R_REFUTED,
       R_NREASONS };

static const char *const reason_text[R_NREASONS] = {
	"read once (the same type and id met again)",
	"of another patient",
	"with an unusable status (entered-in-error, cancelled, ...)",
	"scores not final, amended or corrected",
	"orders not to give a drug (doNotPerform)",
	"medicines not in the drug catalog",
	"without a usable date",
	"fills without a usable days supply",
	"scores without a whole-number value in range",
	"after as_of",
	"scores met twice (same scale, day and value: a panel and its total)",
	"medication records whose medicationReference is not in the input",
	"diagnoses refuted or entered in error",
};

typedef struct imp {
	const tpath_kb *kb;
	const tp_fhir_map *map;
	const tpath_fhir_options *opts;
	tpath_error *err;
	char subject[256]; /* "Patient/ID", the patient imported */
	entry *entries;
	size_t nentries, capentries;
	/* "Type/id" -> the index of its entry, and fullUrl -> "Type/id" (a
	 * JSON string), to resolve references in every form they come in. */
	json_t *by_key, *by_url;
	size_t left[R_NREASONS]; /* records left out, by reason */
	bool has_birth;
	int32_t birth;
	const char *sex;
	med *meds;
	size_t nmeds, capmeds;
	measure *measures;
	size_t nmeasures, capmeasures;
	proc *procs;
	size_t nprocs, capprocs;
	/* Scale entries with a note already said (once an import). */
	const tp_fhir_code *noted[8];
	size_t nnoted;
	bool quiet; /* warnf says nothing (a listed drug's dose) */
	bool oom;
	/* Conditions of the conditions table (condition()): weighed in build()
	 * once as_of is known. */
	struct diagnosis {
		const tp_fhir_code *code;
		const json_t *res, *coding; /* the resource, its coding matched */
		int32_t day;		    /* onset, when dated */
		bool dated, recorded;	    /* recorded: day is recordedDate */
		bool active;		    /* clinicalStatus says so, or none */
		const char *status;	    /* clinicalStatus code, or NULL */
		const char *verification;   /* verificationStatus code, or NULL */
	} *dxs;
	size_t ndxs, capdxs;
} imp;

/* One warning to opts->warn and, with its kind, to opts->finding. */
static void emit(imp *m, tpath_fhir_finding kind, const char *where,
		 const char *msg)
{
	if (!m->opts)
		return;
	if (m->opts->warn)
		m->opts->warn(m->opts->ud, where, msg);
	if (m->opts->version >= 3 && m->opts->finding)
		m->opts->finding(m->opts->ud, kind, where, msg);
}

static int warned(const imp *m)
{
	return m->opts && (m->opts->warn || (m->opts->version >= 3 &&
					     m->opts->finding));
}

static void vfindf(imp *m, tpath_fhir_finding kind, const json_t *res,
		   const char *fmt, va_list ap) TP_PRINTF(4, 0);
static void vfindf(imp *m, tpath_fhir_finding kind, const json_t *res,
		   const char *fmt, va_list ap)
{
	char where[300], msg[600];
	if (!warned(m) || m->quiet)
		return;
	snprintf(where, sizeof(where), "%s/%s",
		 json_string_value(json_object_get(res, "resourceType"))
			 ? json_string_value(json_object_get(res, "resourceType"))
			 : "resource",
		 json_string_value(json_object_get(res, "id"))
			 ? json_string_value(json_object_get(res, "id"))
			 : "(no id)");
	vsnprintf(msg, sizeof(msg), fmt, ap);
	tp_utf8_trim(where);
	tp_utf8_trim(msg);
	emit(m, kind, where, msg);
}

/* A warning about resource res, of kind. */
static void findf(imp *m, tpath_fhir_finding kind, const json_t *res,
		  const char *fmt, ...) TP_PRINTF(4, 5);
static void findf(imp *m, tpath_fhir_finding kind, const json_t *res,
		  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfindf(m, kind, res, fmt, ap);
	va_end(ap);
}

static void warnf(imp *m, const json_t *res, const char *fmt, ...)
	TP_PRINTF(3, 4);
static void warnf(imp *m, const json_t *res, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfindf(m, TPATH_FHIR_FINDING_OTHER, res, fmt, ap);
	va_end(ap);
}

/* warnf for a record left out, counted under reason for the summary. */
static void leave_out(imp *m, const json_t *res, int reason, const char *fmt,
		      ...) TP_PRINTF(4, 5);
static void leave_out(imp *m, const json_t *res, int reason, const char *fmt,
		      ...)
{
	va_list ap;
	m->left[reason]++;
	va_start(ap, fmt);
	vfindf(m, TPATH_FHIR_FINDING_LEFT_OUT, res, fmt, ap);
	va_end(ap);
}

_Static_assert(R_NREASONS <= TPATH_FHIR_REASONS_MAX,
	       "TPATH_FHIR_REASONS_MAX holds every reason");

const char *tpath_fhir_reason(size_t i)
{
	return i < R_NREASONS ? reason_text[i] : NULL;
}

/* Fills opts->summary (options version 2) from the import's counts and the
 * document written (NULL when none was). */
static void fill_summary(const imp *m, const json_t *doc)
{
	tpath_fhir_summary *s;
	const json_t *tr = json_object_get(doc, "treatments");
	size_t i;
	if (!m->opts || m->opts->version < 2 || !(s = m->opts->summary))
		return;
	memset(s, 0, sizeof(*s));
	for (i = 0; i < R_NREASONS; i++) {
		s->by_reason[i] = m->left[i];
		s->left_out += m->left[i];
	}
	for (i = 0; i < json_array_size(tr); i++)
		if (json_object_get(json_array_get(tr, i), "drug"))
			s->courses++;
		else
			s->procedures++;
	s->concomitant = json_array_size(json_object_get(doc, "concomitant"));
	s->scores = json_array_size(json_object_get(doc, "measures"));
}

/* One warning ("summary") that counts what was left out, by reason. */
static void summary(imp *m)
{
	char msg[1200];
	size_t len = 0, total = 0, i;
	if (!warned(m))
		return;
	for (i = 0; i < R_NREASONS; i++)
		total += m->left[i];
	if (!total)
		return;
	len = (size_t)snprintf(msg, sizeof(msg), "%zu record%s left out:",
			       total, total == 1 ? "" : "s");
	for (i = 0; i < R_NREASONS && len < sizeof(msg); i++)
		if (m->left[i])
			len += (size_t)snprintf(msg + len, sizeof(msg) - len,
						"%s %zu %s", len > 0 && msg[len - 1] == ':' ? "" : ";",
						m->left[i], reason_text[i]);
	emit(m, TPATH_FHIR_FINDING_SUMMARY, "summary", msg);
}

static void *grow(imp *m, void **arr, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		void *na = realloc(*arr, ncap * size);
		if (!na) {
			m->oom = true;
			return NULL;
		}
		*arr = na;
		*cap = ncap;
	}
	return (char *)*arr + (*n)++ * size;
}

static const char *str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* A FHIR date or dateTime to a day number (the date part only). */
static bool day_of(const char *s, int32_t *out)
{
	int y;
	unsigned mo, d;
	/* YYYY-MM-DD, alone or followed by a time ("T..."), of a year the
	 * importer takes (1900-2199). */
	if (!s || strlen(s) < 10 || (s[10] != '\0' && s[10] != 'T') ||
	    !tp_date_parse(s, 10, &y, &mo, &d) || y < 1900 || y > 2199)
		return false;
	return tp_date_day(s, 10, out);
}

/* Whether needle occurs in hay, ASCII case ignored (hay may be NULL). */
static bool contains_ci(const char *hay, const char *needle)
{
	return hay && tp_strcasestr(hay, needle);
}

static bool word_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9');
}

/* Whether needle occurs in hay (case-insensitively) as whole words: not
 * preceded or followed by a letter or digit.  "ECT" is in "ECT, bilateral"
 * but not in "Injection", "infection", "prone position" (subject) or
 * "polypectomy". */
static bool contains_words_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i, j;
	if (!hay || !n)
		return false;
	for (i = 0; hay[i]; i++) {
		if (i > 0 && word_char(hay[i - 1]))
			continue;
		for (j = 0; j < n && hay[i + j]; j++) {
			char a = hay[i + j], b = needle[j];
			if (a >= 'A' && a <= 'Z')
				a = (char)(a - 'A' + 'a');
			if (b >= 'A' && b <= 'Z')
				b = (char)(b - 'A' + 'a');
			if (a != b)
				break;
		}
		if (j == n && !word_char(hay[i + n]))
			return true;
	}
	return false;
}

/* The entry of table matching a CodeableConcept: by system and code (or
 * code prefix), else by text in code.text or a coding's display: as a
 * substring, or with whole_words only as whole words. */
static const tp_fhir_code *match(const tp_fhir_code *t, size_t n,
				 const json_t *cc, bool whole_words)
{
	bool (*has)(const char *, const char *) =
		whole_words ? contains_words_ci : contains_ci;
	const json_t *codings = json_object_get(cc, "coding");
	size_t i, k;
	for (k = 0; k < json_array_size(codings); k++) {
		const json_t *cd = json_array_get(codings, k);
		const char *sys = str(cd, "system"), *code = str(cd, "code");
		if (!code)
			continue;
		for (i = 0; i < n; i++) {
			if (t[i].system && (!sys || strcmp(t[i].system, sys)))
				continue;
			if (t[i].code && strcmp(t[i].code, code) == 0)
				return &t[i];
			if (t[i].prefix &&
			    strncmp(t[i].prefix, code, strlen(t[i].prefix)) == 0)
				return &t[i];
		}
	}
	for (i = 0; i < n; i++) {
		if (!t[i].text)
			continue;
		if (has(str(cc, "text"), t[i].text))
			return &t[i];
		for (k = 0; k < json_array_size(codings); k++)
			if (has(str(json_array_get(codings, k), "display"),
				t[i].text))
				return &t[i];
	}
	return NULL;
}

/* The canonical "Type/id" of a reference, in *key: a bundle entry's
 * fullUrl ("urn:uuid:...", or an absolute URL) resolves to the entry's
 * resource; an absolute URL not in the input to its trailing "Type/id"; a
 * version ("/_history/N") is dropped.  Anything else is kept as written. */
static void canonical_ref(const imp *m, const char *ref, char *key,
			  size_t size)
{
	const char *known = json_string_value(json_object_get(m->by_url, ref));
	const char *end, *h, *type, *slash;
	if (known) {
		snprintf(key, size, "%s", known);
		return;
	}
	/* Cut a version off, and an absolute URL down to its trailing
	 * "Type/id", on the reference itself so that a long URL is not
	 * truncated before its end is found. */
	end = (h = strstr(ref, "/_history/")) ? h : ref + strlen(ref);
	type = ref;
	if (strstr(ref, "://")) {
		for (slash = end - 1; slash > ref && *slash != '/'; slash--)
			;
		if (slash > ref) {
			for (type = slash - 1; type > ref && type[-1] != '/';
			     type--)
				;
			if (type == slash)
				type = ref;
		}
	}
	snprintf(key, size, "%.*s", (int)(end - type), type);
}

/* Whether a resource is about the patient being imported: its subject (or
 * patient) reference, in any form, resolves to that Patient. */
static bool same_patient(imp *m, const json_t *res)
{
	const char *ref = str(json_object_get(res, "subject"), "reference");
	char key[256];
	if (!ref)
		ref = str(json_object_get(res, "patient"), "reference");
	if (!ref)
		return true; /* nothing says otherwise */
	canonical_ref(m, ref, key, sizeof(key));
	if (!m->subject[0]) {
		snprintf(m->subject, sizeof(m->subject), "%s", key);
		return true;
	}
	if (strcmp(key, m->subject) == 0)
		return true;
	leave_out(m, res, R_PATIENT, "belongs to another patient (%s), left out", ref);
	return false;
}

static bool unusable_status(imp *m, const json_t *res)
{
	static const char *const skip[] = { "entered-in-error", "cancelled",
					    "not-taken",	"declined",
					    "not-done",		"draft" };
	const char *st = str(res, "status");
	size_t i;
	for (i = 0; st && i < TP_ARRAY_LEN(skip); i++)
		if (strcmp(st, skip[i]) == 0) {
			leave_out(m, res, R_STATUS, "status %s, left out", st);
			return true;
		}
	return false;
}

/* The strength in mg of one unit named in a product's text: "N MG" or
 * "NMG" (any case), when the text names exactly one such strength and it is
 * not a concentration ("10 MG/ML"); else -1. */
static double text_strength(const char *text)
{
	double found = -1, v;
	int count = 0;
	const char *p;
	for (p = text; *p; p++) {
		const char *q = p, *e;
		if (!((p[0] == 'M' || p[0] == 'm') && (p[1] == 'G' || p[1] == 'g')) ||
		    word_char(p[2]) || p[2] == '/')
			continue;
		e = p;
		if (e > text && e[-1] == ' ')
			e--;
		q = e;
		while (q > text && ((q[-1] >= '0' && q[-1] <= '9') || q[-1] == '.'))
			q--;
		if (q == e || (q > text && word_char(q[-1])))
			continue;
		if (!tp_parse_decimal(q, (size_t)(e - q), &v) || !(v > 0))
			continue;
		found = v;
		count++;
	}
	return count == 1 ? found : -1;
}

/* The Medication resource a medicationReference points to: a contained
 * resource ("#id") or a resource of the input, by any form of reference;
 * NULL when it is not there. */
static const json_t *referenced_medication(imp *m, const json_t *res,
					   const char *ref)
{
	const json_t *idx, *contained = json_object_get(res, "contained");
	char key[256];
	size_t i;

	if (ref[0] == '#') {
		for (i = 0; i < json_array_size(contained); i++) {
			const json_t *c = json_array_get(contained, i);
			const char *id = str(c, "id");
			if (id && strcmp(id, ref + 1) == 0)
				return c;
		}
		return NULL;
	}
	canonical_ref(m, ref, key, sizeof(key));
	idx = json_object_get(m->by_key, key);
	if (!json_is_integer(idx) || strncmp(key, "Medication/", 11) != 0)
		return NULL;
	return m->entries[json_integer_value(idx)].res;
}

/* The strength in mg of one unit of a Medication with one ingredient whose
 * strength is a ratio of mg to one unit ("100 mg / 1 tablet"); else -1. */
static double ingredient_strength(const json_t *mres)
{
	const json_t *ing = json_object_get(mres, "ingredient");
	const json_t *st = json_object_get(json_array_get(ing, 0), "strength");
	const json_t *num = json_object_get(st, "numerator");
	const json_t *den = json_object_get(st, "denominator");
	const char *unit = str(num, "unit") ? str(num, "unit")
					    : str(num, "code");
	double v = json_number_value(json_object_get(num, "value"));
	if (json_array_size(ing) != 1 || !unit ||
	    (strcmp(unit, "mg") && strcmp(unit, "MG")) || !(v > 0) ||
	    (json_object_get(den, "value") &&
	     json_number_value(json_object_get(den, "value")) != 1))
		return -1;
	return v;
}

/* The words of text (split at spaces, commas and slashes; a trailing
 * period dropped, so "St." is "St"), at most TEXT_WORDS of them; a word of
 * 64 characters or more is skipped whole. */
#define TEXT_WORDS 32
static size_t text_words(const char *text, char words[][64])
{
	size_t nw = 0;
	const char *p = text;
	while (*p && nw < TEXT_WORDS) {
		size_t n = 0;
		while (*p && (*p == ' ' || *p == ',' || *p == '/'))
			p++;
		while (p[n] && p[n] != ' ' && p[n] != ',' && p[n] != '/')
			n++;
		if (n && n < 64) {
			if (p[n - 1] == '.')
				n--;
			snprintf(words[nw], 64, "%.*s", (int)n, p);
			if (n)
				nw++;
		}
		p += n;
		if (*p == '.')
			p++;
	}
	return nw;
}

/* The drug named by words of text: the first catalog name or alias of one
 * to three words ("sertraline", "methylene blue", "St John's wort"), or a
 * combination the catalog lists under two drugs the text names, in either
 * order ("dextromethorphan ... / bupropion ..." and "bupropion ... /
 * dextromethorphan ..." are dextromethorphan-bupropion). */
static const tp_drug *text_drug(imp *m, const char *text)
{
	char words[TEXT_WORDS][64], name[200];
	const tp_drug *found[2] = { NULL, NULL }, *d;
	size_t nw = text_words(text, words), i, len, nfound = 0;
	int span;

	for (i = 0; i < nw && nfound < 2; i++) {
		for (span = 3; span >= 1; span--) {
			int k;
			if (i + (size_t)span > nw)
				continue;
			for (k = 0, len = 0; k < span; k++)
				len += (size_t)snprintf(name + len,
							sizeof(name) - len,
							"%s%s", k ? " " : "",
							words[i + (size_t)k]);
			if ((d = tp_catalog_find(&m->kb->catalog, name)))
				break;
		}
		if (span < 1 || (nfound && d == found[0]))
			continue;
		found[nfound++] = d;
		i += (size_t)span - 1;
	}
	if (nfound == 2) {
		snprintf(name, sizeof(name), "%s-%s", found[0]->name,
			 found[1]->name);
		if ((d = tp_catalog_find(&m->kb->catalog, name)))
			return d;
		snprintf(name, sizeof(name), "%s-%s", found[1]->name,
			 found[0]->name);
		if ((d = tp_catalog_find(&m->kb->catalog, name)))
			return d;
	}
	return found[0];
}

/* The drug of a medication record (its medicationCodeableConcept, or the
 * code of the Medication its medicationReference points to), and the
 * strength of one unit when the code, the text or the Medication says it. */
static const tp_drug *medication(imp *m, const json_t *res, double *strength)
{
	const json_t *cc = json_object_get(res, "medicationCodeableConcept");
	const json_t *mref = json_object_get(res, "medicationReference");
	const json_t *mres = NULL, *codings;
	const tp_drug *d;
	const char *text;
	size_t k, i;

	*strength = -1;
	if (!cc && mref) {
		const char *ref = str(mref, "reference");
		if (ref && !(mres = referenced_medication(m, res, ref)) &&
		    !str(mref, "display")) {
			leave_out(m, res, R_MEDICATION_REF,
				  "medicationReference %s is not in the input, "
				  "left out",
				  ref);
			return NULL;
		}
		cc = json_object_get(mres, "code");
	}
	codings = json_object_get(cc, "coding");
	for (k = 0; k < json_array_size(codings); k++) {
		const json_t *cd = json_array_get(codings, k);
		const char *code = str(cd, "code");
		for (i = 0; code && i < m->map->nrxnorm; i++)
			if (strcmp(m->map->rxnorm[i].code, code) == 0) {
				*strength = m->map->rxnorm[i].mg;
				return m->map->rxnorm[i].drug;
			}
	}
	/* Fall back on the text, and "N MG" or "NMG" in it for the strength
	 * ("sertraline 50 MG Oral Tablet", "Sertraline 100MG"). */
	text = str(cc, "text");
	for (k = 0; !text && k < json_array_size(codings); k++)
		text = str(json_array_get(codings, k), "display");
	if (!text && mref)
		text = str(mref, "display");
	if (text) {
		if ((d = text_drug(m, text))) {
			*strength = text_strength(text);
			if (*strength < 0 && mres)
				*strength = ingredient_strength(mres);
			return d;
		}
		leave_out(m, res, R_DRUG,
			  "medication \"%s\" is not in the drug catalog, left "
			  "out",
			  text);
		return NULL;
	}
	leave_out(m, res, R_DRUG,
		  "medication has no code or text that tpath knows, left out");
	return NULL;
}

static const tp_fhir_code *diagnosis_code(const imp *m, const json_t *cc,
					  const json_t **coding);

/* How a record of drug d is written. */
enum { USE_COURSE, USE_CONCOMITANT, USE_LISTED, USE_LISTED_FOR_DEPRESSION };

/* Whether a CodeableConcept is a depressive diagnosis of the conditions
 * table. */
static bool depression_code(const imp *m, const json_t *cc)
{
	const json_t *coding;
	const tp_fhir_code *dx = diagnosis_code(m, cc, &coding);
	return dx && (dx->diagnosis == DX_DEPRESSION ||
		      dx->diagnosis == DX_DYSTHYMIA);
}

/* How a record of drug d is written: a drug of kind interacting always
 * under concomitant; a drug of the fhir/1 concomitant list as a course
 * when a reason of the record (reasonCode, or reasonReference to a
 * Condition of the input) is a depressive diagnosis, else as the drug's
 * other records decide (build()); any other drug as a course. */
static int drug_use(imp *m, const json_t *res, const tp_drug *d)
{
	const json_t *reasons = json_object_get(res, "reasonCode");
	const json_t *refs = json_object_get(res, "reasonReference");
	size_t i;
	if (d->kind == TP_KIND_INTERACTING)
		return USE_CONCOMITANT;
	for (i = 0; i < m->map->nconcomitant; i++)
		if (m->map->concomitant[i] == d)
			break;
	if (i == m->map->nconcomitant)
		return USE_COURSE;
	for (i = 0; i < json_array_size(reasons); i++)
		if (depression_code(m, json_array_get(reasons, i)))
			return USE_LISTED_FOR_DEPRESSION;
	for (i = 0; i < json_array_size(refs); i++) {
		const char *ref = str(json_array_get(refs, i), "reference");
		const json_t *idx;
		char key[256];
		if (!ref)
			continue;
		canonical_ref(m, ref, key, sizeof(key));
		idx = json_object_get(m->by_key, key);
		if (json_is_integer(idx) && strncmp(key, "Condition/", 10) == 0 &&
		    depression_code(
			    m, json_object_get(
				       m->entries[json_integer_value(idx)].res,
				       "code")))
			return USE_LISTED_FOR_DEPRESSION;
	}
	return USE_LISTED;
}

/* mg per day from a Dosage: doseQuantity (mg, or units times the
 * strength) times the frequency per day. */
static bool dose_per_day(imp *m, const json_t *res, const json_t *dosage,
			 double strength, double *mg)
{
	const json_t *dq = json_object_get(
		json_array_get(json_object_get(dosage, "doseAndRate"), 0),
		"doseQuantity");
	const json_t *rep = json_object_get(json_object_get(dosage, "timing"),
					    "repeat");
	const char *unit = str(dq, "unit") ? str(dq, "unit") : str(dq, "code");
	double value, per_day = 1;

	if (!json_is_number(json_object_get(dq, "value"))) {
		warnf(m, res, "dosage without a dose quantity: a course without "
			      "doses");
		return false;
	}
	value = json_number_value(json_object_get(dq, "value"));
	if (unit && (strcmp(unit, "mg") == 0 || strcmp(unit, "MG") == 0)) {
		*mg = value;
	} else if (strength > 0 &&
		   (!unit || contains_ci(unit, "tab") || contains_ci(unit, "cap") ||
		    strcmp(unit, "1") == 0 || strcmp(unit, "{tbl}") == 0)) {
		/* Unitless ({value: 1}, as Synthea writes it) or in tablets:
		 * units of the product's strength. */
		*mg = value * strength;
	} else {
		warnf(m, res,
		      "dose %g %s cannot be read as mg: a course without doses",
		      value, unit ? unit : "without a unit");
		return false;
	}
	if (rep) {
		double freq = json_is_number(json_object_get(rep, "frequency"))
				      ? json_number_value(
						json_object_get(rep, "frequency"))
				      : 1;
		double period = json_is_number(json_object_get(rep, "period"))
					? json_number_value(
						  json_object_get(rep, "period"))
					: 1;
		const char *pu = str(rep, "periodUnit");
		double days = period;
		if (pu && strcmp(pu, "h") == 0)
			days = period / 24;
		else if (pu && strcmp(pu, "wk") == 0)
			days = period * 7;
		else if (pu && strcmp(pu, "d") != 0) {
			warnf(m, res,
			      "timing period unit %s not read: a course without "
			      "doses",
			      pu);
			return false;
		}
		if (days <= 0) {
			warnf(m, res, "timing period %g: a course without doses",
			      period);
			return false;
		}
		per_day = freq / days;
	}
	*mg *= per_day;
	/* 100000 mg/day: not a clinical bound, the largest dose a history
	 * writes without an exponent (the history format has none). */
	if (!(*mg > 0) || !isfinite(*mg) || *mg > 100000) {
		warnf(m, res,
		      "dose of %g mg/day cannot be a daily dose: a course "
		      "without doses",
		      *mg);
		return false;
	}
	return true;
}

/* Adds a medication record; mg < 0 when its dose is unknown. */
static med *add_med(imp *m, const json_t *res, const tp_drug *d,
		    int32_t start, int32_t end, bool open, double mg)
{
	med *x = grow(m, (void **)&m->meds, &m->nmeds, &m->capmeds,
		      sizeof(med));
	if (!x)
		return NULL;
	memset(x, 0, sizeof(*x));
	x->res = res;
	x->seq = m->nmeds - 1;
	x->drug = d;
	x->start = start;
	x->end = end;
	x->open = open;
	x->has_mg = mg >= 0;
	/* Doses to one decimal of a mg, as a history writes them. */
	x->mg = x->has_mg ? round(mg * 1000) / 1000 : 0;
	return x;
}

/* The expected supply of an order in days (1 to 3650), or 0. */
static int32_t expected_supply(const json_t *res)
{
	const json_t *v = json_object_get(
		json_object_get(json_object_get(res, "dispenseRequest"),
				"expectedSupplyDuration"),
		"value");
	double d = json_number_value(v);
	return json_is_number(v) && d >= 1 && d <= 3650 ? (int32_t)d : 0;
}

static void med_request(imp *m, const json_t *res, bool statement)
{
	double strength, mg = -1;
	const tp_drug *d;
	const json_t *dosage, *bounds;
	int32_t start, end = 0, supply;
	bool open = false, has_end = false, conc;
	int use;
	const char *st = str(res, "status");
	med *x;

	if (!same_patient(m, res) || unusable_status(m, res))
		return;
	if (json_is_true(json_object_get(res, "doNotPerform"))) {
		leave_out(m, res, R_DO_NOT, "doNotPerform: an order not to give it, left out");
		return;
	}
	if (!(d = medication(m, res, &strength)))
		return;
	use = drug_use(m, res, d);
	conc = use == USE_CONCOMITANT;
	dosage = json_array_get(
		json_object_get(res, statement ? "dosage" : "dosageInstruction"),
		0);
	/* timing.repeat.boundsPeriod: the days the dosage is for. */
	bounds = json_object_get(
		json_object_get(json_object_get(dosage, "timing"), "repeat"),
		"boundsPeriod");
	/* Concomitant medicines have no doses; a listed drug's dose is read
	 * quietly, as the record may yet be written under concomitant. */
	m->quiet = use == USE_LISTED;
	if (conc)
		;
	else if (!dosage)
		warnf(m, res, "no dosage: a course without doses");
	else if (!dose_per_day(m, res, dosage, strength, &mg))
		mg = -1;
	m->quiet = false;
	if (statement) {
		const json_t *per = json_object_get(res, "effectivePeriod");
		if (!day_of(per ? str(per, "start")
				: str(res, "effectiveDateTime"),
			    &start) &&
		    !day_of(str(bounds, "start"), &start)) {
			leave_out(m, res, R_DATE, "no usable effective date, left out");
			return;
		}
		if (per && day_of(str(per, "end"), &end))
			has_end = true;
		else if (day_of(str(bounds, "end"), &end))
			has_end = true;
	} else {
		const json_t *disp = json_object_get(res, "dispenseRequest");
		/* The dosage's bounds, when they say when it starts, say it
		 * better than the day the order was written. */
		if (!day_of(str(bounds, "start"), &start) &&
		    !day_of(str(res, "authoredOn"), &start)) {
			leave_out(m, res, R_DATE, "no usable authoredOn date, left out");
			return;
		}
		if (day_of(str(bounds, "end"), &end))
			has_end = true;
		else if (day_of(str(json_object_get(disp, "validityPeriod"),
				    "end"),
				&end))
			has_end = true;
		else if ((supply = expected_supply(res))) {
			end = start + supply - 1;
			has_end = true;
		}
	}
	if (has_end && end < start) {
		leave_out(m, res, R_DATE, "ends before it starts, left out");
		return;
	}
	/* Active without an end: still taken.  Otherwise without an end the
	 * end is unknown, and build() takes the last day the data supports. */
	if (!has_end && st && strcmp(st, "active") == 0)
		open = true;
	if (!(x = add_med(m, res, d, start, has_end ? end : start, open, mg)))
		return;
	x->concomitant = conc;
	x->listed = use >= USE_LISTED;
	x->for_depression = use == USE_LISTED_FOR_DEPRESSION;
	if (!has_end && !open)
		x->end_unknown = true;
}

static void med_dispense(imp *m, const json_t *res)
{
	double strength, mg = -1;
	const tp_drug *d;
	int32_t start;
	const json_t *ds = json_object_get(res, "daysSupply");
	const json_t *qty = json_object_get(res, "quantity");
	double days;
	bool conc;
	int use;
	med *x;

	if (!same_patient(m, res) || unusable_status(m, res) ||
	    !(d = medication(m, res, &strength)))
		return;
	/* R4's MedicationDispense has no reason: a listed drug's fill
	 * follows the drug's orders (build()). */
	use = drug_use(m, res, d);
	conc = use == USE_CONCOMITANT;
	if (!day_of(str(res, "whenHandedOver"), &start)) {
		leave_out(m, res, R_DATE, "no usable whenHandedOver date, left out");
		return;
	}
	if (!json_is_number(json_object_get(ds, "value")) ||
	    (days = json_number_value(json_object_get(ds, "value"))) < 1 ||
	    days > 366 || floor(days) != days) {
		leave_out(m, res, R_SUPPLY, "no days supply of 1 to 366 whole days, left out");
		return;
	}
	m->quiet = use == USE_LISTED;
	if (conc) {
		/* concomitant medicines have no doses */
	} else if (json_object_get(res, "dosageInstruction")) {
		if (!dose_per_day(m, res,
				  json_array_get(json_object_get(
							 res, "dosageInstruction"),
						 0),
				  strength, &mg))
			mg = -1;
	} else if (strength > 0 &&
		   json_is_number(json_object_get(qty, "value"))) {
		mg = json_number_value(json_object_get(qty, "value")) *
		     strength / days;
		if (!(mg > 0) || !isfinite(mg) || mg > 100000) {
			warnf(m, res,
			      "dose of %g mg/day cannot be a daily dose: a fill "
			      "without a dose",
			      mg);
			mg = -1;
		}
	} else {
		warnf(m, res,
		      "no dosage, and no quantity of a known strength: a "
		      "fill without a dose");
	}
	m->quiet = false;
	if ((x = add_med(m, res, d, start, start + (int32_t)days - 1, false,
			 mg))) {
		x->fill_days = (int32_t)days;
		x->concomitant = conc;
		x->listed = use >= USE_LISTED;
		x->for_depression = use == USE_LISTED_FOR_DEPRESSION;
	}
}

/* The score in value[x] of an Observation or a component: valueInteger,
 * a whole valueQuantity.value, or a valueString of digits. */
static bool value_of(const json_t *o, long *score)
{
	const json_t *v;
	if ((v = json_object_get(o, "valueInteger")) && json_is_integer(v))
		*score = (long)json_integer_value(v);
	else if ((v = json_object_get(json_object_get(o, "valueQuantity"),
				      "value")) &&
		 json_is_number(v) &&
		 floor(json_number_value(v)) == json_number_value(v) &&
		 fabs(json_number_value(v)) < 1e6)
		*score = (long)json_number_value(v);
	else if ((v = json_object_get(o, "valueString")) &&
		 json_is_string(v) && *json_string_value(v) &&
		 strspn(json_string_value(v), "0123456789") ==
			 strlen(json_string_value(v)) &&
		 strlen(json_string_value(v)) < 6)
		*score = atol(json_string_value(v));
	else
		return false;
	return true;
}

/* Whether an Observation carries a value[x] of a kind a score comes in. */
static bool has_value(const json_t *o)
{
	return json_object_get(o, "valueInteger") ||
	       json_object_get(o, "valueQuantity") ||
	       json_object_get(o, "valueString");
}

/* The component of a panel coded code (any system), or NULL. */
static const json_t *total_component(const json_t *res, const char *code)
{
	const json_t *comps = json_object_get(res, "component");
	size_t i, k;
	for (i = 0; i < json_array_size(comps); i++) {
		const json_t *cp = json_array_get(comps, i);
		const json_t *codings =
			json_object_get(json_object_get(cp, "code"), "coding");
		for (k = 0; k < json_array_size(codings); k++) {
			const char *cd = str(json_array_get(codings, k),
					     "code");
			if (cd && strcmp(cd, code) == 0)
				return cp;
		}
	}
	return NULL;
}

static void observation(imp *m, const json_t *res)
{
	const tp_fhir_code *c;
	const json_t *per = json_object_get(res, "effectivePeriod");
	const char *date = str(res, "effectiveDateTime");
	measure *x;
	int32_t day;
	long score;
	const json_t *comp, *val = res;

	const char *st = str(res, "status");

	if (!same_patient(m, res))
		return;
	if (!(c = match(m->map->scales, m->map->nscales,
			json_object_get(res, "code"), false)))
		return; /* not a scale tpath reads: silently not used */
	/* Only a result that is final (or amended, corrected) is a score;
	 * preliminary, unknown, cancelled, entered-in-error are not. */
	if (!st || (strcmp(st, "final") && strcmp(st, "amended") &&
		    strcmp(st, "corrected"))) {
		leave_out(m, res, R_NOT_FINAL,
			  "%s result with status %s, not final, amended or "
			  "corrected: not a score, left out",
			  c->scale->id, st ? st : "missing");
		return;
	}
	if (c->provisional)
		warnf(m, res, "scale %s recognised by its text (%s)",
		      c->scale->id, c->reason);
	if (c->note) {
		size_t i;
		for (i = 0; i < m->nnoted && strcmp(m->noted[i]->note, c->note);
		     i++)
			;
		if (i == m->nnoted && m->nnoted < TP_ARRAY_LEN(m->noted)) {
			m->noted[m->nnoted++] = c;
			warnf(m, res, "%s", c->note);
		}
	}
	if (!date && per)
		date = str(per, "start");
	if (!date)
		date = str(res, "issued");
	if (!day_of(date, &day)) {
		leave_out(m, res, R_DATE, "no usable date, left out");
		return;
	}
	/* A panel (PHQ-9 44249-1) holds its total as a component coded
	 * c->total, or as its own value. */
	if (c->total && (comp = total_component(res, c->total)))
		val = comp;
	if (!value_of(val, &score)) {
		if (c->total && !has_value(res))
			leave_out(m, res, R_SCORE,
				  "%s panel without a total (no component %s "
				  "and no value of its own), left out",
				  c->scale->id, c->total);
		else
			leave_out(m, res, R_SCORE,
				  "no whole-number value, left out");
		return;
	}
	if (score < c->scale->min || score > c->scale->max) {
		leave_out(m, res, R_SCORE, "%s score %ld is out of range (%ld-%ld), left out",
		      c->scale->id, score, c->scale->min, c->scale->max);
		return;
	}
	if (!(x = grow(m, (void **)&m->measures, &m->nmeasures,
		       &m->capmeasures, sizeof(measure))))
		return;
	x->day = day;
	x->scale = c->scale;
	x->score = score;
}

static const tp_fhir_code *diagnosis_code(const imp *m, const json_t *cc,
					  const json_t **coding);
static const char *status_code(const json_t *res, const char *key);

/* A Condition of the conditions table: kept with its onset and statuses;
 * build() weighs it once as_of is known (episode_of_diagnoses).  Refuted
 * or entered-in-error diagnoses are left out. */
static void condition(imp *m, const json_t *res)
{
	static const char *const active[] = { "active", "recurrence",
					      "relapse" };
	const json_t *per = json_object_get(res, "onsetPeriod"), *coding;
	const char *ver;
	const tp_fhir_code *c;
	struct diagnosis *x;
	bool dated = true, recorded = false;
	int32_t day = 0;
	size_t i;

	if (!same_patient(m, res) ||
	    !(c = diagnosis_code(m, json_object_get(res, "code"), &coding)))
		return;
	ver = status_code(res, "verificationStatus");
	if (ver && (strcmp(ver, "refuted") == 0 ||
		    strcmp(ver, "entered-in-error") == 0)) {
		leave_out(m, res, R_REFUTED,
			  "%s diagnosis %s with verificationStatus %s, left out",
			  tp_diagnosis_words[c->diagnosis], str(coding, "code"),
			  ver);
		return;
	}
	/* The onset: onsetDateTime, onsetPeriod.start, else recordedDate. */
	if (!day_of(str(res, "onsetDateTime"), &day) &&
	    !day_of(str(per, "start"), &day)) {
		recorded = true;
		dated = day_of(str(res, "recordedDate"), &day);
	}
	if (!dated &&
	    (c->diagnosis == DX_DEPRESSION || c->diagnosis == DX_DYSTHYMIA)) {
		leave_out(m, res, R_DATE,
			  "depression without a usable onset date, left out");
		return;
	}
	if (!(x = grow(m, (void **)&m->dxs, &m->ndxs, &m->capdxs,
		       sizeof(*x))))
		return;
	memset(x, 0, sizeof(*x));
	x->code = c;
	x->res = res;
	x->coding = coding;
	x->verification = ver;
	x->dated = dated;
	x->recorded = recorded && dated;
	x->day = day;
	x->status = status_code(res, "clinicalStatus");
	x->active = !x->status;
	for (i = 0; x->status && i < TP_ARRAY_LEN(active); i++)
		if (strcmp(x->status, active[i]) == 0)
			x->active = true;
	/* A clinicalStatus that is none of FHIR's six is taken as absent. */
	if (x->status && !x->active && strcmp(x->status, "inactive") &&
	    strcmp(x->status, "remission") && strcmp(x->status, "resolved"))
		x->active = true;
}

/* Whether code, as written in the data, is want (or, with prefix, starts
 * with it): without dots and in any case, so that ICD-10-CM's "F32.1",
 * "F321" and "f32.1" are one code. */
static bool same_code(const char *code, const char *want, bool prefix)
{
	for (;; code++, want++) {
		char a, b;
		while (*code == '.')
			code++;
		while (*want == '.')
			want++;
		if (!*want)
			return prefix || !*code;
		a = *code >= 'a' && *code <= 'z' ? (char)(*code - 'a' + 'A')
						 : *code;
		b = *want >= 'a' && *want <= 'z' ? (char)(*want - 'a' + 'A')
						 : *want;
		if (a != b)
			return false;
	}
}

/* The entry of the conditions table for a CodeableConcept, and the coding
 * it matched: the most specific, an exact code before any prefix and a
 * longer prefix before a shorter one (F32.3 before F32), over all codings;
 * on a tie the earlier coding and entry. */
static const tp_fhir_code *diagnosis_code(const imp *m, const json_t *cc,
					  const json_t **coding)
{
	const json_t *codings = json_object_get(cc, "coding");
	const tp_fhir_code *best = NULL;
	size_t best_rank = 0, i, k;

	*coding = NULL;
	for (k = 0; k < json_array_size(codings); k++) {
		const json_t *cd = json_array_get(codings, k);
		const char *sys = str(cd, "system"), *code = str(cd, "code");
		for (i = 0; code && i < m->map->nconditions; i++) {
			const tp_fhir_code *t = &m->map->conditions[i];
			size_t rank = 0;
			const char *p;
			if (t->system && (!sys || strcmp(t->system, sys)))
				continue;
			if (t->code && same_code(code, t->code, false))
				rank = SIZE_MAX;
			else if (t->prefix && same_code(code, t->prefix, true))
				for (p = t->prefix, rank = 1; *p; p++)
					rank += *p != '.';
			if (rank > best_rank) {
				best = t;
				best_rank = rank;
				*coding = cd;
			}
		}
	}
	return best;
}

/* The code of a status CodeableConcept (clinicalStatus,
 * verificationStatus): its first coding's. */
static const char *status_code(const json_t *res, const char *key)
{
	return str(json_array_get(json_object_get(json_object_get(res, key),
						  "coding"),
				  0),
		   "code");
}

/* "SNOMED CT 15193003 \"display\"": a diagnosis for a warning, with the
 * display of the data, else the one recorded in the conditions table. */
static void diagnosis_name(const struct diagnosis *x, char *buf, size_t n)
{
	const char *sys = str(x->coding, "system");
	const char *display = str(x->coding, "display");
	if (!display)
		display = x->code->display;
	snprintf(buf, n, "%s %s%s%s%s",
		 !sys ? "code"
		 : strcmp(sys, "http://snomed.info/sct") == 0 ? "SNOMED CT"
		 : strcmp(sys, "http://hl7.org/fhir/sid/icd-10-cm") == 0
			 ? "ICD-10-CM"
			 : sys,
		 str(x->coding, "code"), display ? " \"" : "",
		 display ? display : "", display ? "\"" : "");
}

/* The episode from the diagnoses on or before as_of (those after it are
 * left out): it starts at the onset of the latest active depressive
 * diagnosis (on one day, the most severe code), and has that code's
 * severity (*severity, a tp_severity_words index, or -1).  Without one it
 * starts at first, the first treatment or score, with a no-diagnosis
 * warning.  A bipolar diagnosis, of any status, sets *bipolar; an exclusion
 * diagnosis is a warning. */
static int32_t episode_of_diagnoses(imp *m, int32_t as_of, int32_t first,
				    int *severity, bool *bipolar)
{
	static const char *const excluded[DX_NKINDS] = {
		[DX_PSYCHOTIC] = "schizophrenia or a psychotic disorder",
		[DX_PERSONALITY] = "an emotionally labile personality disorder",
		[DX_DEVELOPMENTAL] = "a pervasive developmental disorder",
	};
	const struct diagnosis *best = NULL;
	size_t i, depressive = 0;
	char name[400];

	*severity = -1;
	*bipolar = false;
	for (i = 0; i < m->ndxs; i++) {
		const struct diagnosis *x = &m->dxs[i];
		int kind = x->code->diagnosis;
		if (x->dated && x->day > as_of) {
			m->left[R_AFTER]++;
			continue;
		}
		diagnosis_name(x, name, sizeof(name));
		if (x->verification && strcmp(x->verification, "confirmed"))
			warnf(m, x->res,
			      "%s: verificationStatus %s, used as a diagnosis",
			      name, x->verification);
		if (kind == DX_BIPOLAR) {
			*bipolar = true;
			warnf(m, x->res,
			      "bipolar disorder, %s: the patient flag "
			      "bipolar-history%s",
			      name,
			      x->dated ? "" : " (no usable date: taken as on "
					      "or before as_of)");
			continue;
		}
		if (excluded[kind]) {
			findf(m, TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS, x->res,
			      "outside the guidelines' scope: %s is %s, which "
			      "the depression measures exclude (CMS159); the "
			      "guidelines' advice is for major depression "
			      "without it, and nothing is left out%s",
			      name, excluded[kind],
			      x->dated ? "" : " (no usable date)");
			continue;
		}
		depressive++;
		if (x->code->remission) {
			warnf(m, x->res,
			      "%s is a code of an episode in remission: not "
			      "an active episode",
			      name);
			continue;
		}
		if (!x->active) {
			warnf(m, x->res,
			      "%s has clinicalStatus %s: not an active episode",
			      name, x->status);
			continue;
		}
		if (!x->status)
			warnf(m, x->res, "%s has no clinicalStatus: taken as "
					 "active", name);
		else if (strcmp(x->status, "active") &&
			 strcmp(x->status, "recurrence") &&
			 strcmp(x->status, "relapse"))
			warnf(m, x->res,
			      "%s has clinicalStatus %s, not a FHIR one: taken "
			      "as active",
			      name, x->status);
		if (!best || x->day > best->day ||
		    (x->day == best->day &&
		     x->code->severity > best->code->severity))
			best = x;
	}
	if (!best) {
		if (warned(m)) {
			char msg[300];
			snprintf(msg, sizeof(msg),
				 "no-diagnosis: no %sdepression diagnosis on or "
				 "before as_of%s: the episode starts at the "
				 "first treatment or score",
				 depressive ? "active " : "",
				 depressive ? " (only remitted or inactive "
					      "ones)"
					    : "");
			emit(m, TPATH_FHIR_FINDING_NO_DIAGNOSIS, "Condition",
			     msg);
		}
		return first;
	}
	diagnosis_name(best, name, sizeof(name));
	if (best->recorded)
		warnf(m, best->res,
		      "%s has no onsetDateTime or onsetPeriod.start: the "
		      "episode starts at its recordedDate",
		      name);
	if (best->code->diagnosis == DX_DYSTHYMIA)
		warnf(m, best->res,
		      "persistent depressive disorder (dysthymia), %s, starts "
		      "the episode, as CMS159 counts it with major depression; "
		      "the guidelines' advice is written for major depressive "
		      "episodes",
		      name);
	*severity = best->code->severity;
	if (*severity >= 0 && best->code->provisional)
		warnf(m, best->res, "severity %s from %s (%s)",
		      tp_severity_words[*severity], name, best->code->reason);
	return best->day;
}

static void procedure(imp *m, const json_t *res)
{
	const tp_fhir_code *c;
	const json_t *per = json_object_get(res, "performedPeriod");
	int32_t start, end;
	bool open = false;
	proc *x;

	if (!same_patient(m, res) || unusable_status(m, res))
		return;
	if (!(c = match(m->map->procedures, m->map->nprocedures,
			json_object_get(res, "code"), true)))
		return;
	if (c->provisional)
		warnf(m, res, "%s recognised by the words \"%s\" in its text (%s)",
		      tp_interventions[c->intervention], c->text, c->reason);
	if (per ? !day_of(str(per, "start"), &start)
		: !day_of(str(res, "performedDateTime"), &start)) {
		leave_out(m, res, R_DATE, "no usable performed date, left out");
		return;
	}
	end = start;
	if (per && !day_of(str(per, "end"), &end))
		open = true;
	if (!(x = grow(m, (void **)&m->procs, &m->nprocs, &m->capprocs,
		       sizeof(proc))))
		return;
	x->intervention = c->intervention;
	x->kind = c->kind;
	x->start = start;
	x->end = end;
	x->open = open;
}

static void patient(imp *m, const json_t *res)
{
	char ref[256];
	const char *g = str(res, "gender");
	snprintf(ref, sizeof(ref), "Patient/%s", str(res, "id") ? str(res, "id")
							       : "");
	if (m->subject[0] && strcmp(m->subject, ref) != 0) {
		leave_out(m, res, R_PATIENT, "another patient (%s), left out", ref);
		return;
	}
	snprintf(m->subject, sizeof(m->subject), "%s", ref);
	if (day_of(str(res, "birthDate"), &m->birth))
		m->has_birth = true;
	if (g)
		m->sex = strcmp(g, "female") == 0   ? "female"
			 : strcmp(g, "male") == 0  ? "male"
			 : strcmp(g, "other") == 0 ? "other"
						   : "unknown";
}

static void resource(imp *m, const json_t *res)
{
	const char *type = str(res, "resourceType");
	if (!type)
		return;
	if (strcmp(type, "MedicationRequest") == 0) {
		med_request(m, res, false);
	} else if (strcmp(type, "MedicationStatement") == 0) {
		med_request(m, res, true);
	} else if (strcmp(type, "MedicationDispense") == 0) {
		med_dispense(m, res);
	} else if (strcmp(type, "Observation") == 0) {
		observation(m, res);
	} else if (strcmp(type, "Condition") == 0) {
		condition(m, res);
	} else if (strcmp(type, "Procedure") == 0) {
		procedure(m, res);
	}
}

/* Adds res (and, for a Bundle, every entry's resource, with its fullUrl)
 * to the resources to read.  A resource met before (same type and id: a
 * folder may hold a bundle and the same resources as files) is read once;
 * its fullUrl still resolves to it.  Returns false when out of memory. */
static bool collect(imp *m, const json_t *res, const char *full_url)
{
	const char *type = str(res, "resourceType"), *id = str(res, "id");
	char key[300];
	entry *x;

	if (!type)
		return true;
	if (strcmp(type, "Bundle") == 0) {
		const json_t *entries = json_object_get(res, "entry");
		size_t i;
		for (i = 0; i < json_array_size(entries); i++) {
			const json_t *e = json_array_get(entries, i);
			if (!collect(m, json_object_get(e, "resource"),
				     str(e, "fullUrl")))
				return false;
		}
		return true;
	}
	/* A FHIR id has at most 64 characters; a longer one is no id to
	 * resolve or deduplicate by (and is not cut inside a character). */
	if (id && strlen(type) + strlen(id) + 2 > sizeof(key)) {
		warnf(m, res,
		      "an id of %zu characters (FHIR allows 64): not used to "
		      "resolve references or find duplicates",
		      strlen(id));
		id = NULL;
	}
	if (id) {
		size_t tl = strlen(type), il = strlen(id);
		memcpy(key, type, tl);
		key[tl] = '/';
		memcpy(key + tl + 1, id, il + 1);
		if (full_url &&
		    json_object_set_new(m->by_url, full_url, json_string(key)) <
			    0)
			return false;
		if (json_object_get(m->by_key, key)) {
			m->left[R_DUPLICATE]++;
			return true;
		}
		if (json_object_set_new(m->by_key, key,
					json_integer((json_int_t)m->nentries)) <
		    0)
			return false;
	}
	if (!(x = grow(m, (void **)&m->entries, &m->nentries, &m->capentries,
		       sizeof(entry))))
		return false;
	x->res = res;
	return true;
}

/* Whether json_loadb failed for want of memory: jansson says so, or (when
 * its first allocation fails) returns before writing any message. */
static bool json_oom(const json_error_t *je)
{
	return json_error_code(je) == json_error_out_of_memory ||
	       je->text[0] == '\0';
}

static int parse_inputs(json_t *all, const tpath_buffer *in, size_t n,
			tpath_error *err)
{
	size_t i;
	for (i = 0; i < n; i++) {
		json_error_t je;
		json_t *v;
		/* jansson may fail (out of memory) before filling je. */
		memset(&je, 0, sizeof(je));
		v = json_loadb(in[i].data, in[i].len, 0, &je);
		const char *name = in[i].name ? in[i].name : "<buffer>";
		if (v) {
			if (json_array_append_new(all, v) < 0)
				return tp_error_oom(err, name);
			continue;
		}
		if (json_oom(&je))
			return tp_error_oom(err, name);
		if (strstr(je.text, "end of file expected")) {
			/* NDJSON: one resource a line. */
			const char *p = in[i].data, *end = p + in[i].len;
			unsigned line = 1;
			while (p < end) {
				const char *nl = memchr(p, '\n', (size_t)(end - p));
				size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
				size_t k;
				for (k = 0; k < len && (p[k] == ' ' || p[k] == '\r' ||
							p[k] == '\t');
				     k++)
					;
				if (k < len) {
					memset(&je, 0, sizeof(je));
					v = json_loadb(p, len, 0, &je);
					if (!v && json_oom(&je))
						return tp_error_oom(err, name);
					if (!v)
						return tp_error_set(
							err, TPATH_EINVALID,
							name, line,
							(unsigned)je.column,
							"malformed JSON: %s",
							je.text);
					if (json_array_append_new(all, v) < 0)
						return tp_error_oom(err, name);
				}
				line++;
				p = nl ? nl + 1 : end;
			}
			continue;
		}
		return tp_error_set(err, TPATH_EINVALID, name,
				    je.line > 0 ? (unsigned)je.line : 0,
				    je.column > 0 ? (unsigned)je.column : 0,
				    "malformed JSON: %s", je.text);
	}
	return 0;
}

/* Records of one drug, both courses or both concomitant, sorted together
 * by start. */
static int cmp_med(const void *a, const void *b)
{
	const med *x = a, *y = b;
	if (x->concomitant != y->concomitant)
		return x->concomitant - y->concomitant;
	if (x->drug != y->drug)
		return strcmp(x->drug->name, y->drug->name);
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* qsort is not stable: on one day, input order ("the later entry
	 * wins" for a dose). */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A drug of the fhir/1 concomitant list is a course when any of its
 * records gives a depressive diagnosis as its reason (its fills, which
 * carry no reason, follow); otherwise all its records are written under
 * concomitant, with one warning. */
static void decide_listed(imp *m)
{
	size_t k, i;
	for (k = 0; k < m->map->nconcomitant; k++) {
		const tp_drug *d = m->map->concomitant[k];
		const med *first = NULL;
		bool course = false;
		for (i = 0; i < m->nmeds; i++)
			if (m->meds[i].listed && m->meds[i].drug == d) {
				if (!first)
					first = &m->meds[i];
				course |= m->meds[i].for_depression;
			}
		if (!first)
			continue;
		for (i = 0; i < m->nmeds; i++)
			if (m->meds[i].listed && m->meds[i].drug == d)
				m->meds[i].concomitant = !course;
		if (!course)
			warnf(m, first->res,
			      "%s: no record of it gives a depression "
			      "diagnosis as its reason: written under "
			      "concomitant, not as a course",
			      d->name);
	}
}

static json_t *day_json(const imp *m, int32_t day, int32_t origin)
{
	char buf[16];
	int y;
	unsigned mo, d;
	if (m->opts && m->opts->relative_days)
		return json_integer(day - origin);
	tp_civil_from_days(day, &y, &mo, &d);
	snprintf(buf, sizeof(buf), "%04d-%02u-%02u", y, mo, d);
	return json_string(buf);
}

/* The error of an import with no medication, score or procedure to write
 * (the summary warning says what was left out). */
static int nothing_clinical(imp *m)
{
	size_t total = 0, conc = 0, i;
	char why[200];
	for (i = 0; i < R_NREASONS; i++)
		total += m->left[i];
	for (i = 0; i < m->nmeds; i++)
		conc += m->meds[i].concomitant;
	if (total)
		snprintf(why, sizeof(why),
			 "%zu record%s left out, counted in the summary",
			 total, total == 1 ? "" : "s");
	else
		snprintf(why, sizeof(why), "the input holds none");
	if (conc)
		snprintf(why + strlen(why), sizeof(why) - strlen(why),
			 "; %zu record%s of medicines written under "
			 "concomitant, which alone are not a treatment history",
			 conc, conc == 1 ? "" : "s");
	return tp_error_set(m->err, TPATH_EINVALID, NULL, 0, 0,
			    "nothing to import: no usable depression "
			    "medication, score or procedure of the patient%s%s "
			    "(%s)",
			    m->opts && m->opts->as_of ? " on or before " : "",
			    m->opts && m->opts->as_of ? m->opts->as_of : "",
			    why);
}

/* Scores by day, scale and value. */
static int cmp_measure(const void *a, const void *b)
{
	const measure *x = a, *y = b;
	int c;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if ((c = strcmp(x->scale->id, y->scale->id)))
		return c;
	return x->score < y->score ? -1 : x->score > y->score;
}

/* Whether a course of another drug starts after day (and on or before
 * as_of: later records are gone by then). */
static bool later_course(const imp *m, const med *c, int32_t day)
{
	size_t i;
	for (i = 0; i < m->nmeds; i++)
		if (!m->meds[i].concomitant && m->meds[i].drug != c->drug &&
		    m->meds[i].start > day)
			return true;
	return false;
}

static bool same_group(const med *a, const med *b)
{
	return a->drug == b->drug && a->concomitant == b->concomitant;
}

/* Builds the history document from what was collected. */
static int build(imp *m, json_t **doc, int32_t as_of, bool has_as_of)
{
	json_t *root = json_object(), *treatments = json_array(),
	       *measures = json_array(), *pat = json_object(),
	       *concomitant = json_array();
	int32_t origin, first = INT32_MAX, last = INT32_MIN;
	size_t i, j;
	int error;

	*doc = NULL;
	if (!root || !treatments || !measures || !pat || !concomitant)
		goto oom;
	decide_listed(m);
	/* The history's first and last events.  A concomitant medicine
	 * never starts the history (the first treatment or score does), but
	 * the history runs to the last thing the data says, so that a
	 * tramadol fill after the last score is still there. */
	for (i = 0; i < m->nmeds; i++) {
		if (m->meds[i].concomitant) {
			if (m->meds[i].start > last)
				last = m->meds[i].start;
			if (!m->meds[i].open && m->meds[i].end > last)
				last = m->meds[i].end;
			continue;
		}
		if (m->meds[i].start < first)
			first = m->meds[i].start;
		if (m->meds[i].start > last)
			last = m->meds[i].start;
		if (!m->meds[i].open && m->meds[i].end > last)
			last = m->meds[i].end;
	}
	for (i = 0; i < m->nmeasures; i++) {
		if (m->measures[i].day < first)
			first = m->measures[i].day;
		if (m->measures[i].day > last)
			last = m->measures[i].day;
	}
	for (i = 0; i < m->nprocs; i++) {
		if (m->procs[i].start < first)
			first = m->procs[i].start;
		if (m->procs[i].end > last)
			last = m->procs[i].end;
	}
	if (!has_as_of)
		as_of = last;
	if (first == INT32_MAX)
		goto nothing;
	/* The episode: the onset of the latest active depression diagnosis
	 * on or before as_of, and its severity; the patient's flags. */
	int severity;
	bool bipolar;
	origin = episode_of_diagnoses(m, as_of, first, &severity, &bipolar);
	if (json_object_set_new(root, "tpath", json_string("history/1")) < 0 ||
	    json_object_set_new(root, "id",
				json_string(m->opts && m->opts->id
						    ? m->opts->id
						    : "fhir-import")) < 0 ||
	    json_object_set_new(root, "as_of", day_json(m, as_of, origin)) < 0)
		goto oom;
	if (m->has_birth || m->sex || bipolar) {
		if (m->has_birth && m->birth <= as_of) {
			int by, ay;
			unsigned bm, bd, am, ad;
			long age;
			tp_civil_from_days(m->birth, &by, &bm, &bd);
			tp_civil_from_days(as_of, &ay, &am, &ad);
			age = ay - by - (am < bm || (am == bm && ad < bd));
			if (json_object_set_new(pat, "age",
						json_integer(age > 89 ? 90
								      : age)) < 0)
				goto oom;
		}
		if (m->sex &&
		    json_object_set_new(pat, "sex", json_string(m->sex)) < 0)
			goto oom;
		if (bipolar &&
		    json_object_set_new(pat, "flags",
					json_pack("[s]", "bipolar-history")) <
			    0)
			goto oom;
		if (json_object_set(root, "patient", pat) < 0)
			goto oom;
	}
	if (json_object_set_new(root, "episode",
				severity >= 0
					? json_pack("{s:o, s:s}", "start",
						    day_json(m, origin, origin),
						    "severity",
						    tp_severity_words[severity])
					: json_pack("{s:o}", "start",
						    day_json(m, origin,
							     origin))) < 0)
		goto oom;
	/* Courses: orders, statements and fills of one drug merged by the
	 * gap rule, after dropping what starts after as_of. */
	if (m->nmeds > 1)
		qsort(m->meds, m->nmeds, sizeof(med), cmp_med);
	for (i = j = 0; i < m->nmeds; i++)
		if (m->meds[i].start <= as_of)
			m->meds[j++] = m->meds[i];
		else
			m->left[R_AFTER]++;
	m->nmeds = j;
	/* A record that is not active and has no end (Synthea never writes
	 * the end of a stopped order) ends on the last day the data on or
	 * before as_of supports: the day before the next record of the drug
	 * starts, else the day it starts.  One pass from the end finds each
	 * record's next later start. */
	{
		int32_t next = INT32_MIN; /* the group's next later start */
		for (i = m->nmeds; i-- > 0;) {
			med *x = &m->meds[i];
			if (i + 1 == m->nmeds || !same_group(&m->meds[i + 1], x))
				next = INT32_MIN;
			else if (m->meds[i + 1].start > x->start)
				next = m->meds[i + 1].start;
			if (x->end_unknown && next != INT32_MIN)
				x->end = next - 1;
		}
	}
	for (i = 0; i < m->nmeds; i++) {
		const med *x = &m->meds[i];
		char day[16];
		int y;
		unsigned mo, d;
		if (!x->end_unknown)
			continue;
		tp_civil_from_days(x->end, &y, &mo, &d);
		snprintf(day, sizeof(day), "%04d-%02u-%02u", y, mo, d);
		warnf(m, x->res,
		      "status %s without an end date: assumed to end on %s, %s",
		      str(x->res, "status") ? str(x->res, "status") : "missing",
		      day,
		      x->end > x->start ? "the day before the next record of "
					  "the drug"
					: "the day it starts (no later record "
					  "of the drug)");
	}
	for (i = 0; i < m->nmeds; i = j) {
		const med *c = &m->meds[i];
		int32_t end = c->end, last_day = c->start;
		bool open = c->open, end_is_fill = c->fill_days > 0;
		double last_mg = c->mg;
		json_t *doses = json_array(), *fills = json_array(), *course;
		if (!doses || !fills ||
		    (c->has_mg &&
		     json_array_append_new(
			     doses, json_pack("{s:o, s:f}", "date",
					      day_json(m, c->start, origin),
					      "mg_per_day", c->mg)) < 0) ||
		    (c->fill_days &&
		     json_array_append_new(
			     fills, json_pack("{s:o, s:i}", "date",
					      day_json(m, c->start, origin),
					      "days", (int)c->fill_days)) < 0)) {
			json_decref(doses);
			json_decref(fills);
			goto oom;
		}
		for (j = i + 1; j < m->nmeds && same_group(&m->meds[j], c);
		     j++) {
			const med *x = &m->meds[j];
			if (!open && x->start > end + (int32_t)m->map->gap_days + 1)
				break; /* a new course of the same drug */
			if (x->fill_days &&
			    json_array_append_new(
				    fills,
				    json_pack("{s:o, s:i}", "date",
					      day_json(m, x->start, origin),
					      "days", (int)x->fill_days)) < 0) {
				json_decref(doses);
				json_decref(fills);
				goto oom;
			}
			/* Without a dose at its start a course has no doses
			 * (history/1: the first dose is at the start). */
			if (!c->has_mg && x->has_mg && !c->concomitant)
				warnf(m, x->res,
				      "its dose is not written: the course it "
				      "joins has no dose at its start");
			if (c->has_mg && x->has_mg && x->mg != last_mg) {
				json_t *dose = json_pack(
					"{s:o, s:f}", "date",
					day_json(m, x->start, origin),
					"mg_per_day", x->mg);
				/* One dose a day: the later entry wins. */
				if (x->start == last_day)
					json_array_remove(
						doses, json_array_size(doses) - 1);
				if (!dose ||
				    json_array_append_new(doses, dose) < 0) {
					json_decref(doses);
					json_decref(fills);
					goto oom;
				}
				last_mg = x->mg;
				last_day = x->start;
			}
			if (x->open) {
				open = true;
			} else if (x->end > end) {
				end = x->end;
				end_is_fill = x->fill_days > 0;
			}
		}
		course = json_pack("{s:s, s:o}", "drug", c->drug->name, "start",
				   day_json(m, c->start, origin));
		if (!course) {
			json_decref(doses);
			json_decref(fills);
			goto oom;
		}
		/* Past as_of, a course is still being taken as of that day.  A
		 * supply that runs out is not a stop while the next fill may
		 * still come within the gap rule's days before as_of (a fill
		 * ending on the last day of the data says nothing of a stop),
		 * unless another drug's course starts after it ran out (a
		 * switch).  A concomitant medicine's supply ends when it runs
		 * out. */
		if (!open && end_is_fill && !c->concomitant &&
		    as_of <= end + (int32_t)m->map->gap_days &&
		    !later_course(m, c, end))
			open = true;
		if (!open && end <= as_of &&
		    json_object_set_new(course, "stop",
					day_json(m, end, origin)) < 0) {
			json_decref(course);
			json_decref(doses);
			json_decref(fills);
			goto oom;
		}
		if (c->concomitant) {
			/* {drug, start, stop}: no doses, no fills. */
			json_decref(doses);
			json_decref(fills);
			if (json_array_append_new(concomitant, course) < 0)
				goto oom;
			continue;
		}
		/* The _new calls take their value even when they fail. */
		if (json_array_size(doses)
			    ? json_object_set_new(course, "doses", doses) < 0
			    : (json_decref(doses), 0)) {
			json_decref(course);
			json_decref(fills);
			goto oom;
		}
		if (json_array_size(fills)
			    ? json_object_set_new(course, "fills", fills) < 0
			    : (json_decref(fills), 0)) {
			json_decref(course);
			goto oom;
		}
		if (json_array_append_new(treatments, course) < 0)
			goto oom;
	}
	for (i = 0; i < m->nprocs; i++) {
		const proc *p = &m->procs[i];
		json_t *o;
		if (p->start > as_of) {
			m->left[R_AFTER]++;
			continue;
		}
		o = json_pack("{s:s, s:o}", "intervention",
			      tp_interventions[p->intervention], "start",
			      day_json(m, p->start, origin));
		if (!o)
			goto oom;
		if ((p->kind && json_object_set_new(o, "kind",
						    json_string(p->kind)) < 0) ||
		    (!p->open && p->end <= as_of &&
		     json_object_set_new(o, "stop",
					 day_json(m, p->end, origin)) < 0)) {
			json_decref(o);
			goto oom;
		}
		if (json_array_append_new(treatments, o) < 0)
			goto oom;
	}
	/* One administration written twice (a panel and its total
	 * Observation, both final) is one score. */
	if (m->nmeasures > 1)
		qsort(m->measures, m->nmeasures, sizeof(measure), cmp_measure);
	for (i = 0; i < m->nmeasures; i++) {
		const measure *x = &m->measures[i];
		if (i > 0 && cmp_measure(x, &m->measures[i - 1]) == 0) {
			m->left[R_SAME_SCORE]++;
			continue;
		}
		if (x->day > as_of) {
			m->left[R_AFTER]++;
			continue;
		}
		if (json_array_append_new(
			    measures,
			    json_pack("{s:o, s:s, s:I}", "date",
				      day_json(m, x->day, origin), "scale",
				      x->scale->id, "score",
				      (json_int_t)x->score)) < 0)
			goto oom;
	}
	/* Nothing clinical on or before as_of: a history of nothing would
	 * read as "no treatment", which the input does not say. */
	if (!json_array_size(treatments) && !json_array_size(measures))
		goto nothing;
	if (json_object_set(root, "treatments", treatments) < 0 ||
	    json_object_set(root, "measures", measures) < 0 ||
	    (json_array_size(concomitant) &&
	     json_object_set(root, "concomitant", concomitant) < 0))
		goto oom;
	/* The guidelines are for adults: say so now, not only when the
	 * history is evaluated (it then reads out-of-scope). */
	if (json_is_integer(json_object_get(pat, "age")) &&
	    json_integer_value(json_object_get(pat, "age")) < m->map->adult_age &&
	    warned(m)) {
		char msg[300];
		snprintf(msg, sizeof(msg),
			 "out-of-scope: the patient is %lld at as_of; the "
			 "guidelines are for adults aged %g and over, so an "
			 "evaluation gives no recommendation",
			 (long long)json_integer_value(
				 json_object_get(pat, "age")),
			 m->map->adult_age);
		emit(m, TPATH_FHIR_FINDING_UNDER_AGE, "Patient", msg);
	}
	*doc = root;
	root = NULL;
	error = 0;
	goto done;
nothing:
	error = nothing_clinical(m);
	goto done;
oom:
	error = tp_error_oom(m->err, NULL);
done:
	json_decref(root);
	json_decref(treatments);
	json_decref(measures);
	json_decref(pat);
	json_decref(concomitant);
	return error;
}

static int import_all(char **out, const tpath_kb *kb,
		      const tpath_buffer *inputs, size_t n,
		      const tpath_fhir_options *opts, tpath_error *err)
{
	imp m;
	json_t *all = NULL, *doc = NULL;
	tpath_history *h = NULL;
	char *yaml = NULL;
	int32_t as_of = 0;
	size_t i;
	int error;

	tp_error_clear(err);
	if (!out)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_fhir_import: NULL out");
	*out = NULL;
	if (!kb || (n && !inputs))
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_fhir_import: NULL argument");
	if (!kb->has_fhir)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "no fhir/1 code maps are loaded");
	memset(&m, 0, sizeof(m));
	m.kb = kb;
	m.map = &kb->fhir;
	m.opts = opts;
	m.err = err;
	if (opts && opts->as_of && !day_of(opts->as_of, &as_of))
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "as_of %s: YYYY-MM-DD expected",
				    opts->as_of);
	if (!(all = json_array()))
		return tp_error_oom(err, NULL);
	if ((error = parse_inputs(all, inputs, n, err)) < 0)
		goto cleanup;
	if (!(m.by_key = json_object()) || !(m.by_url = json_object())) {
		error = tp_error_oom(err, NULL);
		goto cleanup;
	}
	for (i = 0; i < json_array_size(all) && !m.oom; i++)
		if (!collect(&m, json_array_get(all, i), NULL))
			m.oom = true;
	/* Patients first, so that "another patient" is decided by the
	 * Patient resource rather than by whichever resource comes first. */
	for (i = 0; i < m.nentries && !m.oom; i++)
		if (strcmp(str(m.entries[i].res, "resourceType"), "Patient") ==
		    0)
			patient(&m, m.entries[i].res);
	for (i = 0; i < m.nentries && !m.oom; i++)
		resource(&m, m.entries[i].res);
	if (m.oom) {
		error = tp_error_oom(err, NULL);
		goto cleanup;
	}
	error = build(&m, &doc, as_of, opts && opts->as_of);
	summary(&m);
	fill_summary(&m, doc);
	if (error < 0 || (error = tp_yaml_emit_json(&yaml, doc)) < 0) {
		if (error == TPATH_ENOMEM)
			tp_error_oom(err, NULL);
		goto cleanup;
	}
	/* What tpath writes, tpath must read: check it strictly. */
	if ((error = tpath_history_load_buffer(&h, kb, yaml, strlen(yaml),
					       "<imported>", NULL, err)) < 0)
		goto cleanup;
	*out = yaml;
	yaml = NULL;
cleanup:
	tpath_history_free(h);
	free(yaml);
	json_decref(doc);
	json_decref(m.by_key);
	json_decref(m.by_url);
	json_decref(all);
	free(m.entries);
	free(m.meds);
	free(m.measures);
	free(m.procs);
	free(m.dxs);
	return error;
}

/* In the C numeric locale: a dose of 37.5 mg is written 37.5 whatever the
 * caller's LC_NUMERIC. */
int tpath_fhir_import(char **out, const tpath_kb *kb,
		      const tpath_buffer *inputs, size_t n,
		      const tpath_fhir_options *opts, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_current(), out, err, NULL,
		import_all(out, kb, inputs, n, opts, err));
	return error;
}
