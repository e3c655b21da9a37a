/*
 * serve.c - `tpath serve`: a CDS Hooks 2.0 service on libmicrohttpd.
 * Discovery, one patient-view service that imports the prefetched FHIR
 * data, evaluates it under the default guideline and answers cards
 * (cards.c), feedback, health, CORS.  The knowledge base is opened once and
 * shared read-only by the thread pool; everything a request allocates is
 * freed when it ends.  With --trust, every service call must carry a
 * JWT of a trusted issuer (jwt.c); without, every caller is trusted and the
 * server stays on loopback unless told otherwise (docs/cds-hooks.md).
 */
#include "cli.h"
#include "fetch.h"
#include "hook.h"
#include "jwt.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define SERVICE_ID "tpath-depression-pathway"
#define SERVICE_PATH "/cds-services/" SERVICE_ID
#define DEFAULT_MAX_BODY (4u * 1024 * 1024)
#define CONNECTION_TIMEOUT 10 /* seconds without traffic */
#define DRAIN_SECONDS 30      /* the longest SIGTERM waits for requests */

typedef struct server {
	const tpath_kb *kb;
	size_t max_body;
	char *discovery; /* the discovery document, built once */
	const jwt_trust *trust; /* NULL: no caller is authenticated */
	const char *public_url; /* the base callers use, no trailing '/' */
	fetch_limits fetch; /* for the prefetch fetched from fhirServer */
	char host[INET6_ADDRSTRLEN + 2]; /* for the default base */
} server;

/* What one request holds from its first callback to its completion. */
typedef struct request {
	struct timespec start;
	char method[16];
	char path[128]; /* for the log: cut, non-printable bytes as '?' */
	enum { ROUTE_NONE, ROUTE_SERVICE, ROUTE_FEEDBACK } route;
	int answered; /* a response was queued before the body ended */
	int too_large;
	unsigned status;
	char issuer[96]; /* the verified JWT issuer, for the log */
	int verified; /* the caller's JWT verified (--trust) */
	char *body;
	size_t len, cap;
} request;

static void log_line(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

/* One line on stderr, written with one call so that threads do not mix
 * their lines. */
static void log_line(const char *fmt, ...)
{
	char line[512];
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(line, sizeof(line) - 1, fmt, ap);
	va_end(ap);
	if (k < 0)
		return;
	if ((size_t)k > sizeof(line) - 2)
		k = (int)sizeof(line) - 2;
	line[k] = '\n';
	line[k + 1] = '\0';
	fputs(line, stderr);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	char msg[400];
	size_t n;
	(void)cls;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	log_line("tpath serve: libmicrohttpd: %s", msg);
}

/* Queues a response with body (copied) and the CORS headers every answer
 * carries, and the header name: value when name is not NULL. */
static enum MHD_Result reply_with(struct MHD_Connection *c, request *rq,
				  unsigned status, const char *body,
				  const char *name, const char *value)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	resp = MHD_create_response_from_buffer(strlen(body), (void *)(uintptr_t)body,
					       MHD_RESPMEM_MUST_COPY);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Access-Control-Allow-Origin", "*");
	MHD_add_response_header(resp, "Access-Control-Allow-Methods",
				"GET, POST, OPTIONS");
	MHD_add_response_header(resp, "Access-Control-Allow-Headers",
				"Authorization, Content-Type");
	if (*body)
		MHD_add_response_header(resp, "Content-Type",
					"application/json");
	if (name)
		MHD_add_response_header(resp, name, value);
	if (status == MHD_HTTP_NO_CONTENT)
		MHD_add_response_header(resp, "Access-Control-Max-Age",
					"86400");
	ret = MHD_queue_response(c, status, resp);
	MHD_destroy_response(resp);
	if (ret == MHD_YES)
		rq->status = status;
	return ret;
}

/* allow, when not NULL, is the Allow header of a 405. */
static enum MHD_Result reply(struct MHD_Connection *c, request *rq,
			     unsigned status, const char *body,
			     const char *allow)
{
	return reply_with(c, rq, status, body, allow ? "Allow" : NULL, allow);
}

/* The JSON text {"error": message}, or NULL. */
static char *error_body(const char *message)
{
	json_t *o = json_pack("{s:s}", "error", message);
	char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	json_decref(o);
	return text;
}

/* {"error": message} with status. */
static enum MHD_Result reply_error(struct MHD_Connection *c, request *rq,
				   unsigned status, const char *message,
				   const char *allow)
{
	char *text = error_body(message);
	enum MHD_Result ret;

	ret = reply(c, rq, status,
		    text ? text : "{\"error\":\"out of memory\"}", allow);
	free(text);
	return ret;
}

/* Answers an error of the FHIR import, the history loader or the
 * evaluation: data the library refuses is the client's (400, with the
 * "prefetch.KEY:LINE:COLUMN: message" line, which goes to the caller only,
 * never to the log), running out of memory 503, anything else ours (500). */
static enum MHD_Result reply_tpath_error(struct MHD_Connection *c,
					 request *rq, const tpath_error *err)
{
	char line[1200];
	tpath_error_format(err, line, sizeof(line));
	if (err->code == TPATH_ENOMEM)
		return reply_error(c, rq, MHD_HTTP_SERVICE_UNAVAILABLE,
				   "out of memory", NULL);
	if (err->code == TPATH_EINVALID || err->code == TPATH_ELIMIT)
		return reply_error(c, rq, MHD_HTTP_BAD_REQUEST, line, NULL);
	return reply_error(c, rq, MHD_HTTP_INTERNAL_SERVER_ERROR, line, NULL);
}

/* Evaluates the service call in rq->body and queues the answer.  Absent
 * prefetch keys are fetched from the call's fhirServer when the caller's
 * JWT verified and the server may be fetched from; else 412 (CDS Hooks:
 * "unable to retrieve the necessary FHIR data"), also when a fetch fails. */
static enum MHD_Result service_call(struct MHD_Connection *c, server *srv,
				    request *rq)
{
	hook_request hr;
	json_t *cards = NULL, *resp;
	tpath_error err;
	char *text = NULL;
	char msg[600], missing[200], why[300];
	enum MHD_Result ret;
	int rc;

	if (hook_parse(&hr, rq->body, rq->len, msg, sizeof(msg)) != 0)
		return reply_error(c, rq, MHD_HTTP_BAD_REQUEST, msg, NULL);
	if (hr.missing) {
		const char *refused = NULL;
		hook_missing_keys(&hr, missing, sizeof(missing));
		if (!hr.fhir_server)
			refused = "no fhirServer was given to fetch them from";
		else if (!hr.access_token)
			refused = "fhirServer was given without "
				  "fhirAuthorization";
		else if (!rq->verified)
			refused = "fhirServer is fetched from only for a "
				  "caller whose JWT verified (the server runs "
				  "without --trust)";
		else if (fetch_check_server(hr.fhir_server, &srv->fetch, why,
					    sizeof(why)) < 0)
			refused = why;
		if (refused) {
			snprintf(msg, sizeof(msg),
				 "prefetch not fulfilled: %s (send null for "
				 "\"queried, nothing\"), and not fetched: %s",
				 missing, refused);
			ret = reply_error(c, rq, MHD_HTTP_PRECONDITION_FAILED,
					  msg, NULL);
			goto done;
		}
		rc = fetch_missing(&hr, &srv->fetch, msg, sizeof(msg));
		if (rc == -2) {
			ret = reply_error(c, rq, MHD_HTTP_SERVICE_UNAVAILABLE,
					  "out of memory", NULL);
			goto done;
		}
		if (rc < 0) {
			ret = reply_error(c, rq, MHD_HTTP_PRECONDITION_FAILED,
					  msg, NULL);
			goto done;
		}
	}
	if (hook_cards(&cards, srv->kb, &hr, &err) < 0) {
		ret = reply_tpath_error(c, rq, &err);
		goto done;
	}
	resp = json_pack("{s:o}", "cards", cards);
	text = resp ? json_dumps(resp, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	json_decref(resp);
	ret = text ? reply(c, rq, MHD_HTTP_OK, text, NULL)
		   : reply_error(c, rq, MHD_HTTP_SERVICE_UNAVAILABLE,
				 "out of memory", NULL);
done:
	free(text);
	hook_request_free(&hr);
	return ret;
}

static void copy_path(char *dst, size_t size, const char *url)
{
	size_t i;
	for (i = 0; url[i] && i + 1 < size; i++)
		dst[i] = (url[i] > 0x20 && url[i] < 0x7f) ? url[i] : '?';
	dst[i] = '\0';
}

/* With --trust: checks the caller's JWT for a call of url.  MHD_YES with
 * nothing queued when it passes; else the 401 (or 503) is queued.  The
 * audience is the endpoint as the caller called it: the --public-url base,
 * or http://HOST:PORT with the port bound (known only once listening). */
static enum MHD_Result authenticate(struct MHD_Connection *c, server *srv,
				    request *rq, const char *url)
{
	char aud[600], reason[400];
	const union MHD_ConnectionInfo *ci;
	const union MHD_DaemonInfo *di = NULL;
	enum jwt_outcome o;
	char *text;
	enum MHD_Result ret;

	if (srv->public_url)
		snprintf(aud, sizeof(aud), "%s%s", srv->public_url, url);
	else {
		ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_DAEMON);
		if (ci)
			di = MHD_get_daemon_info(ci->daemon,
						 MHD_DAEMON_INFO_BIND_PORT);
		snprintf(aud, sizeof(aud), "http://%s:%u%s", srv->host,
			 di ? (unsigned)di->port : 0u, url);
	}
	o = jwt_verify(srv->trust,
		       MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						   MHD_HTTP_HEADER_AUTHORIZATION),
		       aud, time(NULL), rq->issuer, sizeof(rq->issuer), reason,
		       sizeof(reason));
	if (o == JWT_OK) {
		rq->verified = 1;
		return MHD_YES;
	}
	rq->route = ROUTE_NONE;
	if (o == JWT_NOMEM)
		return reply_error(c, rq, MHD_HTTP_SERVICE_UNAVAILABLE,
				   "out of memory", NULL);
	/* RFC 6750: no error code when no credentials came at all. */
	text = error_body(reason);
	ret = reply_with(c, rq, MHD_HTTP_UNAUTHORIZED,
			 text ? text : "{\"error\":\"out of memory\"}",
			 MHD_HTTP_HEADER_WWW_AUTHENTICATE,
			 o == JWT_MISSING ? "Bearer"
					  : "Bearer error=\"invalid_token\"");
	free(text);
	return ret;
}

/* Routes a request on its first callback: answers it at once, or leaves
 * rq->route set for a POST whose body is still to come. */
static enum MHD_Result route(struct MHD_Connection *c, server *srv,
			     request *rq, const char *url, const char *method)
{
	int get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
	int post = strcmp(method, "POST") == 0;

	if (strcmp(method, "OPTIONS") == 0)
		return reply(c, rq, MHD_HTTP_NO_CONTENT, "", NULL);
	if (strcmp(url, "/health") == 0) {
		if (!get)
			return reply_error(c, rq, MHD_HTTP_METHOD_NOT_ALLOWED,
					   "method not allowed",
					   "GET, HEAD, OPTIONS");
		return reply(c, rq, MHD_HTTP_OK, "{\"status\":\"ok\"}", NULL);
	}
	if (strcmp(url, "/cds-services") == 0 ||
	    strcmp(url, "/cds-services/") == 0) {
		if (!get)
			return reply_error(c, rq, MHD_HTTP_METHOD_NOT_ALLOWED,
					   "method not allowed",
					   "GET, HEAD, OPTIONS");
		return reply(c, rq, MHD_HTTP_OK, srv->discovery, NULL);
	}
	if (strcmp(url, SERVICE_PATH) == 0)
		rq->route = ROUTE_SERVICE;
	else if (strcmp(url, SERVICE_PATH "/feedback") == 0)
		rq->route = ROUTE_FEEDBACK;
	else
		return reply_error(c, rq, MHD_HTTP_NOT_FOUND,
				   "no such service or resource", NULL);
	if (!post) {
		rq->route = ROUTE_NONE;
		return reply_error(c, rq, MHD_HTTP_METHOD_NOT_ALLOWED,
				   "method not allowed", "POST, OPTIONS");
	}
	/* Authenticate before reading a byte of the body. */
	if (srv->trust) {
		enum MHD_Result ret = authenticate(c, srv, rq, url);
		if (rq->status || ret != MHD_YES)
			return ret;
	}
	/* Refuse a body announced too large before reading any of it. */
	{
		const char *cl = MHD_lookup_connection_value(
			c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl) {
			char *end;
			unsigned long long v;
			errno = 0;
			v = strtoull(cl, &end, 10);
			if (errno || end == cl || v > srv->max_body) {
				rq->too_large = 1;
				rq->route = ROUTE_NONE;
				return reply_error(
					c, rq,
					MHD_HTTP_CONTENT_TOO_LARGE,
					"request body over --max-body", NULL);
			}
		}
	}
	return MHD_YES;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
			      const char *url, const char *method,
			      const char *version, const char *upload,
			      size_t *upload_size, void **con_cls)
{
	server *srv = cls;
	request *rq = *con_cls;
	(void)version;

	if (!rq) {
		enum MHD_Result ret;
		if (!(rq = calloc(1, sizeof(*rq))))
			return MHD_NO;
		*con_cls = rq;
		clock_gettime(CLOCK_MONOTONIC, &rq->start);
		copy_path(rq->method, sizeof(rq->method), method);
		copy_path(rq->path, sizeof(rq->path), url);
		ret = route(c, srv, rq, url, method);
		if (rq->status)
			rq->answered = 1;
		return ret;
	}
	if (*upload_size) {
		/* Count the bytes as they arrive (a chunked body announces no
		 * length); past the limit they are dropped unread. */
		size_t k = *upload_size;
		*upload_size = 0;
		if (rq->answered || rq->too_large)
			return MHD_YES;
		if (k > srv->max_body - rq->len) {
			rq->too_large = 1;
			free(rq->body);
			rq->body = NULL;
			rq->len = rq->cap = 0;
			return MHD_YES;
		}
		if (rq->len + k + 1 > rq->cap) {
			size_t ncap = rq->cap ? rq->cap : 16384;
			char *nb;
			while (ncap < rq->len + k + 1)
				ncap *= 2;
			if (!(nb = realloc(rq->body, ncap)))
				return MHD_NO;
			rq->body = nb;
			rq->cap = ncap;
		}
		memcpy(rq->body + rq->len, upload, k);
		rq->len += k;
		return MHD_YES;
	}
	if (rq->answered)
		return MHD_YES;
	rq->answered = 1;
	if (rq->too_large)
		return reply_error(c, rq, MHD_HTTP_CONTENT_TOO_LARGE,
				   "request body over --max-body", NULL);
	if (rq->route == ROUTE_FEEDBACK)
		/* Accepted and logged (the access log); nothing is kept. */
		return reply(c, rq, MHD_HTTP_OK, "{}", NULL);
	return service_call(c, srv, rq);
}

/* The access log, written when a request ends: method, path, status and
 * milliseconds, never anything of the body. */
static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
		      enum MHD_RequestTerminationCode toe)
{
	request *rq = *con_cls;
	struct timespec now;
	double ms;
	(void)cls;
	(void)c;

	if (!rq)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - rq->start.tv_sec) * 1e3 +
	     (double)(now.tv_nsec - rq->start.tv_nsec) / 1e6;
	if (toe == MHD_REQUEST_TERMINATED_COMPLETED_OK || rq->status)
		log_line("tpath serve: %s %s %u %.1f ms%s%s", rq->method,
			 rq->path, rq->status, ms, *rq->issuer ? " iss=" : "",
			 rq->issuer);
	else
		log_line("tpath serve: %s %s aborted (%s) %.1f ms",
			 rq->method, rq->path,
			 toe == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED
				 ? "timeout"
				 : "connection closed",
			 ms);
	free(rq->body);
	free(rq);
	*con_cls = NULL;
}

static char *discovery_document(void)
{
	json_t *pre = json_object(), *doc;
	char *text = NULL;
	size_t i;

	if (!pre)
		return NULL;
	for (i = 0; i < HOOK_NPREFETCH; i++)
		if (json_object_set_new(pre, hook_templates[i][0],
					json_string(hook_templates[i][1]))) {
			json_decref(pre);
			return NULL;
		}
	doc = json_pack(
		"{s:[{s:s,s:s,s:s,s:s,s:o}]}", "services", "hook",
		"patient-view", "id", SERVICE_ID, "title",
		"tpath: depression treatment pathway",
		"description",
		"Decision support, not prescribing: where the patient sits on "
		"a published depression treatment pathway (CANMAT 2023 by "
		"default), whether the guideline's definition of "
		"treatment-resistant depression is met, what the guideline "
		"says to consider next and safety warnings, each with its "
		"source.",
		"prefetch", pre);
	if (doc)
		text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	return text;
}

static int is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)sa;
		return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const void *)sa;
		return IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
	}
	return 0;
}

/* Checks --public-url and copies it without its trailing slashes into
 * *out; -1 when it is not an http(s) URL without query or fragment. */
static int parse_public_url(const char *s, char **out)
{
	const char *host;
	size_t n;

	if (strncmp(s, "https://", 8) == 0)
		host = s + 8;
	else if (strncmp(s, "http://", 7) == 0)
		host = s + 7;
	else
		return -1;
	if (!*host || *host == '/' || strpbrk(s, "?# \t\r\n"))
		return -1;
	n = strlen(s);
	while (n > 0 && s[n - 1] == '/')
		n--;
	*out = strndup(s, n);
	return *out ? 0 : -1;
}

/* A decimal number in [lo, hi] into *out; -1 when s is not one. */
static int parse_number(const char *s, unsigned long long lo,
			unsigned long long hi, unsigned long long *out)
{
	char *end;
	errno = 0;
	if (*s < '0' || *s > '9')
		return -1;
	*out = strtoull(s, &end, 10);
	if (errno || *end || *out < lo || *out > hi)
		return -1;
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "host", required_argument, NULL, 'H' },
		{ "port", required_argument, NULL, 'p' },
		{ "threads", required_argument, NULL, 't' },
		{ "max-body", required_argument, NULL, 'm' },
		{ "insecure", no_argument, NULL, 'i' },
		{ "public-url", required_argument, NULL, 'u' },
		{ "trust", required_argument, NULL, 'T' },
		{ "fetch-timeout", required_argument, NULL, 'f' },
		{ "data-dir", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *host = "127.0.0.1", *data_dir = NULL;
	unsigned long long port = 8080, threads = 2,
			   max_body = DEFAULT_MAX_BODY,
			   fetch_timeout = FETCH_DEFAULT_TIMEOUT_MS;
	int insecure = 0, opt, sig, rc = EXIT_OK, curl_started = 0;
	struct sockaddr_storage ss;
	struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
			 MHD_USE_ERROR_LOG;
	struct MHD_Daemon *d = NULL;
	MHD_socket lfd;
	const union MHD_DaemonInfo *info;
	sigset_t sigs;
	tpath_kb *kb = NULL;
	jwt_trust *trust = NULL;
	const jwt_trust *t;
	char *public_url = NULL;
	server srv;
	char addr[INET6_ADDRSTRLEN + 2], msg[600];
	int i;

	memset(&srv, 0, sizeof(srv));
	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		const char *what = NULL;
		switch (opt) {
		case 'H':
			host = optarg;
			break;
		case 'p':
			if (parse_number(optarg, 0, 65535, &port) < 0)
				what = "--port: a number from 0 to 65535";
			break;
		case 't':
			if (parse_number(optarg, 1, 64, &threads) < 0)
				what = "--threads: a number from 1 to 64";
			break;
		case 'm':
			if (parse_number(optarg, 1, 1ull << 30, &max_body) < 0)
				what = "--max-body: a number of bytes from 1 "
				       "to 1073741824";
			break;
		case 'f':
			if (parse_number(optarg, 100, 60000, &fetch_timeout) < 0)
				what = "--fetch-timeout: a number of "
				       "milliseconds from 100 to 60000";
			break;
		case 'i':
			insecure = 1;
			break;
		case 'u':
			free(public_url);
			public_url = NULL;
			if (parse_public_url(optarg, &public_url) < 0)
				what = "--public-url: an http:// or https:// URL "
				       "without query or fragment";
			break;
		case 'T':
			/* Read now, before the server starts: a bad file
			 * stops it here. */
			if ((rc = jwt_trust_add(&trust, optarg, msg,
						sizeof(msg))) != 0) {
				cli_fail("serve: %s", msg);
				goto cleanup;
			}
			break;
		case 'd':
			data_dir = optarg;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("serve"));
			goto cleanup;
		default:
			cli_fail("serve: unknown or incomplete option '%s'; "
				 "try 'tpath help serve'",
				 argv[optind - 1]);
			rc = EXIT_USAGE;
			goto cleanup;
		}
		if (what) {
			cli_fail("serve: %s expected, got '%s'", what, optarg);
			rc = EXIT_USAGE;
			goto cleanup;
		}
	}
	if (optind < argc) {
		cli_fail("serve: unexpected argument '%s'", argv[optind]);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	memset(&ss, 0, sizeof(ss));
	if (strcmp(host, "localhost") == 0)
		host = "127.0.0.1";
	if (inet_pton(AF_INET, host, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)port);
	} else if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		flags |= MHD_USE_IPv6;
	} else {
		cli_fail("serve: --host: a numeric IPv4 or IPv6 address "
			 "expected, got '%s'",
			 host);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if (!is_loopback((struct sockaddr *)&ss) && !insecure && !trust) {
		cli_fail("serve: refusing to listen on %s, which is not a "
			 "loopback address, without caller authentication "
			 "(no --trust given); give --insecure to do it anyway",
			 host);
		rc = EXIT_USAGE;
		goto cleanup;
	}

	if (trust && !public_url &&
	    (in4->sin_family == AF_INET
		     ? in4->sin_addr.s_addr == htonl(INADDR_ANY)
		     : IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr))) {
		/* The default audience would be http://0.0.0.0:PORT, which no
		 * client calls: every token would be refused. */
		cli_fail("serve: --trust with --host %s needs --public-url: "
			 "the URL the callers use, which the tokens' \"aud\" "
			 "must name",
			 host);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if ((rc = cli_open_kb(&kb, data_dir)) != 0)
		goto cleanup;
	srv.kb = kb;
	srv.max_body = (size_t)max_body;
	srv.trust = trust;
	srv.public_url = public_url;
	srv.fetch.timeout_ms = (long)fetch_timeout;
	srv.fetch.max_bytes = (size_t)max_body;
	srv.fetch.insecure = insecure;
	if (fetch_global_init() < 0) {
		cli_fail("serve: libcurl cannot start");
		rc = EXIT_SYSTEM;
		goto cleanup;
	}
	curl_started = 1;
	if (in4->sin_family == AF_INET)
		snprintf(srv.host, sizeof(srv.host), "%s", host);
	else
		snprintf(srv.host, sizeof(srv.host), "[%s]", host);
	json_object_seed(0);
	if (!(srv.discovery = discovery_document())) {
		cli_fail("serve: out of memory");
		rc = EXIT_SYSTEM;
		goto cleanup;
	}

	/* The pool's threads inherit this mask: only the main thread takes
	 * the signals, through sigwait. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);

	d = MHD_start_daemon(
		flags, (uint16_t)port, NULL, NULL, handle, &srv,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONNECTION_TIMEOUT,
		MHD_OPTION_NOTIFY_COMPLETED, completed, &srv, MHD_OPTION_END);
	if (!d) {
		cli_fail("serve: cannot listen on %s port %llu", host, port);
		rc = EXIT_SYSTEM;
		goto cleanup;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	if (info)
		port = info->port;
	snprintf(addr, sizeof(addr), "%s", srv.host);
	if (!trust)
		log_line("tpath serve: no --trust given: every caller is "
			 "trusted (no JWT is checked)");
	for (t = trust; t;) {
		const char *iss, *file;
		size_t nkeys;
		t = jwt_trust_next(t, &iss, &file, &nkeys);
		log_line("tpath serve: trusting issuer %s: %zu key%s from %s",
			 iss, nkeys, nkeys == 1 ? "" : "s", file);
	}
	if (trust && public_url)
		log_line("tpath serve: service calls need a JWT whose \"aud\" "
			 "is %s/cds-services/...",
			 public_url);
	else if (trust)
		log_line("tpath serve: service calls need a JWT whose \"aud\" "
			 "is http://%s:%llu/cds-services/...",
			 addr, port);
	log_line("tpath serve: listening on http://%s:%llu", addr, port);

	if (sigwait(&sigs, &sig) != 0)
		sig = SIGTERM;
	log_line("tpath serve: %s: finishing the requests in flight",
		 sig == SIGINT ? "SIGINT" : "SIGTERM");
	/* Stop accepting, let the connections open now finish, then stop. */
	lfd = MHD_quiesce_daemon(d);
	for (i = 0; i < DRAIN_SECONDS * 20; i++) {
		info = MHD_get_daemon_info(d,
					   MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (!info || info->num_connections == 0)
			break;
		{
			struct timespec ts = { 0, 50 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
	}
	MHD_stop_daemon(d);
	if (lfd != MHD_INVALID_SOCKET)
		close(lfd); /* quiesce handed the listening socket to us */
	log_line("tpath serve: stopped");
cleanup:
	if (curl_started)
		fetch_global_cleanup();
	free(srv.discovery);
	tpath_kb_free(kb);
	jwt_trust_free(trust);
	free(public_url);
	return rc;
}
