/*
 * jwt.h - the CDS Hooks caller authentication of tpath-serve: the JWK Sets
 * of the trusted issuers (--trust ISSUER=JWKS_FILE) and the check of one
 * request's bearer JWT against them (libcjose verifies the signature).
 */
#ifndef TPATH_CLI_JWT_H
#define TPATH_CLI_JWT_H

#include <stddef.h>
#include <time.h>

typedef struct jwt_trust jwt_trust;

enum jwt_outcome {
	JWT_OK = 0,
	JWT_MISSING, /* no Authorization header: 401, no error code */
	JWT_INVALID, /* a token that does not pass: 401, invalid_token */
	JWT_NOMEM    /* ours, not the caller's: 503 */
};

/* Reads "ISSUER=JWKS_FILE" and appends the issuer with the file's keys to
 * *list.  0, or an exit status (EXIT_USAGE for the syntax, EXIT_SYSTEM for
 * a file that cannot be read, EXIT_INVALID for one that is not a usable
 * JWK Set) with the message in msg. */
int jwt_trust_add(jwt_trust **list, const char *spec, char *msg,
		  size_t size);
void jwt_trust_free(jwt_trust *list);

/* Walks the list: the issuer, its file and its number of keys of each
 * trusted issuer, for the start-up lines. */
const jwt_trust *jwt_trust_next(const jwt_trust *t, const char **issuer,
				const char **file, size_t *keys);

/* Checks the Authorization header value authz (NULL when absent) of a
 * call of the endpoint aud at time now.  On JWT_OK the verified issuer is
 * copied into iss (cut to fit); otherwise reason says why, for the caller. */
enum jwt_outcome jwt_verify(const jwt_trust *list, const char *authz,
			    const char *aud, time_t now, char *iss,
			    size_t iss_size, char *reason, size_t reason_size);

#endif
