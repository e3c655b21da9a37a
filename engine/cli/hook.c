/*
 * hook.c - a CDS Hooks 2.0 patient-view call read (hook_parse), the
 * queries of the prefetch templates (hook_query), and the cards of a
 * complete prefetch (hook_cards: the FHIR importer, the history loader,
 * the evaluation and cards.c).  See hook.h.
 */
#include "hook.h"
#include "cards.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const hook_templates[HOOK_NPREFETCH][2] = {
	{ "patient", "Patient/{{context.patientId}}" },
	{ "medicationRequests",
	  "MedicationRequest?patient={{context.patientId}}" },
	{ "medicationDispenses",
	  "MedicationDispense?patient={{context.patientId}}" },
	{ "medicationStatements",
	  "MedicationStatement?patient={{context.patientId}}" },
	{ "phq9", "Observation?patient={{context.patientId}}"
		  "&code=http://loinc.org|44261-6,http://loinc.org|44249-1" },
	{ "conditions", "Condition?patient={{context.patientId}}" },
	{ "procedures", "Procedure?patient={{context.patientId}}" },
};

#define PATIENT_ID "{{context.patientId}}"

void hook_request_free(hook_request *hr)
{
	json_decref(hr->req);
	memset(hr, 0, sizeof(*hr));
}

static int fail(hook_request *hr, char *msg, size_t size, const char *text)
{
	snprintf(msg, size, "%s", text);
	hook_request_free(hr);
	return 400;
}

int hook_parse(hook_request *hr, const char *body, size_t len, char *msg,
	       size_t size)
{
	json_error_t jerr;
	json_t *hook, *ctx, *pid, *pre, *fs, *fa, *tok, *type;
	size_t i;

	memset(hr, 0, sizeof(*hr));
	hr->req = json_loadb(body ? body : "", len, JSON_REJECT_DUPLICATES,
			     &jerr);
	if (!hr->req) {
		snprintf(msg, size, "malformed JSON at line %d, column %d: %s",
			 jerr.line, jerr.column, jerr.text);
		return 400;
	}
	if (!json_is_object(hr->req))
		return fail(hr, msg, size, "the request is not a JSON object");
	hook = json_object_get(hr->req, "hook");
	ctx = json_object_get(hr->req, "context");
	pid = json_object_get(ctx, "patientId");
	pre = json_object_get(hr->req, "prefetch");
	if (!json_is_string(hook) ||
	    strcmp(json_string_value(hook), "patient-view") != 0)
		return fail(hr, msg, size,
			    hook ? "'hook' must be \"patient-view\" for this "
				   "service"
				 : "'hook' is missing");
	if (!json_is_object(ctx) || !json_is_string(pid) ||
	    !*json_string_value(pid))
		return fail(hr, msg, size,
			    "'context.patientId' is missing or not a non-empty "
			    "string");
	hr->patient_id = json_string_value(pid);
	if (pre && !json_is_object(pre))
		return fail(hr, msg, size, "'prefetch' is not an object");
	for (i = 0; i < HOOK_NPREFETCH; i++) {
		json_t *v = json_object_get(pre, hook_templates[i][0]);
		if (!v) {
			hr->missing++;
			continue;
		}
		if (!json_is_null(v) && !json_is_object(v)) {
			snprintf(msg, size,
				 "prefetch '%s' is neither a FHIR resource nor "
				 "null",
				 hook_templates[i][0]);
			hook_request_free(hr);
			return 400;
		}
		hr->prefetch[i] = v;
	}
	fs = json_object_get(hr->req, "fhirServer");
	if (fs && !json_is_null(fs)) {
		if (!json_is_string(fs) || !*json_string_value(fs))
			return fail(hr, msg, size,
				    "'fhirServer' is not a non-empty string");
		hr->fhir_server = json_string_value(fs);
	}
	fa = json_object_get(hr->req, "fhirAuthorization");
	if (fa && !json_is_null(fa)) {
		if (!json_is_object(fa))
			return fail(hr, msg, size,
				    "'fhirAuthorization' is not an object");
		tok = json_object_get(fa, "access_token");
		type = json_object_get(fa, "token_type");
		if (!json_is_string(tok) || !*json_string_value(tok))
			return fail(hr, msg, size,
				    "'fhirAuthorization.access_token' is "
				    "missing or not a non-empty string");
		if (type && (!json_is_string(type) ||
			     strcasecmp(json_string_value(type), "Bearer")))
			return fail(hr, msg, size,
				    "'fhirAuthorization.token_type' must be "
				    "\"Bearer\"");
		/* RFC 6750's b64token: it goes into a header as it is. */
		if (strspn(json_string_value(tok),
			   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			   "0123456789-._~+/=") != strlen(json_string_value(tok)))
			return fail(hr, msg, size,
				    "'fhirAuthorization.access_token' holds a "
				    "byte a bearer token may not hold");
		hr->access_token = json_string_value(tok);
	}
	return 0;
}

void hook_missing_keys(const hook_request *hr, char *buf, size_t size)
{
	size_t i, used = 0;

	*buf = '\0';
	for (i = 0; i < HOOK_NPREFETCH && used + 1 < size; i++)
		if (!hr->prefetch[i]) {
			snprintf(buf + used, size - used, "%s%s",
				 used ? ", " : "", hook_templates[i][0]);
			used += strlen(buf + used);
		}
}

/* Bytes a query may hold as they are (RFC 3986 unreserved, and the
 * delimiters the templates use). */
static int plain(unsigned char c, int in_id)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	    c == '~')
		return 1;
	return !in_id && strchr("/?&=:,", c) != NULL && c;
}

static void put(char **p, const char *s, size_t n, int in_id)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (plain(c, in_id))
			*(*p)++ = (char)c;
		else {
			*(*p)++ = '%';
			*(*p)++ = hex[c >> 4];
			*(*p)++ = hex[c & 15];
		}
	}
}

char *hook_query(const hook_request *hr, size_t i)
{
	const char *t = hook_templates[i][1], *at;
	size_t idlen = strlen(hr->patient_id), n = 3 * strlen(t) + 1;
	char *out, *p;

	for (at = t; (at = strstr(at, PATIENT_ID)); at += strlen(PATIENT_ID))
		n += 3 * idlen;
	if (!(out = malloc(n)))
		return NULL;
	p = out;
	while ((at = strstr(t, PATIENT_ID))) {
		put(&p, t, (size_t)(at - t), 0);
		put(&p, hr->patient_id, idlen, 1);
		t = at + strlen(PATIENT_ID);
	}
	put(&p, t, strlen(t), 0);
	*p = '\0';
	return out;
}

int hook_fill(hook_request *hr, size_t i, json_t *value)
{
	json_t *pre = json_object_get(hr->req, "prefetch");

	if (!pre) {
		if (!(pre = json_object()) ||
		    json_object_set_new(hr->req, "prefetch", pre)) {
			json_decref(value);
			return -1;
		}
	}
	if (json_object_set_new(pre, hook_templates[i][0], value))
		return -1;
	if (!hr->prefetch[i])
		hr->missing--;
	hr->prefetch[i] = json_object_get(pre, hook_templates[i][0]);
	return 0;
}

static int nomem(tpath_error *err)
{
	memset(err, 0, sizeof(*err));
	err->code = TPATH_ENOMEM;
	snprintf(err->message, sizeof(err->message), "out of memory");
	return TPATH_ENOMEM;
}

int hook_cards(json_t **cards, const tpath_kb *kb, const hook_request *hr,
	       tpath_error *err)
{
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_fhir_summary sum;
	cards_import imp;
	tpath_buffer bufs[HOOK_NPREFETCH];
	char names[HOOK_NPREFETCH][40];
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	char *yaml = NULL;
	size_t i, n = 0;
	int rc = 0;

	*cards = NULL;
	memset(bufs, 0, sizeof(bufs));
	memset(&imp, 0, sizeof(imp));
	memset(&sum, 0, sizeof(sum));
	for (i = 0; i < HOOK_NPREFETCH; i++) {
		if (!hr->prefetch[i] || json_is_null(hr->prefetch[i]))
			continue;
		snprintf(names[n], sizeof(names[n]), "prefetch.%s",
			 hook_templates[i][0]);
		bufs[n].name = names[n];
		bufs[n].data = json_dumps(hr->prefetch[i], JSON_COMPACT);
		if (!bufs[n].data) {
			rc = nomem(err);
			goto done;
		}
		bufs[n].len = strlen(bufs[n].data);
		n++;
	}
	fo.id = "cds-hooks";
	fo.summary = &sum;
	fo.finding = cards_import_finding;
	fo.ud = &imp;
	rc = n ? tpath_fhir_import(&yaml, kb, bufs, n, &fo, err)
	       : TPATH_EINVALID;
	if (rc < 0 && sum.courses + sum.procedures + sum.scores == 0 &&
	    (!n || rc == TPATH_EINVALID)) {
		/* Nothing of a depression treatment: nothing to say. */
		rc = 0;
		if (!(*cards = json_array()))
			rc = nomem(err);
		goto done;
	}
	if (rc < 0)
		goto done;
	if ((rc = tpath_history_load_buffer(&h, kb, yaml, strlen(yaml),
					    "cds-hooks", NULL, err)) < 0 ||
	    (rc = tpath_evaluate(&r, kb, h, NULL, err)) < 0)
		goto done;
	imp.courses = sum.courses + sum.concomitant;
	imp.procedures = sum.procedures;
	imp.scores = sum.scores;
	imp.left_out = sum.left_out;
	rc = 0;
	if (!(*cards = cards_build(kb, r, &imp)))
		rc = nomem(err);
done:
	cards_import_free(&imp);
	tpath_result_free(r);
	tpath_history_free(h);
	tpath_free(yaml);
	for (i = 0; i < n; i++)
		free((char *)(uintptr_t)bufs[i].data);
	return rc;
}
