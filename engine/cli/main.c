/*
 * main.c - entry point of the tpath program: the command table and what the
 * commands share (reading inputs, opening the knowledge base, errors).
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const cli_command cli_commands[] = {
	{ "validate", cmd_validate, "tpath validate [--data-dir DIR] FILE...",
	  "Check that each FILE is a valid tpath document, recognised by its\n"
	  "'tpath:' key: a history/1, or a knowledge file (drugs/1,\n"
	  "vocabulary/1, timeline/1, trd/1, staging/1, safety/1, guideline/1,\n"
	  "fhir/1).  '-' reads standard input.  Prints 'FILE: ok (FORMAT)' for\n"
	  "each valid file and 'FILE:LINE:COLUMN: message' on standard error\n"
	  "for each error; every file is checked, and every independent error\n"
	  "of a history (up to 20 shown).\n" },
	{ "evaluate", cmd_evaluate,
	  "tpath evaluate [--format text|json|html|csv] [--color WHEN] "
	  "[--guideline ID|FILE] [--set NAME=NUMBER]... [--as-of DATE] "
	  "[--explain] [-o FILE] [--data-dir DIR] FILE...",
	  "Load the history FILE ('-' for standard input) strictly and\n"
	  "evaluate it: each trial's adequacy and outcome, every definition of\n"
	  "treatment-resistant depression and every staging model, with\n"
	  "their sources.  --format json prints the result/1 object\n"
	  "(docs/result-format.md); text, the default, a readable report of\n"
	  "it; html, a self-contained page with an SVG timeline; csv, a\n"
	  "header row and one row of the main findings (RFC 4180).  --color\n"
	  "auto|always|never colours the text report (auto: on a terminal,\n"
	  "unless NO_COLOR is set and not empty or TERM is dumb).\n"
	  "--guideline ID|FILE chooses the pathway guideline (see 'tpath\n"
	  "guidelines', which marks the default) or loads one from a file;\n"
	  "--set NAME=NUMBER overrides one of its parameters.\n"
	  "--as-of DATE evaluates as of an earlier or later day, written in\n"
	  "the history's own date style.  --explain adds every rule\n"
	  "evaluated, its verdict, the facts it read and its source, as\n"
	  "prose.\n"
	  "Several FILEs give one report after another, each under a line\n"
	  "'==> FILE <==', or with --format json JSON Lines (one result/1 or\n"
	  "error/1 line per file, as --batch writes), or with csv one header\n"
	  "row and one row per file; an invalid file does not stop the\n"
	  "others, and the exit status is the worst of the files.\n"
	  "-o FILE (--output FILE) writes the output into FILE, through a\n"
	  "temporary file renamed over it at the end.\n"
	  "--batch [-j N] evaluates a stream of histories (a file of YAML\n"
	  "documents, '-', or a folder) into JSON Lines, or with --format\n"
	  "csv into a header row and one row per history, with N threads\n"
	  "(--jobs N; 1-64).  --from fhir reads FHIR R4 data for one\n"
	  "patient instead of a history (see 'tpath help import').\n" },
	{ "compare", cmd_compare,
	  "tpath compare [--guideline ID|FILE]... [--format text|html] "
	  "[--color WHEN] [--as-of DATE] [--data-dir DIR] FILE",
	  "Evaluate the history FILE under several pathway guidelines and\n"
	  "show them side by side: adequacy, TRD, the step and status, each\n"
	  "trial, what each guideline says to consider, and warnings.  Rows\n"
	  "where the guidelines disagree on a clinical fact or action are\n"
	  "marked '*' (and highlighted with colour, or shaded and tagged\n"
	  "'differs' in HTML); steps, decision points and wording are not\n"
	  "compared, and options are compared as sets.  Without\n"
	  "--guideline every guideline loaded is compared, in the order\n"
	  "'tpath guidelines' lists them; --guideline (repeatable, up to 16)\n"
	  "names them, by id or as a guideline/1 file.  The text fits 80\n"
	  "columns: more than four guidelines are shown as tables of three.\n" },
	{ "import", cmd_import,
	  "tpath import fhir [--relative-days] [--as-of DATE] [--id ID] "
	  "[--data-dir DIR] INPUT",
	  "Turn FHIR R4 data (a Bundle or a resource in JSON, NDJSON as the\n"
	  "Bulk Data export writes it, or a folder of such files) into an\n"
	  "anonymized history/1 document on standard output.  What cannot be\n"
	  "mapped is reported on standard error and left out.\n"
	  "--relative-days writes days from the episode's start instead of\n"
	  "calendar dates; --as-of cuts the timeline; --id names the history\n"
	  "(default fhir-import: never derived from the patient's identifiers).\n"
	  "See docs/fhir.md.\n" },
	{ "serve", cmd_serve,
	  "tpath serve [--host ADDR] [--port N] [--threads N] "
	  "[--max-body BYTES] [--trust ISSUER=JWKS_FILE]... "
	  "[--public-url URL] [--fetch-timeout MS] [--insecure] "
	  "[--data-dir DIR]",
	  "Serve CDS Hooks 2.0 (docs/cds-hooks.md): GET /cds-services\n"
	  "describes one patient-view service, tpath-depression-pathway;\n"
	  "POST /cds-services/tpath-depression-pathway imports the prefetched\n"
	  "FHIR data, evaluates it under the default guideline and answers\n"
	  "cards: where the patient sits, what to consider, warnings, each\n"
	  "with its source.  GET /health answers {\"status\":\"ok\"}.\n"
	  "--host (default 127.0.0.1; a numeric address) and --port (default\n"
	  "8080; 0 picks a free one) say where to listen: one line on\n"
	  "standard error says where once it does, and each request is\n"
	  "logged there (method, path, status, milliseconds; no patient\n"
	  "data).  --threads N (1-64, default 2) serve at once;\n"
	  "--max-body BYTES (default 4194304) refuses larger requests\n"
	  "with 413.\n"
	  "--trust ISSUER=JWKS_FILE (repeatable) trusts the public keys of\n"
	  "the JWK Set file for the client ISSUER: every service and feedback\n"
	  "call must then carry \"Authorization: Bearer JWT\", a JWT signed\n"
	  "(RS384 or ES384) by a key of the issuer its \"iss\" names, with\n"
	  "\"aud\" the URL called, \"exp\" in the future and a \"jti\" not\n"
	  "used before (\"iat\", \"nbf\" at most 60 s ahead); else 401.\n"
	  "--public-url URL is the base callers use behind a proxy\n"
	  "(default http://HOST:PORT).  Without --trust every caller is\n"
	  "trusted: the server says so, and refuses a non-loopback --host\n"
	  "unless --insecure is given.\n"
	  "Prefetch a call leaves out is fetched from its fhirServer with its\n"
	  "fhirAuthorization token, only for a caller whose JWT verified and\n"
	  "only over https (http to a loopback host with --insecure); all\n"
	  "the fetches of one call within --fetch-timeout MS (100-60000,\n"
	  "default 5000) and --max-body bytes; else 412 with the reason.\n"
	  "SIGTERM or SIGINT stop it after the requests in flight (exit 0).\n" },
	{ "replay", cmd_replay,
	  "tpath replay [--format text|json] [--guideline ID|FILE] "
	  "[--as-of DATE] [--data-dir DIR] FILE",
	  "Step through the history FILE as it unfolded, for teaching: it is\n"
	  "evaluated as of every day of its episode (the library's\n"
	  "tpath_walk_every_day), and a day is shown only when something\n"
	  "changed since the day before: the step and status, the decision\n"
	  "point, the verdict of the guideline's own TRD definition (with the\n"
	  "trials it counts, those still running marked provisional), the\n"
	  "warnings, or what to consider (each recommendation's action and\n"
	  "options).  Each day is headed by its date and, during a trial, the\n"
	  "week and the trial (counted from 1); the last day is always shown.\n"
	  "--format json writes one JSON object per day shown, with the parts\n"
	  "that changed.  --guideline and --as-of (the last day) as for\n"
	  "evaluate.  A history whose days x (records + courses squared)\n"
	  "exceed 10,000,000 is refused (exit 3): give an earlier --as-of.\n" },
	{ "drugs", cmd_drugs,
	  "tpath drugs [--format text|json] [--data-dir DIR] [NAME]",
	  "List the drug catalog: each drug's class, its rows (as an\n"
	  "antidepressant and as an adjunct: line of treatment and dose range;\n"
	  "the high dose; the label maximum), its label dose limits from the\n"
	  "safety rules, and its aliases (brand and salt names).  NAME, a\n"
	  "drug's name or an alias, shows that drug in full: every row with\n"
	  "its source, each dose limit and whom it applies to, the notes, and\n"
	  "the sources cited.  An unknown NAME is a usage error that suggests\n"
	  "the closest names.  --format json prints the same as JSON.\n" },
	{ "guidelines", cmd_guidelines, "tpath guidelines [--data-dir DIR]",
	  "List the pathway guidelines loaded, with version and citation.\n" },
	{ "help", cmd_help, "tpath help [COMMAND]",
	  "Show the commands, or the help of one command.\n" },
	{ NULL, NULL, NULL, NULL }
};

static const char common_help[] =
	"Options shared by the commands:\n"
	"  --data-dir DIR  load the knowledge files (*.yaml) from DIR instead\n"
	"                  of the copy built into tpath; TPATH_DATA_DIR does\n"
	"                  the same when the option is absent\n"
	"  -h, --help      show the command's help\n"
	"\n"
	"Exit status: 0 ok, 2 usage error, 3 invalid input, 4 system error.\n"
	"tpath is decision support for clinicians, students and tool\n"
	"builders, not a prescription.\n";

void cli_wrap(FILE *f, const char *lead, size_t indent, const char *text,
	      int brackets)
{
	const char *p = text;
	size_t col = strlen(lead), len;
	int fresh = 1; /* nothing yet on this line after its lead */

	fputs(lead, f);
	while (*p == ' ')
		p++;
	while (*p) {
		const char *w = p;
		int depth = 0;
		/* one word: up to a space outside [...] when brackets is set */
		while (*p && (*p != ' ' || (brackets && depth > 0))) {
			if (*p == '[')
				depth++;
			else if (*p == ']' && depth > 0)
				depth--;
			p++;
		}
		len = (size_t)(p - w);
		if (!fresh && col + 1 + len > CLI_WIDTH) {
			fprintf(f, "\n%*s", (int)indent, "");
			col = indent;
			fresh = 1;
		}
		if (!fresh) {
			fputc(' ', f);
			col++;
		}
		fwrite(w, 1, len, f);
		col += len;
		fresh = 0;
		while (*p == ' ')
			p++;
	}
	fputc('\n', f);
}

/* The synopsis "tpath CMD [options] ARGS" after lead, its next lines
 * aligned under its first option. */
static void print_synopsis(FILE *f, const char *lead, const char *synopsis)
{
	const char *opt = strchr(synopsis, '[');
	size_t indent = strlen(lead) + (opt ? (size_t)(opt - synopsis) : 6);
	cli_wrap(f, lead, indent, synopsis, 1);
}

void cli_usage(FILE *f, const cli_command *cmd)
{
	print_synopsis(f, "usage: ", cmd->synopsis);
	fprintf(f, "\n%s\n%s", cmd->help, common_help);
}

void cli_flag_words(tpath_error *err)
{
	static const struct {
		const char *field, *flag;
	} words[] = { { "as_of ", "--as-of " } };
	size_t i, n, fl, tail;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		n = strlen(words[i].field);
		if (strncmp(err->message, words[i].field, n) != 0)
			continue;
		fl = strlen(words[i].flag);
		tail = strlen(err->message) - n;
		if (tail > sizeof(err->message) - 1 - fl)
			tail = sizeof(err->message) - 1 - fl;
		memmove(err->message + fl, err->message + n, tail);
		err->message[fl + tail] = '\0';
		memcpy(err->message, words[i].flag, fl);
		return;
	}
}

void cli_print_error(const tpath_error *err)
{
	char line[1200];
	tpath_error_format(err, line, sizeof(line));
	fprintf(stderr, "%s\n", line);
}

void cli_fail(const char *fmt, ...)
{
	va_list ap;
	fputs("tpath: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_exit_status(int code)
{
	switch (code) {
	case TPATH_OK:
		return EXIT_OK;
	case TPATH_EINVALID:
	case TPATH_ELIMIT:
		return EXIT_INVALID;
	case TPATH_EUSAGE:
		return EXIT_USAGE;
	default:
		return EXIT_SYSTEM;
	}
}

int cli_read_input(const char *path, char **buf, size_t *len,
		   const char **name, tpath_error *err)
{
	FILE *f = stdin;
	size_t cap = 0, used = 0;
	char *data = NULL;

	*buf = NULL;
	*len = 0;
	*name = path;
	memset(err, 0, sizeof(*err));
	if (strcmp(path, "-") != 0) {
		/* Let the library's reader say what went wrong. */
		f = fopen(path, "rb");
		if (!f) {
			err->code = TPATH_EIO;
			snprintf(err->source, sizeof(err->source), "%s", path);
			snprintf(err->message, sizeof(err->message),
				 "cannot open: %s", strerror(errno));
			return TPATH_EIO;
		}
	} else {
		*name = "<stdin>";
	}
	for (;;) {
		size_t got;
		if (cap - used < 4096) {
			size_t ncap = cap ? cap * 2 : 65536;
			char *nd = realloc(data, ncap + 1);
			if (!nd) {
				free(data);
				if (f != stdin)
					fclose(f);
				err->code = TPATH_ENOMEM;
				snprintf(err->message, sizeof(err->message),
					 "out of memory");
				return TPATH_ENOMEM;
			}
			data = nd;
			cap = ncap;
		}
		got = fread(data + used, 1, cap - used, f);
		used += got;
		if (got == 0)
			break;
		if (used > TPATH_DEFAULT_MAX_BYTES) {
			/* Stop reading: the library would refuse it anyway. */
			free(data);
			if (f != stdin)
				fclose(f);
			err->code = TPATH_ELIMIT;
			snprintf(err->source, sizeof(err->source), "%s", *name);
			snprintf(err->message, sizeof(err->message),
				 "input is larger than the limit of %zu bytes",
				 TPATH_DEFAULT_MAX_BYTES);
			return TPATH_ELIMIT;
		}
	}
	if (ferror(f)) {
		int e = errno;
		free(data);
		if (f != stdin)
			fclose(f);
		err->code = TPATH_EIO;
		snprintf(err->source, sizeof(err->source), "%s", *name);
		snprintf(err->message, sizeof(err->message), "read error: %s",
			 strerror(e));
		return TPATH_EIO;
	}
	if (f != stdin)
		fclose(f);
	data[used] = '\0';
	*buf = data;
	*len = used;
	return 0;
}

/* A --guideline argument names a file when it looks like a path. */
int cli_is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n > 5 && strcmp(s + n - 5, ".yaml") == 0);
}

int cli_open_guideline(tpath_kb **kb, const char *data_dir,
		       const char *guideline, const char **id)
{
	return cli_open_knowledge(kb, data_dir, guideline, id, 0);
}

int cli_open_knowledge(tpath_kb **kb, const char *data_dir,
		       const char *guideline, const char **id, int all)
{
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	tpath_error err;
	const char *files[2] = { NULL, NULL };
	int rc;
	size_t i;

	*kb = NULL;
	*id = guideline;
	if (!data_dir) {
		const char *env = getenv("TPATH_DATA_DIR");
		if (env && *env)
			data_dir = env;
	}
	if (guideline && cli_is_path(guideline))
		files[0] = guideline;
	/* Load only the guideline that will be evaluated: opening is faster.
	 * With a file, the file's guideline and the default one are loaded. */
	if (!all)
		opts.only_guideline = guideline && !files[0] ? guideline : "";
	if (files[0] || data_dir)
		rc = tpath_kb_open_files(kb, data_dir, files, &opts, &err);
	else
		rc = tpath_kb_open_default(kb, &opts, &err);
	if (rc < 0) {
		cli_print_error(&err);
		return cli_exit_status(rc);
	}
	if (files[0]) {
		/* Use the guideline that file defines. */
		*id = NULL;
		for (i = 0; i < tpath_kb_guideline_count(*kb); i++) {
			tpath_guideline_info gi;
			tpath_kb_guideline(*kb, i, &gi);
			if (strcmp(gi.file, files[0]) == 0)
				*id = gi.id;
		}
		if (!*id) {
			cli_fail("%s: not a guideline/1 file", files[0]);
			tpath_kb_free(*kb);
			*kb = NULL;
			return EXIT_USAGE;
		}
	}
	return 0;
}

int cli_open_kb(tpath_kb **kb, const char *data_dir)
{
	const char *id;
	return cli_open_guideline(kb, data_dir, NULL, &id);
}

int cmd_guidelines(int argc, char **argv)
{
	const char *data_dir = NULL, *id;
	tpath_kb *kb;
	size_t i;
	int rc;

	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
			  strcmp(argv[1], "-h") == 0)) {
		cli_usage(stdout, cli_find_command("guidelines"));
		return EXIT_OK;
	}
	if (argc == 3 && strcmp(argv[1], "--data-dir") == 0)
		data_dir = argv[2];
	else if (argc == 2 && strncmp(argv[1], "--data-dir=", 11) == 0)
		data_dir = argv[1] + 11;
	else if (argc != 1) {
		cli_fail("guidelines: usage: tpath guidelines [--data-dir "
			 "DIR]");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_knowledge(&kb, data_dir, NULL, &id, 1)) != 0)
		return rc;
	for (i = 0; i < tpath_kb_guideline_count(kb); i++) {
		tpath_guideline_info g;
		tpath_kb_guideline(kb, i, &g);
		char line[512];
		printf("%s%s\n", g.id, g.is_default ? " (default)" : "");
		cli_wrap(stdout, "  ", 4, g.title, 0);
		snprintf(line, sizeof(line), "version %s, published %d by %s",
			 g.version, g.year, g.publisher);
		cli_wrap(stdout, "  ", 4, line, 0);
		cli_wrap(stdout, "  ", 4, g.citation, 0);
		printf("  file: %s\n", g.file);
	}
	tpath_kb_free(kb);
	return EXIT_OK;
}

int cli_color(const char *when)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
	if (!when || strcmp(when, "auto") == 0)
		return isatty(STDOUT_FILENO) && !(no && *no) &&
		       !(term && strcmp(term, "dumb") == 0);
	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	return -1;
}

int cli_choice(const char *cmd, const char *option, const char *value,
	       const char *const *choices)
{
	char list[256];
	size_t i, n, o = 0;
	for (n = 0; choices[n]; n++)
		if (strcmp(value, choices[n]) == 0)
			return (int)n;
	list[0] = '\0';
	for (i = 0; i < n && o < sizeof(list); i++)
		o += (size_t)snprintf(list + o, sizeof(list) - o, "%s%s",
				      i == 0 ? "" : i + 1 == n ? " or " : ", ",
				      choices[i]);
	cli_fail("%s: %s takes %s, not '%s'", cmd, option, list, value);
	return -1;
}

const cli_command *cli_find_command(const char *name)
{
	const cli_command *c;
	for (c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

int cmd_help(int argc, char **argv)
{
	const cli_command *c;
	if (argc > 2) {
		cli_fail("help takes at most one command name");
		return EXIT_USAGE;
	}
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
			  strcmp(argv[1], "-h") == 0))
		argc = 1; /* 'tpath help --help': the list of commands */
	if (argc == 2) {
		if (!(c = cli_find_command(argv[1]))) {
			cli_fail("unknown command '%s'; try 'tpath help'",
				 argv[1]);
			return EXIT_USAGE;
		}
		cli_usage(stdout, c);
		return EXIT_OK;
	}
	printf("tpath %s - treatment pathways for depression, from published "
	       "guidelines\n\nCommands:\n",
	       tpath_version());
	for (c = cli_commands; c->name; c++)
		print_synopsis(stdout, "  ", c->synopsis);
	printf("  tpath -V, --version\n\n%s", common_help);
	return EXIT_OK;
}

int main(int argc, char **argv)
{
	const cli_command *c;

	if (argc < 2) {
		cli_fail("no command given; try 'tpath help'");
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("tpath %s\n", tpath_version());
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help(1, argv + 1);
	if (!(c = cli_find_command(argv[1]))) {
		cli_fail("unknown command '%s'; try 'tpath help'", argv[1]);
		return EXIT_USAGE;
	}
	return c->run(argc - 1, argv + 1);
}
