/*
 * fetch.h - tpath-serve fetching the prefetch a CDS Hooks client did not
 * send from its fhirServer, with its fhirAuthorization token (libcurl).
 * Only serve.c calls it, and only for a caller whose JWT verified.
 */
#ifndef TPATH_CLI_FETCH_H
#define TPATH_CLI_FETCH_H

#include "hook.h"

#include <stddef.h>

/* The connect timeout of one fetch, in milliseconds (never more than what
 * is left of the call's --fetch-timeout). */
#define FETCH_CONNECT_MS 2000
/* The default of --fetch-timeout: all the fetches of one call. */
#define FETCH_DEFAULT_TIMEOUT_MS 5000
/* The most pages of one search followed by their "next" link. */
#define FETCH_MAX_PAGES 10

typedef struct fetch_limits {
	long timeout_ms;      /* all the fetches of one call together */
	size_t max_bytes;     /* all the answers of one call together */
	int insecure;	      /* http:// allowed to a loopback host */
} fetch_limits;

/* 0 once per process before the threads start, -1 when libcurl fails. */
int fetch_global_init(void);
void fetch_global_cleanup(void);

/* Checks that hr->fhir_server may be fetched from: an https:// URL (or
 * http:// to localhost, 127.0.0.0/8 or ::1 with lim->insecure), without
 * user name, password, query or fragment.  0, or -1 with the reason. */
int fetch_check_server(const char *url, const fetch_limits *lim,
		       char *reason, size_t size);

/* Fetches every absent prefetch key of hr from hr->fhir_server with
 * "Authorization: Bearer hr->access_token" and fills it in (hook_fill): a
 * search answered with no entries is null, as the client would have sent
 * it.  0; -1 with the reason (the key, and what went wrong: timed out,
 * could not connect, the HTTP status, over the size, not JSON, not the
 * resource asked for); -2 when memory runs out. */
int fetch_missing(hook_request *hr, const fetch_limits *lim, char *reason,
		  size_t size);

#endif
