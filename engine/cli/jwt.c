/*
 * jwt.c - CDS Hooks 2.0 caller authentication for tpath-serve.
 *
 * Each trusted issuer has its own key set, read from its JWK Set file at
 * start-up; a token is checked against the keys of the issuer its payload
 * names and no others, so one client cannot sign as another.  The header
 * and the payload are decoded here (to refuse early and say why); libcjose
 * checks the signature.  Only RS384 and ES384 are accepted, and only with a
 * key of the matching type: the algorithm is never taken from the token
 * alone, so "none" and HMAC tokens made with a public key as the secret
 * get nowhere.  Everything a check allocates is freed before it returns.
 */
#include "jwt.h"
#include "cli.h"

#include <cjose/cjose.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define JWKS_MAX (1u << 20)  /* bytes of one JWK Set file */
#define TOKEN_MAX 16384      /* bytes of one token */
#define RSA_MIN_BITS 2048
#define CLOCK_SKEW 60	   /* seconds an "iat" or "nbf" may be ahead */
#define JTI_MAX 65536	   /* tokens remembered at once (16 bytes each) */

/* The tokens accepted and not yet expired, as a hash of issuer and jti
 * with the token's exp: a token seen again before its exp is a replay.
 * A fixed table shared by the threads: when every slot holds a live
 * token, new tokens are refused (the memory stays bounded, and no replay
 * window opens). */
static struct seen {
	uint64_t hash;
	double exp;
} seen[JTI_MAX];
static size_t nseen;
static pthread_mutex_t seen_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t jti_hash(const char *issuer, const char *jti)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	const unsigned char *p;
	for (p = (const unsigned char *)issuer; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	h = (h ^ 0) * 1099511628211ull;
	for (p = (const unsigned char *)jti; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	return h;
}

/* 0 when the token is new (and is remembered until exp), 1 for a replay,
 * 2 when the table is full of live tokens. */
static int jti_remember(const char *issuer, const char *jti, double exp,
			time_t now)
{
	uint64_t h = jti_hash(issuer, jti);
	size_t i, j;
	int rc = 0;

	pthread_mutex_lock(&seen_lock);
	for (i = j = 0; i < nseen; i++) {
		if (seen[i].exp <= (double)now)
			continue; /* expired: forgotten */
		if (seen[i].hash == h)
			rc = 1;
		seen[j++] = seen[i];
	}
	nseen = j;
	if (rc == 0 && nseen == JTI_MAX)
		rc = 2;
	if (rc == 0) {
		seen[nseen].hash = h;
		seen[nseen].exp = exp;
		nseen++;
	}
	pthread_mutex_unlock(&seen_lock);
	return rc;
}

typedef struct jwt_key {
	cjose_jwk_t *jwk;
	cjose_jwk_kty_t kty;
	char *kid; /* NULL when the JWK has none */
} jwt_key;

struct jwt_trust {
	char *issuer;
	char *file;
	jwt_key *keys;
	size_t nkeys;
	struct jwt_trust *next;
};

static void free_one(jwt_trust *t)
{
	size_t i;
	for (i = 0; i < t->nkeys; i++) {
		cjose_jwk_release(t->keys[i].jwk);
		free(t->keys[i].kid);
	}
	free(t->keys);
	free(t->issuer);
	free(t->file);
	free(t);
}

void jwt_trust_free(jwt_trust *list)
{
	while (list) {
		jwt_trust *next = list->next;
		free_one(list);
		list = next;
	}
}

const jwt_trust *jwt_trust_next(const jwt_trust *t, const char **issuer,
				const char **file, size_t *keys)
{
	*issuer = t->issuer;
	*file = t->file;
	*keys = t->nkeys;
	return t->next;
}

/* Reads the whole file, at most JWKS_MAX bytes, NUL-terminated. */
static int slurp(const char *path, char **out, size_t *len, char *msg,
		 size_t size)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	size_t n;

	if (!f) {
		snprintf(msg, size, "%s: cannot open: %s", path,
			 strerror(errno));
		return EXIT_SYSTEM;
	}
	if (!(buf = malloc(JWKS_MAX + 1))) {
		fclose(f);
		snprintf(msg, size, "out of memory");
		return EXIT_SYSTEM;
	}
	n = fread(buf, 1, JWKS_MAX + 1, f);
	if (ferror(f)) {
		snprintf(msg, size, "%s: cannot read: %s", path,
			 strerror(errno));
		fclose(f);
		free(buf);
		return EXIT_SYSTEM;
	}
	fclose(f);
	if (n > JWKS_MAX) {
		snprintf(msg, size, "%s: over %u bytes: not a JWK Set", path,
			 JWKS_MAX);
		free(buf);
		return EXIT_INVALID;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* Checks and imports keys[i] of a set into *k. */
static int load_key(jwt_key *k, json_t *jk, const char *file, size_t i,
		    char *msg, size_t size)
{
	const char *kty = json_string_value(json_object_get(jk, "kty"));
	json_t *use = json_object_get(jk, "use");
	json_t *alg = json_object_get(jk, "alg");
	json_t *kid = json_object_get(jk, "kid");
	const char *want;
	cjose_err cerr;

	if (!json_is_object(jk)) {
		snprintf(msg, size, "%s: keys[%zu] is not a JSON object", file,
			 i);
		return EXIT_INVALID;
	}
	if (!kty || (strcmp(kty, "RSA") != 0 && strcmp(kty, "EC") != 0)) {
		snprintf(msg, size,
			 "%s: keys[%zu]: \"kty\" must be \"RSA\" (for RS384) "
			 "or \"EC\" (for ES384)",
			 file, i);
		return EXIT_INVALID;
	}
	want = strcmp(kty, "RSA") == 0 ? "RS384" : "ES384";
	if (json_object_get(jk, "d")) {
		/* A private key in a trust file is a key leaked to us. */
		snprintf(msg, size,
			 "%s: keys[%zu] holds a private key (\"d\"); give the "
			 "public key only",
			 file, i);
		return EXIT_INVALID;
	}
	if (*kty == 'E') {
		const char *crv = json_string_value(json_object_get(jk, "crv"));
		if (!crv || strcmp(crv, "P-384") != 0) {
			snprintf(msg, size,
				 "%s: keys[%zu]: an EC key must be on curve "
				 "\"P-384\" (ES384)",
				 file, i);
			return EXIT_INVALID;
		}
	}
	if (use && (!json_is_string(use) ||
		    strcmp(json_string_value(use), "sig") != 0)) {
		snprintf(msg, size, "%s: keys[%zu]: \"use\" is not \"sig\"",
			 file, i);
		return EXIT_INVALID;
	}
	if (alg && (!json_is_string(alg) ||
		    strcmp(json_string_value(alg), want) != 0)) {
		snprintf(msg, size,
			 "%s: keys[%zu]: \"alg\" must be \"%s\" for kty \"%s\" "
			 "(or absent)",
			 file, i, want, kty);
		return EXIT_INVALID;
	}
	if (kid && (!json_is_string(kid) || !*json_string_value(kid))) {
		snprintf(msg, size,
			 "%s: keys[%zu]: \"kid\" is not a non-empty string",
			 file, i);
		return EXIT_INVALID;
	}
	memset(&cerr, 0, sizeof(cerr));
	k->jwk = cjose_jwk_import_json((cjose_header_t *)jk, &cerr);
	if (!k->jwk) {
		snprintf(msg, size, "%s: keys[%zu]: not a valid %s JWK (%s)",
			 file, i, kty,
			 cerr.message ? cerr.message : "libcjose");
		return EXIT_INVALID;
	}
	k->kty = cjose_jwk_get_kty(k->jwk, NULL);
	if (k->kty == CJOSE_JWK_KTY_RSA &&
	    cjose_jwk_get_keysize(k->jwk, NULL) < RSA_MIN_BITS) {
		snprintf(msg, size,
			 "%s: keys[%zu]: an RSA key of %zu bits; at least %d "
			 "are needed",
			 file, i, cjose_jwk_get_keysize(k->jwk, NULL),
			 RSA_MIN_BITS);
		return EXIT_INVALID;
	}
	if (kid && !(k->kid = strdup(json_string_value(kid)))) {
		snprintf(msg, size, "out of memory");
		return EXIT_SYSTEM;
	}
	return 0;
}

static int load_set(jwt_trust *t, char *msg, size_t size)
{
	json_error_t jerr;
	json_t *doc = NULL, *keys;
	char *text = NULL;
	size_t len, i, j;
	int rc;

	if ((rc = slurp(t->file, &text, &len, msg, size)) != 0)
		return rc;
	doc = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	free(text);
	if (!doc) {
		snprintf(msg, size, "%s:%d:%d: %s", t->file, jerr.line,
			 jerr.column, jerr.text);
		return EXIT_INVALID;
	}
	keys = json_object_get(doc, "keys");
	if (!json_is_object(doc) || !json_is_array(keys)) {
		snprintf(msg, size,
			 "%s: not a JWK Set (an object with a \"keys\" array)",
			 t->file);
		rc = EXIT_INVALID;
		goto done;
	}
	if (json_array_size(keys) == 0) {
		snprintf(msg, size, "%s: the JWK Set has no keys", t->file);
		rc = EXIT_INVALID;
		goto done;
	}
	if (!(t->keys = calloc(json_array_size(keys), sizeof(*t->keys)))) {
		snprintf(msg, size, "out of memory");
		rc = EXIT_SYSTEM;
		goto done;
	}
	for (i = 0; i < json_array_size(keys); i++) {
		rc = load_key(&t->keys[i], json_array_get(keys, i), t->file, i,
			      msg, size);
		t->nkeys = i + 1; /* so that free_one releases this one too */
		if (rc)
			goto done;
		for (j = 0; t->keys[i].kid && j < i; j++)
			if (t->keys[j].kid &&
			    strcmp(t->keys[j].kid, t->keys[i].kid) == 0) {
				snprintf(msg, size,
					 "%s: keys[%zu] and keys[%zu] have the "
					 "same \"kid\"",
					 t->file, j, i);
				rc = EXIT_INVALID;
				goto done;
			}
	}
done:
	json_decref(doc);
	return rc;
}

int jwt_trust_add(jwt_trust **list, const char *spec, char *msg,
		  size_t size)
{
	/* Split at the last '=': an issuer is a URL and may hold one. */
	const char *eq = strrchr(spec, '=');
	jwt_trust *t, **tail;
	int rc;

	if (!eq || eq == spec || !eq[1]) {
		snprintf(msg, size,
			 "--trust: ISSUER=JWKS_FILE expected, got '%s'", spec);
		return EXIT_USAGE;
	}
	for (tail = list; *tail; tail = &(*tail)->next)
		if (strlen((*tail)->issuer) == (size_t)(eq - spec) &&
		    strncmp((*tail)->issuer, spec, (size_t)(eq - spec)) == 0) {
			snprintf(msg, size,
				 "--trust: issuer '%s' given twice (put all "
				 "its keys in one JWK Set)",
				 (*tail)->issuer);
			return EXIT_USAGE;
		}
	if (!(t = calloc(1, sizeof(*t))) ||
	    !(t->issuer = strndup(spec, (size_t)(eq - spec))) ||
	    !(t->file = strdup(eq + 1))) {
		if (t)
			free_one(t);
		snprintf(msg, size, "out of memory");
		return EXIT_SYSTEM;
	}
	if ((rc = load_set(t, msg, size)) != 0) {
		free_one(t);
		return rc;
	}
	*tail = t;
	return 0;
}

/* Copies s into dst for a message: cut, non-printable bytes as '?'. */
static void printable(char *dst, size_t size, const char *s)
{
	size_t i;
	for (i = 0; s[i] && i + 1 < size; i++)
		dst[i] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
	dst[i] = '\0';
}

/* The JSON object encoded in one base64url part, or NULL. */
static json_t *decode_part(const char *p, size_t n, int *nomem)
{
	uint8_t *raw = NULL;
	size_t rawlen = 0;
	cjose_err cerr;
	json_t *o;

	memset(&cerr, 0, sizeof(cerr));
	if (!cjose_base64url_decode(p, n, &raw, &rawlen, &cerr)) {
		*nomem = cerr.code == CJOSE_ERR_NO_MEMORY;
		return NULL;
	}
	o = json_loadb((const char *)raw, rawlen, JSON_REJECT_DUPLICATES,
		       NULL);
	cjose_get_dealloc()(raw);
	if (o && !json_is_object(o)) {
		json_decref(o);
		o = NULL;
	}
	return o;
}

static int audience_matches(json_t *aud, const char *want)
{
	size_t i;
	if (json_is_string(aud))
		return strcmp(json_string_value(aud), want) == 0;
	for (i = 0; i < json_array_size(aud); i++)
		if (json_is_string(json_array_get(aud, i)) &&
		    strcmp(json_string_value(json_array_get(aud, i)), want) ==
			    0)
			return 1;
	return 0;
}

#define REFUSE(...)                                                            \
	do {                                                                   \
		snprintf(reason, reason_size, __VA_ARGS__);                    \
		rc = JWT_INVALID;                                              \
		goto done;                                                     \
	} while (0)

enum jwt_outcome jwt_verify(const jwt_trust *list, const char *authz,
			    const char *aud, time_t now, char *iss,
			    size_t iss_size, char *reason, size_t reason_size)
{
	json_t *hdr = NULL, *claims = NULL, *exp, *kidj, *iat, *nbf;
	const char *tok, *d1, *d2, *alg, *issuer, *kid, *jti;
	const jwt_trust *t;
	cjose_jws_t *jws = NULL;
	cjose_jwk_kty_t kty;
	cjose_err cerr;
	enum jwt_outcome rc = JWT_INVALID;
	char shown[40];
	size_t len, i, tried = 0;
	int nomem = 0;

	*reason = '\0';
	if (!authz || !*authz) {
		snprintf(reason, reason_size,
			 "no Authorization header: this service needs "
			 "\"Authorization: Bearer <JWT>\"");
		return JWT_MISSING;
	}
	tok = authz + strspn(authz, " \t");
	if (strncasecmp(tok, "Bearer", 6) != 0 ||
	    (tok[6] != ' ' && tok[6] != '\t'))
		REFUSE("the Authorization header is not \"Bearer <JWT>\"");
	tok += 6;
	tok += strspn(tok, " \t");
	len = strlen(tok);
	while (len > 0 && (tok[len - 1] == ' ' || tok[len - 1] == '\t'))
		len--;
	if (len > TOKEN_MAX)
		REFUSE("malformed token: over %d bytes", TOKEN_MAX);
	d1 = memchr(tok, '.', len);
	d2 = d1 ? memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - tok)) : NULL;
	if (!d1 || !d2 || memchr(d2 + 1, '.', len - (size_t)(d2 + 1 - tok)))
		REFUSE("malformed token: not a compact JWS (three base64url "
		       "parts separated by dots)");
	if (!(hdr = decode_part(tok, (size_t)(d1 - tok), &nomem))) {
		if (nomem)
			goto nomem;
		REFUSE("malformed token: the header is not base64url-encoded "
		       "JSON object");
	}
	alg = json_string_value(json_object_get(hdr, "alg"));
	if (!alg)
		REFUSE("token header has no \"alg\"");
	if (strcmp(alg, "RS384") == 0)
		kty = CJOSE_JWK_KTY_RSA;
	else if (strcmp(alg, "ES384") == 0)
		kty = CJOSE_JWK_KTY_EC;
	else {
		printable(shown, sizeof(shown), alg);
		REFUSE("token algorithm \"%s\" is not accepted (RS384 or "
		       "ES384 only)",
		       shown);
	}
	if (json_object_get(hdr, "crit"))
		REFUSE("token header has \"crit\" extensions this service "
		       "does not understand");
	kidj = json_object_get(hdr, "kid");
	if (kidj && !json_is_string(kidj))
		REFUSE("token header \"kid\" is not a string");
	kid = json_string_value(kidj);
	if (!(claims = decode_part(d1 + 1, (size_t)(d2 - d1 - 1), &nomem))) {
		if (nomem)
			goto nomem;
		REFUSE("malformed token: the payload is not base64url-encoded "
		       "JSON object");
	}
	issuer = json_string_value(json_object_get(claims, "iss"));
	if (!issuer || !*issuer)
		REFUSE("token has no \"iss\"");
	for (t = list; t; t = t->next)
		if (strcmp(t->issuer, issuer) == 0)
			break;
	if (!t)
		REFUSE("token issuer is not trusted");

	/* The signature, with this issuer's keys only. */
	memset(&cerr, 0, sizeof(cerr));
	if (!(jws = cjose_jws_import(tok, len, &cerr))) {
		if (cerr.code == CJOSE_ERR_NO_MEMORY)
			goto nomem;
		REFUSE("malformed token: not a JWS libcjose can read");
	}
	for (i = 0; i < t->nkeys; i++) {
		const jwt_key *k = &t->keys[i];
		if (k->kty != kty ||
		    (kid && (!k->kid || strcmp(k->kid, kid) != 0)))
			continue;
		tried++;
		memset(&cerr, 0, sizeof(cerr));
		if (cjose_jws_verify(jws, k->jwk, &cerr))
			break;
		if (cerr.code == CJOSE_ERR_NO_MEMORY)
			goto nomem;
	}
	if (!tried && kid)
		REFUSE("no key of the token's issuer has the token's \"kid\" "
		       "for %s",
		       alg);
	if (!tried)
		REFUSE("the token's issuer has no key for %s", alg);
	if (i == t->nkeys)
		REFUSE("token signature does not verify with the keys of its "
		       "issuer");

	/* The claims, now that they are the issuer's. */
	exp = json_object_get(claims, "exp");
	if (!json_is_number(exp))
		REFUSE("token has no \"exp\" (a number of seconds since "
		       "1970)");
	if (json_number_value(exp) <= (double)now)
		REFUSE("token expired");
	if (!audience_matches(json_object_get(claims, "aud"), aud))
		REFUSE("token \"aud\" is not %s, the endpoint called", aud);
	jti = json_string_value(json_object_get(claims, "jti"));
	if (!jti || !*jti)
		REFUSE("token has no \"jti\"");
	iat = json_object_get(claims, "iat");
	if (iat && !json_is_number(iat))
		REFUSE("token \"iat\" is not a number of seconds since 1970");
	if (iat && json_number_value(iat) > (double)now + CLOCK_SKEW)
		REFUSE("token \"iat\" is in the future");
	nbf = json_object_get(claims, "nbf");
	if (nbf && !json_is_number(nbf))
		REFUSE("token \"nbf\" is not a number of seconds since 1970");
	if (nbf && json_number_value(nbf) > (double)now + CLOCK_SKEW)
		REFUSE("token is not valid yet (\"nbf\")");
	switch (jti_remember(issuer, jti, json_number_value(exp), now)) {
	case 1:
		REFUSE("token \"jti\" was used before (a replay)");
	case 2:
		REFUSE("too many tokens not yet expired (%u): try again later",
		       JTI_MAX);
	default:
		break;
	}
	printable(iss, iss_size, issuer);
	rc = JWT_OK;
	goto done;
nomem:
	snprintf(reason, reason_size, "out of memory");
	rc = JWT_NOMEM;
done:
	if (jws)
		cjose_jws_release(jws);
	json_decref(claims);
	json_decref(hdr);
	return rc;
}
