/*
 * jwt.c - test helper for tests/cli/serve-jwt-*.t (built as build/jwt with
 * libcjose; never part of tpath).  It makes the tokens a CDS Hooks client
 * would send, and the bad ones an attacker would.
 *
 * usage:
 *   jwt key rsa|ec KID            a new private JWK (RSA 2048 / EC P-384)
 *   jwt public KEY...             the JWK Set of the keys' public halves
 *   jwt sign KEY ALG CLAIMS       a compact JWS: header {"alg","typ","kid"}
 *                                 (kid from KEY; with ALG "-" the algorithm
 *                                 the key type calls for)
 *   jwt sign-nokid KEY ALG CLAIMS the same without "kid"
 *   jwt hmac SECRET_FILE CLAIMS   HS384 with the file's bytes as the secret
 *   jwt none CLAIMS               {"alg":"none"} and an empty signature
 * KEY is a file holding one private JWK; CLAIMS is the payload as JSON text.
 */
#include <cjose/cjose.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what, const cjose_err *err)
{
	fprintf(stderr, "jwt: %s%s%s\n", what, err ? ": " : "",
		err && err->message ? err->message : "");
	exit(1);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = malloc(1 << 20);
	if (!f || !buf)
		die(path, NULL);
	*len = fread(buf, 1, (1 << 20) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static cjose_jwk_t *read_key(const char *path)
{
	cjose_err err;
	size_t len;
	char *text = slurp(path, &len);
	cjose_jwk_t *k = cjose_jwk_import(text, len, &err);
	if (!k)
		die(path, &err);
	free(text);
	return k;
}

static void sign(const char *keyfile, const char *alg, const char *claims,
		 int with_kid)
{
	cjose_jwk_t *k = read_key(keyfile);
	cjose_header_t *h;
	cjose_jws_t *jws;
	const char *out, *kid;
	cjose_err err;

	if (strcmp(alg, "-") == 0)
		alg = cjose_jwk_get_kty(k, &err) == CJOSE_JWK_KTY_RSA ? "RS384"
								       : "ES384";
	if (!(h = cjose_header_new(&err)) ||
	    !cjose_header_set(h, "alg", alg, &err) ||
	    !cjose_header_set(h, "typ", "JWT", &err))
		die("header", &err);
	kid = cjose_jwk_get_kid(k, &err);
	if (with_kid && kid && !cjose_header_set(h, "kid", kid, &err))
		die("header", &err);
	jws = cjose_jws_sign(k, h, (const uint8_t *)claims, strlen(claims),
			     &err);
	if (!jws || !cjose_jws_export(jws, &out, &err))
		die("sign", &err);
	puts(out);
	cjose_jws_release(jws);
	cjose_header_release(h);
	cjose_jwk_release(k);
}

static char *b64url(const char *s, size_t n)
{
	char *out;
	size_t outlen;
	cjose_err err;
	if (!cjose_base64url_encode((const uint8_t *)s, n, &out, &outlen, &err))
		die("base64url", &err);
	return out;
}

int main(int argc, char **argv)
{
	cjose_err err;
	int i;

	if (argc == 4 && strcmp(argv[1], "key") == 0) {
		static const uint8_t e[] = { 1, 0, 1 };
		cjose_jwk_t *k = strcmp(argv[2], "rsa") == 0
			? cjose_jwk_create_RSA_random(2048, e, sizeof(e), &err)
			: cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_384, &err);
		char *json;
		if (!k || !cjose_jwk_set_kid(k, argv[3], strlen(argv[3]), &err) ||
		    !(json = cjose_jwk_to_json(k, true, &err)))
			die("key", &err);
		puts(json);
		free(json);
		cjose_jwk_release(k);
		return 0;
	}
	if (argc >= 3 && strcmp(argv[1], "public") == 0) {
		fputs("{\"keys\": [", stdout);
		for (i = 2; i < argc; i++) {
			cjose_jwk_t *k = read_key(argv[i]);
			char *json = cjose_jwk_to_json(k, false, &err);
			if (!json)
				die(argv[i], &err);
			printf("%s\n  %s", i > 2 ? "," : "", json);
			free(json);
			cjose_jwk_release(k);
		}
		puts("\n]}");
		return 0;
	}
	if (argc == 5 && strcmp(argv[1], "sign") == 0) {
		sign(argv[2], argv[3], argv[4], 1);
		return 0;
	}
	if (argc == 5 && strcmp(argv[1], "sign-nokid") == 0) {
		sign(argv[2], argv[3], argv[4], 0);
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "hmac") == 0) {
		size_t len;
		char *secret = slurp(argv[2], &len);
		cjose_jwk_t *k = cjose_jwk_create_oct_spec((uint8_t *)secret,
							   len, &err);
		cjose_header_t *h = cjose_header_new(&err);
		cjose_jws_t *jws;
		const char *out;
		if (!k || !h || !cjose_header_set(h, "alg", "HS384", &err) ||
		    !cjose_header_set(h, "typ", "JWT", &err))
			die("hmac", &err);
		jws = cjose_jws_sign(k, h, (const uint8_t *)argv[3],
				     strlen(argv[3]), &err);
		if (!jws || !cjose_jws_export(jws, &out, &err))
			die("hmac", &err);
		puts(out);
		cjose_jws_release(jws);
		cjose_header_release(h);
		cjose_jwk_release(k);
		free(secret);
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "none") == 0) {
		static const char hdr[] = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
		char *a = b64url(hdr, strlen(hdr));
		char *b = b64url(argv[2], strlen(argv[2]));
		printf("%s.%s.\n", a, b);
		free(a);
		free(b);
		return 0;
	}
	fputs("usage: jwt key rsa|ec KID | public KEY... | sign KEY ALG CLAIMS"
	      " | sign-nokid KEY ALG CLAIMS | hmac SECRET_FILE CLAIMS"
	      " | none CLAIMS\n",
	      stderr);
	return 2;
}
