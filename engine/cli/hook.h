/*
 * hook.h - a CDS Hooks 2.0 patient-view call read into what tpath-serve
 * needs (the prefetch templates of discovery, the context, fhirServer and
 * its token), and the cards for a complete prefetch.  No HTTP and no
 * network here: serve.c answers, fetch.c fetches what the prefetch lacks,
 * and the fuzz target (tests/fuzz/fuzz_hook.c) runs these functions alone.
 */
#ifndef TPATH_CLI_HOOK_H
#define TPATH_CLI_HOOK_H

#include "tpath.h"

#include <jansson.h>
#include <stddef.h>

/* The prefetch templates of discovery, in order. */
#define HOOK_NPREFETCH 7
extern const char *const hook_templates[HOOK_NPREFETCH][2]; /* key, query */

/* One service call, read.  Every pointer is into req, which owns them. */
typedef struct hook_request {
	json_t *req;
	const char *patient_id;
	/* The prefetch by template: NULL when the key is absent (not
	 * fulfilled), json null for "queried, nothing", else the resource or
	 * Bundle.  hook_fill sets what was fetched (owned by req then). */
	json_t *prefetch[HOOK_NPREFETCH];
	size_t missing; /* how many keys are absent */
	const char *fhir_server;  /* NULL when not given */
	const char *access_token; /* fhirAuthorization.access_token, or NULL */
} hook_request;

/* Reads the request body.  0, or 400 with the reason in msg (hr holds
 * nothing then).  Free with hook_request_free. */
int hook_parse(hook_request *hr, const char *body, size_t len, char *msg,
	       size_t size);
void hook_request_free(hook_request *hr);

/* The names of the absent keys, ", " between them, into buf. */
void hook_missing_keys(const hook_request *hr, char *buf, size_t size);

/* The query of template i for the call's patient: the template with
 * {{context.patientId}} replaced by the id percent-encoded, and every byte
 * the query may not hold as it is ('|', ' ', non-ASCII) percent-encoded.
 * A new string (free), or NULL when memory runs out. */
char *hook_query(const hook_request *hr, size_t i);

/* Sets key i to value (a reference is taken over). 0, or -1. */
int hook_fill(hook_request *hr, size_t i, json_t *value);

/* The cards for a call whose prefetch is complete: *cards a new "cards"
 * array.  0, or a negative tpath status with err set (the import's errors
 * name the prefetch key: "prefetch.KEY:LINE:COLUMN"). */
int hook_cards(json_t **cards, const tpath_kb *kb, const hook_request *hr,
	       tpath_error *err);

#endif
