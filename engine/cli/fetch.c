/*
 * fetch.c - the prefetch a CDS Hooks client left out, fetched from its
 * fhirServer with libcurl (see fetch.h and docs/cds-hooks.md, "Fetching
 * from fhirServer").  One easy handle per call, so that the queries of a
 * call share a connection; no signals (threads); no redirects followed; no
 * header but Accept and the caller's bearer token.
 */
#include "fetch.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

int fetch_global_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

void fetch_global_cleanup(void)
{
	curl_global_cleanup();
}

static int loopback_host(const char *host)
{
	unsigned a, b, c, d;
	char end;

	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0)
		return 1;
	return sscanf(host, "%u.%u.%u.%u%c", &a, &b, &c, &d, &end) == 4 &&
	       a == 127 && b < 256 && c < 256 && d < 256;
}

int fetch_check_server(const char *url, const fetch_limits *lim,
		       char *reason, size_t size)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *part = NULL;
	int rc = -1;

	if (!u) {
		snprintf(reason, size, "out of memory");
		return -1;
	}
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		snprintf(reason, size, "'fhirServer' is not a URL");
		goto done;
	}
	if (curl_url_get(u, CURLUPART_USER, &part, 0) == CURLUE_OK ||
	    curl_url_get(u, CURLUPART_QUERY, &part, 0) == CURLUE_OK ||
	    curl_url_get(u, CURLUPART_FRAGMENT, &part, 0) == CURLUE_OK) {
		snprintf(reason, size,
			 "'fhirServer' must not hold a user name, query or "
			 "fragment");
		goto done;
	}
	if (strcmp(scheme, "https") == 0)
		rc = 0;
	else if (strcmp(scheme, "http") == 0 && lim->insecure &&
		 loopback_host(host))
		rc = 0;
	else if (strcmp(scheme, "http") == 0)
		snprintf(reason, size,
			 "'fhirServer' is fetched only over https%s",
			 lim->insecure ? " (http only from a loopback host)"
				       : "");
	else
		snprintf(reason, size, "'fhirServer' is not an https URL");
done:
	curl_free(scheme);
	curl_free(host);
	curl_free(part);
	curl_url_cleanup(u);
	return rc;
}

/* An answer as it arrives, within what the call may still read. */
typedef struct sink {
	char *p;
	size_t n, cap;
	size_t *budget;
	int over, oom;
} sink;

static size_t take(char *data, size_t one, size_t count, void *ud)
{
	sink *s = ud;
	size_t k = one * count;

	if (k > *s->budget) {
		s->over = 1;
		return 0; /* libcurl stops with CURLE_WRITE_ERROR */
	}
	if (s->n + k + 1 > s->cap) {
		size_t ncap = s->cap ? s->cap : 16384;
		char *np;
		while (ncap < s->n + k + 1)
			ncap *= 2;
		if (!(np = realloc(s->p, ncap))) {
			s->oom = 1;
			return 0;
		}
		s->p = np;
		s->cap = ncap;
	}
	memcpy(s->p + s->n, data, k);
	s->n += k;
	s->p[s->n] = '\0';
	*s->budget -= k;
	return k;
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* GETs url into a new JSON value.  0, -1 with the reason (after "key: "),
 * -2 for memory. */
static int get(CURL *h, const char *url, const fetch_limits *lim,
	       long deadline, size_t *budget, json_t **out, char *reason,
	       size_t size)
{
	sink s;
	long left = deadline - now_ms(), status = 0;
	json_error_t jerr;
	CURLcode cc;

	*out = NULL;
	if (left <= 0) {
		snprintf(reason, size, "timed out (--fetch-timeout %ld ms)",
			 lim->timeout_ms);
		return -1;
	}
	memset(&s, 0, sizeof(s));
	s.budget = budget;
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, left);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
			 left < FETCH_CONNECT_MS ? left : FETCH_CONNECT_MS);
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
			 (curl_off_t)*budget);
	cc = curl_easy_perform(h);
	if (s.oom) {
		free(s.p);
		return -2;
	}
	if (cc == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	if (s.over || cc == CURLE_FILESIZE_EXCEEDED)
		snprintf(reason, size,
			 "the answers are over --max-body (%zu bytes)",
			 lim->max_bytes);
	else if (cc == CURLE_OPERATION_TIMEDOUT)
		snprintf(reason, size, "timed out (--fetch-timeout %ld ms)",
			 lim->timeout_ms);
	else if (cc != CURLE_OK)
		snprintf(reason, size, "libcurl: %s", curl_easy_strerror(cc));
	else if (status >= 300 && status < 400)
		snprintf(reason, size,
			 "the FHIR server answered HTTP %ld (redirects are "
			 "not followed)",
			 status);
	else if (status != 200)
		snprintf(reason, size, "the FHIR server answered HTTP %ld",
			 status);
	else if (!(*out = json_loadb(s.p ? s.p : "", s.n, 0, &jerr)))
		snprintf(reason, size,
			 "the answer is not JSON (line %d, column %d: %s)",
			 jerr.line, jerr.column, jerr.text);
	free(s.p);
	return *out ? 0 : -1;
}

/* The "next" link of a searchset Bundle, or NULL. */
static const char *next_link(json_t *bundle)
{
	json_t *link = json_object_get(bundle, "link"), *l;
	size_t i;

	json_array_foreach (link, i, l) {
		json_t *rel = json_object_get(l, "relation");
		if (json_is_string(rel) &&
		    strcmp(json_string_value(rel), "next") == 0 &&
		    json_is_string(json_object_get(l, "url")))
			return json_string_value(json_object_get(l, "url"));
	}
	return NULL;
}

/* Fetches query i of hr into *out: the resource of a read, the Bundle of
 * a search with the entries of its further pages, or json null for a
 * search without entries. */
static int fetch_one(CURL *h, const hook_request *hr, size_t i,
		     const char *base, const fetch_limits *lim, long deadline,
		     size_t *budget, json_t **out, char *reason, size_t size)
{
	const char *want = i == 0 ? "Patient" : "Bundle";
	char *query = hook_query(hr, i), *url = NULL;
	json_t *doc = NULL, *page = NULL, *rt, *entries;
	size_t pages = 1;
	int rc;

	*out = NULL;
	if (!query || !(url = malloc(strlen(base) + strlen(query) + 2))) {
		free(query);
		return -2;
	}
	sprintf(url, "%s/%s", base, query);
	free(query);
	rc = get(h, url, lim, deadline, budget, &doc, reason, size);
	free(url);
	if (rc < 0)
		return rc;
	rt = json_object_get(doc, "resourceType");
	if (!json_is_string(rt) || strcmp(json_string_value(rt), want) != 0) {
		snprintf(reason, size, "the answer is not a %s", want);
		json_decref(doc);
		return -1;
	}
	entries = json_object_get(doc, "entry");
	if (i > 0 && entries && !json_is_array(entries)) {
		snprintf(reason, size, "the Bundle's entry is not an array");
		json_decref(doc);
		return -1;
	}
	/* Further pages, only from the same server. */
	while (i > 0 && next_link(page ? page : doc)) {
		const char *next = next_link(page ? page : doc);
		json_t *more;
		size_t blen = strlen(base);
		if (strncmp(next, base, blen) != 0 || next[blen] != '/') {
			snprintf(reason, size,
				 "a next page on another server is not "
				 "followed");
			rc = -1;
			break;
		}
		if (++pages > FETCH_MAX_PAGES) {
			snprintf(reason, size, "more than %d pages",
				 FETCH_MAX_PAGES);
			rc = -1;
			break;
		}
		url = strdup(next);
		json_decref(page);
		page = NULL;
		if (!url) {
			rc = -2;
			break;
		}
		rc = get(h, url, lim, deadline, budget, &page, reason, size);
		free(url);
		if (rc < 0)
			break;
		more = json_object_get(page, "entry");
		if (more && !json_is_array(more)) {
			snprintf(reason, size,
				 "the Bundle's entry is not an array");
			rc = -1;
			break;
		}
		if (more && json_array_size(more)) {
			if (!entries) {
				entries = json_array();
				if (!entries || json_object_set_new(doc, "entry",
								    entries)) {
					rc = -2;
					break;
				}
			}
			if (json_array_extend(entries, more)) {
				rc = -2;
				break;
			}
		}
	}
	json_decref(page);
	if (rc < 0) {
		json_decref(doc);
		return rc;
	}
	if (i > 0 && json_array_size(entries) == 0) {
		json_decref(doc);
		doc = json_null();
	}
	*out = doc;
	return 0;
}

int fetch_missing(hook_request *hr, const fetch_limits *lim, char *reason,
		  size_t size)
{
	long deadline = now_ms() + lim->timeout_ms;
	size_t budget = lim->max_bytes, i, blen;
	struct curl_slist *hdrs = NULL, *h1;
	char *auth = NULL, *base = NULL, why[300];
	CURL *h = curl_easy_init();
	int rc = 0;

	blen = strlen(hr->fhir_server);
	while (blen > 0 && hr->fhir_server[blen - 1] == '/')
		blen--;
	base = strndup(hr->fhir_server, blen);
	auth = malloc(strlen(hr->access_token) + 32);
	if (!h || !base || !auth) {
		rc = -2;
		goto done;
	}
	sprintf(auth, "Authorization: Bearer %s", hr->access_token);
	if (!(h1 = curl_slist_append(hdrs, "Accept: application/fhir+json"))) {
		rc = -2;
		goto done;
	}
	hdrs = h1;
	if (!(h1 = curl_slist_append(hdrs, auth))) {
		rc = -2;
		goto done;
	}
	hdrs = h1;
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR,
			 lim->insecure ? "http,https" : "https");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, take);
	/* An http:// server is a loopback one (fetch_check_server): never
	 * through a proxy of the environment. */
	if (strncmp(base, "http://", 7) == 0)
		curl_easy_setopt(h, CURLOPT_PROXY, "");
	for (i = 0; i < HOOK_NPREFETCH && rc == 0; i++) {
		json_t *v;
		if (hr->prefetch[i])
			continue;
		rc = fetch_one(h, hr, i, base, lim, deadline, &budget, &v, why,
			       sizeof(why));
		if (rc == -1)
			snprintf(reason, size,
				 "fetching prefetch '%s' from fhirServer: %s",
				 hook_templates[i][0], why);
		else if (rc == 0 && hook_fill(hr, i, v) < 0)
			rc = -2;
	}
done:
	if (rc == -2)
		snprintf(reason, size, "out of memory");
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(h);
	free(auth);
	free(base);
	return rc;
}
