/*
 * check_cli.c - CLI tests as files.  Each tests/cli/NAME.t holds:
 *
 *   # what it checks (comment lines first)
 *   $ tpath ARGS...            (one shell command line, run from the repo root)
 *   --- stdin                  (optional sections, each to the next ---)
 *   --- stdout
 *   --- stderr
 *   --- status                 (the exit status; 0 when absent)
 *
 * An absent stdout or stderr section means that stream must be empty.
 * `tpath` is the binary just built (TPATH_BIN), placed first on PATH.
 *
 * A case whose comments include a line starting "# exhaustive:" runs the
 * program over every example and vignette; the valgrind tier sets
 * TPATH_SKIP_EXHAUSTIVE and skips it (about 400 runs under valgrind each;
 * the same views are rendered in-process for every vignette there by
 * check_result.c).
 *
 * A mismatch names the first line that differs.  With TPATH_BLESS=1 in the
 * environment a mismatching file is rewritten with what the command did
 * (review the diff before committing it).
 *
 * A knowledge hash in the output ("fnv1a64:" and 16 hex digits, a result's
 * provenance.knowledge) is compared as "fnv1a64:<masked>": it changes with
 * every edit of a guideline file, which would break every golden result.
 * What it must be is tested without goldens (check_provenance.c, and
 * provenance.t compares hashes within its command).
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CLI_DIR "tests/cli"

static char **names;

typedef struct cli_case {
	char *command;
	char *section[4]; /* stdin, stdout, stderr, status */
} cli_case;

static const char *const section_names[4] = { "stdin", "stdout", "stderr",
					      "status" };

static void parse_case(char *text, cli_case *c, const char *path)
{
	char *line = text, *next;
	int cur = -1;
	size_t i;
	memset(c, 0, sizeof(*c));
	for (; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (cur < 0 && line[0] == '#')
			continue;
		if (strncmp(line, "$ ", 2) == 0 && !c->command) {
			c->command = line + 2;
			continue;
		}
		if (strncmp(line, "--- ", 4) == 0) {
			for (i = 0; i < 4; i++)
				if (strcmp(line + 4, section_names[i]) == 0)
					break;
			ck_assert_msg(i < 4, "%s: unknown section '%s'", path, line);
			/* a second one would replace the first silently */
			ck_assert_msg(!c->section[i], "%s: two '%s' sections", path,
				      line);
			cur = (int)i;
			c->section[cur] = calloc(1, 1);
			continue;
		}
		ck_assert_msg(cur >= 0, "%s: text before any section: '%s'",
			      path, line);
		{
			size_t old = strlen(c->section[cur]);
			size_t add = strlen(line);
			c->section[cur] = realloc(c->section[cur], old + add + 2);
			memcpy(c->section[cur] + old, line, add);
			c->section[cur][old + add] = '\n';
			c->section[cur][old + add + 1] = '\0';
		}
	}
	ck_assert_msg(c->command != NULL, "%s: no '$ ' command line", path);
}

/* Replaces each knowledge hash in s by "fnv1a64:<masked>", in place (the
 * mask is shorter than the hash). */
static void mask_hashes(char *s)
{
	static const char tag[] = "fnv1a64:", mask[] = "<masked>";
	char *p = s, *w = s;
	size_t k;
	while (*p) {
		if (strncmp(p, tag, sizeof(tag) - 1) == 0) {
			for (k = 0; k < 16; k++)
				if (!strchr("0123456789abcdef",
					    p[sizeof(tag) - 1 + k]) ||
				    !p[sizeof(tag) - 1 + k])
					break;
			if (k == 16) {
				memcpy(w, tag, sizeof(tag) - 1);
				memcpy(w + sizeof(tag) - 1, mask,
				       sizeof(mask) - 1);
				w += sizeof(tag) - 1 + sizeof(mask) - 1;
				p += sizeof(tag) - 1 + 16;
				continue;
			}
		}
		*w++ = *p++;
	}
	*w = '\0';
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	if (text)
		fputs(text, f);
	fclose(f);
}

/* Fails naming the first differing line of two texts. */
static void assert_text_eq(const char *got, const char *want, const char *what,
			   const char *file)
{
	const char *g = got, *w = want;
	unsigned line = 1;
	if (strcmp(got, want) == 0)
		return;
	while (*g && *g == *w) {
		if (*g == '\n') {
			line++;
			got = g + 1;
			want = w + 1;
		}
		g++;
		w++;
	}
	ck_abort_msg("%s: %s differs at its line %u:\n  got:  %.200s\n  want: "
		     "%.200s",
		     file, what, line, got, want);
}

/* Rewrites a case file with the output the command produced. */
static void bless(const char *path, const char *got_out, const char *got_err,
		  int status)
{
	char *orig = test_slurp(path, NULL), *p = orig;
	FILE *f;
	/* keep the comments, the command and any stdin section */
	while (*p) {
		char *nl = strchr(p, '\n');
		if (strncmp(p, "--- ", 4) == 0 && strncmp(p, "--- stdin", 9) != 0)
			break;
		p = nl ? nl + 1 : p + strlen(p);
	}
	f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fwrite(orig, 1, (size_t)(p - orig), f);
	if (*got_out)
		fprintf(f, "--- stdout\n%s", got_out);
	if (*got_err)
		fprintf(f, "--- stderr\n%s", got_err);
	if (status)
		fprintf(f, "--- status\n%d\n", status);
	fclose(f);
	free(orig);
}

START_TEST(cli_case_runs)
{
	const char *bin = getenv("TPATH_BIN");
	char path[512], tmp[] = "/tmp/tpath-cli-XXXXXX", script[8192];
	char in[600], out[600], err[600], bindir[512];
	char *text, *got_out, *got_err;
	cli_case c;
	int status, expected_status = 0;

	ck_assert_msg(bin != NULL, "TPATH_BIN is not set (run via make check)");
	snprintf(bindir, sizeof(bindir), "%s", bin);
	*strrchr(bindir, '/') = '\0';
	snprintf(path, sizeof(path), CLI_DIR "/%s", names[_i]);
	text = test_slurp(path, NULL);
	if (getenv("TPATH_SKIP_EXHAUSTIVE") &&
	    (strncmp(text, "# exhaustive:", 13) == 0 ||
	     strstr(text, "\n# exhaustive:"))) {
		free(text);
		return;
	}
	parse_case(text, &c, path);
	ck_assert_ptr_nonnull(mkdtemp(tmp));
	snprintf(in, sizeof(in), "%s/in", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(err, sizeof(err), "%s/err", tmp);
	write_file(in, c.section[0]);
	ck_assert_msg((size_t)snprintf(script, sizeof(script),
				       "PATH='%s':\"$PATH\"; export PATH; "
				       "unset TPATH_DATA_DIR; "
				       "{ %s\n} <'%s' >'%s' 2>'%s'",
				       bindir, c.command, in, out, err) <
			      sizeof(script),
		      "%s: the command is too long", path);
	status = system(script);
	ck_assert(WIFEXITED(status));
	got_out = test_slurp(out, NULL);
	got_err = test_slurp(err, NULL);
	mask_hashes(got_out);
	mask_hashes(got_err);
	if (c.section[3]) {
		char *end;
		long v = strtol(c.section[3], &end, 10);
		ck_assert_msg(end != c.section[3] && strcmp(end, "\n") == 0 &&
				      v >= 0 && v <= 255,
			      "%s: the status section is not one exit status: "
			      "'%s'",
			      path, c.section[3]);
		expected_status = (int)v;
	}
	if (getenv("TPATH_BLESS") &&
	    (strcmp(got_err, c.section[2] ? c.section[2] : "") != 0 ||
	     strcmp(got_out, c.section[1] ? c.section[1] : "") != 0 ||
	     WEXITSTATUS(status) != expected_status))
		bless(path, got_out, got_err, WEXITSTATUS(status));
	else {
		assert_text_eq(got_err, c.section[2] ? c.section[2] : "",
			       "stderr", path);
		assert_text_eq(got_out, c.section[1] ? c.section[1] : "",
			       "stdout", path);
		ck_assert_int_eq(WEXITSTATUS(status), expected_status);
	}
	unlink(in);
	unlink(out);
	unlink(err);
	rmdir(tmp);
	free(got_out);
	free(got_err);
	free(text);
	for (size_t i = 0; i < 4; i++)
		free(c.section[i]);
}
END_TEST

Suite *suite_cli(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("commands");
	/* some cases loop over every vignette (html-structure.t, ~20 s
	 * here; more under the sanitizers) */
	tcase_set_timeout(tc, 300);
	test_add_dir_loop(tc, cli_case_runs, CLI_DIR, ".t", &names);
	suite_add_tcase(s, tc);
	return s;
}
