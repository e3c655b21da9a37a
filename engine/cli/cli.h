/*
 * cli.h - shared pieces of the tpath command-line program.  The CLI is a
 * client of the public header only.
 */
#ifndef TPATH_CLI_H
#define TPATH_CLI_H

#include "tpath.h"

#include <stdio.h>

/* Exit statuses (docs/cli.md). */
enum {
	EXIT_OK = 0,
	EXIT_USAGE = 2,
	EXIT_INVALID = 3,
	EXIT_SYSTEM = 4
};

typedef struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *synopsis;
	const char *help;
} cli_command;

extern const cli_command cli_commands[];

/* Prints err as "source:line:column: message" on stderr. */
void cli_print_error(const tpath_error *err);
/* The library names an option by its field (tpath_eval_options.as_of:
 * "as_of 2025-13-01 is not a calendar date"); a person at the command
 * line typed the flag, so a message that begins with a field's name is
 * rewritten to begin with the flag's ("--as-of 2025-13-01 ..."). */
void cli_flag_words(tpath_error *err);
/* "tpath: message" on stderr. */
void cli_fail(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* Exit status for a library error code. */
int cli_exit_status(int code);
/* Reads a file, or standard input for "-"; *name is what to call it in
 * messages. */
int cli_read_input(const char *path, char **buf, size_t *len,
		   const char **name, tpath_error *err);
/* Opens the knowledge base from --data-dir, else $TPATH_DATA_DIR, else the
 * embedded default.  Prints the error and returns an exit status on
 * failure, 0 on success. */
int cli_open_kb(tpath_kb **kb, const char *data_dir);
/* As cli_open_kb; a guideline given as a path is loaded too, and *id
 * names the guideline to evaluate (NULL: the default). */
int cli_open_guideline(tpath_kb **kb, const char *data_dir,
		       const char *guideline, const char **id);
/* As cli_open_guideline; all != 0 loads every guideline. */
int cli_open_knowledge(tpath_kb **kb, const char *data_dir,
		       const char *guideline, const char **id, int all);
/* Whether a FILE argument names a file rather than an id: it holds a '/'
 * or ends in .yaml. */
int cli_is_path(const char *s);
/* --color WHEN: 1 for colour, 0 for none, -1 for a bad WHEN.  auto (or
 * NULL): colour when standard output is a terminal and NO_COLOR is unset
 * or empty. */
int cli_color(const char *when);
/* The index of value in choices (a NULL-ended list), or -1 after
 * "CMD: OPTION takes A, B or C, not 'VALUE'" on standard error. */
int cli_choice(const char *cmd, const char *option, const char *value,
	       const char *const *choices);
/* The width of help texts and listings. */
#define CLI_WIDTH 80
/* Writes text to f after lead, in lines of at most CLI_WIDTH columns, the
 * next lines after indent spaces; it breaks at spaces (runs of spaces
 * become one), and with brackets != 0 never inside [...].  A word longer
 * than a line stands alone. */
void cli_wrap(FILE *f, const char *lead, size_t indent, const char *text,
	      int brackets);
/* Prints a command's usage to f. */
void cli_usage(FILE *f, const cli_command *cmd);

int cmd_validate(int argc, char **argv);
int cmd_evaluate(int argc, char **argv);
int cmd_help(int argc, char **argv);
/* Evaluates a stream of histories (see batch.c) into JSON Lines, or with
 * csv != 0 into CSV rows after a header row; returns the exit status. */
int cli_batch(const tpath_kb *kb, const tpath_eval_options *eval,
	      const char *input, int jobs, int csv);
int cmd_guidelines(int argc, char **argv);
/* `tpath replay FILE`: the history day by day (replay.c). */
int cmd_replay(int argc, char **argv);
/* `tpath drugs [NAME]`: the drug catalog (drugs.c). */
int cmd_drugs(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_compare(int argc, char **argv);
/* `tpath serve`: the CDS Hooks service (serve.c). */
int cmd_serve(int argc, char **argv);
const cli_command *cli_find_command(const char *name);
/* Imports FHIR INPUT into *yaml (tpath_free); warnings on stderr; returns
 * an exit status. */
int cli_fhir_history(const tpath_kb *kb, const char *input,
		     const tpath_fhir_options *opts, char **yaml);

#endif
