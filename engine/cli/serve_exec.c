/*
 * serve_exec.c - `tpath serve` in the tpath program: runs the server
 * program, tpath-serve, in this process's place.
 *
 * The CDS Hooks server needs libmicrohttpd, and with it GnuTLS and p11-kit;
 * linked into tpath they were loaded and initialised by every command (about
 * 4 million instructions and 3 ms of start-up for `tpath --version`).  So
 * the server is its own program, built from the same command table plus
 * serve.c and cards.c, and this file is what tpath has instead: it looks for
 * tpath-serve beside the running tpath (the build tree, or a bin directory
 * holding both), then in TPATH_LIBEXECDIR (where `make install` puts it),
 * and executes it with the same arguments.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TPATH_LIBEXECDIR
#define TPATH_LIBEXECDIR "/usr/local/libexec/tpath"
#endif

#define SERVER "tpath-serve"

static char self_name[] = "tpath";

/* Writes DIR/tpath-serve for the directory of the running program into
 * buf; -1 when it cannot be known or does not fit. */
static int beside_self(char *buf, size_t size)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;
	if (n <= 0)
		return -1;
	self[n] = '\0';
	if (!(slash = strrchr(self, '/')))
		return -1;
	slash[1] = '\0';
	if (strlen(self) + sizeof(SERVER) > size)
		return -1;
	strcpy(buf, self);
	strcat(buf, SERVER);
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	char here[PATH_MAX];
	const char *installed = TPATH_LIBEXECDIR "/" SERVER, *prog = NULL;
	char **args;
	int i, have_here = beside_self(here, sizeof(here)) == 0, err;

	if (have_here && access(here, X_OK) == 0)
		prog = here;
	else if (access(installed, X_OK) == 0)
		prog = installed;
	else {
		cli_fail("serve: the server program %s is not installed "
			 "(looked for %s%s%s); 'make install' installs it",
			 SERVER, have_here ? here : "", have_here ? " and " : "",
			 installed);
		return EXIT_SYSTEM;
	}
	/* argv is "serve" and its options; the server program is given
	 * "tpath serve ..." so that its messages read as tpath's. */
	if (!(args = malloc(((size_t)argc + 2) * sizeof(*args)))) {
		cli_fail("serve: out of memory");
		return EXIT_SYSTEM;
	}
	args[0] = self_name;
	for (i = 0; i < argc; i++)
		args[i + 1] = argv[i];
	args[argc + 1] = NULL;
	execv(prog, args);
	err = errno;
	free(args);
	cli_fail("serve: cannot run %s: %s", prog, strerror(err));
	return EXIT_SYSTEM;
}
