/*
 * check_docs.c - the docs cannot rot: every ```yaml block in docs/ pages and
 * every file in docs/examples/ must validate.  Partial snippets are fenced
 * as ```yaml fragment and are not checked.
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static char **pages, **examples;
static size_t npages, nexamples;

static void assert_valid(const char *name, const char *buf, size_t len)
{
	tpath_error err;
	const char *kind;
	char line[1200];
	if (tpath_validate_buffer(&kind, test_kb(), buf, len, name, NULL,
				  &err) < 0) {
		tpath_error_format(&err, line, sizeof(line));
		ck_abort_msg("%s", line);
	}
}

/* A fence that names YAML in another way ("```YAML", "``` yaml",
 * "```yaml ", "~~~yaml", "````yaml" or indented) would be neither validated
 * nor marked a fragment: it must be "```yaml" or "```yaml fragment". */
static void check_fence(const char *path, unsigned lineno, const char *p,
			size_t n)
{
	size_t i = 0, run;
	char c;
	while (i < n && i < 3 && p[i] == ' ')
		i++;
	c = i < n ? p[i] : '\0';
	if (c != '`' && c != '~')
		return;
	for (run = 0; i < n && p[i] == c; i++)
		run++;
	while (i < n && p[i] == ' ')
		i++;
	/* an info string has no backtick: "```` ```yaml ````" is prose */
	if (run < 3 || n - i < 4 || strncasecmp(p + i, "yaml", 4) != 0 ||
	    memchr(p + i, '`', n - i))
		return;
	ck_assert_msg(n == 16 && strncmp(p, "```yaml fragment", 16) == 0,
		      "%s:%u: '%.*s': a YAML block is fenced ```yaml (it is "
		      "validated) or ```yaml fragment (it is not)",
		      path, lineno, (int)n, p);
}

START_TEST(page_examples_validate)
{
	char path[512], name[600];
	char *text, *p;
	unsigned lineno = 1;
	snprintf(path, sizeof(path), "docs/%s", pages[_i]);
	text = test_slurp(path, NULL);
	for (p = text; *p;) {
		char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		if (n == 7 && strncmp(p, "```yaml", 7) == 0) {
			char *start = eol ? eol + 1 : p + n, *end = start;
			unsigned first = lineno + 1;
			while (*end && strncmp(end, "```", 3) != 0) {
				char *e2 = strchr(end, '\n');
				lineno++;
				end = e2 ? e2 + 1 : end + strlen(end);
			}
			snprintf(name, sizeof(name), "%s(block at line %u)", path,
				 first);
			assert_valid(name, start, (size_t)(end - start));
			p = end;
			lineno++;
			continue;
		}
		check_fence(path, lineno, p, n);
		lineno++;
		p = eol ? eol + 1 : p + n;
	}
	free(text);
}
END_TEST

START_TEST(example_files_validate)
{
	char path[512];
	size_t len;
	char *buf;
	snprintf(path, sizeof(path), "docs/examples/%s", examples[_i]);
	buf = test_slurp(path, &len);
	assert_valid(path, buf, len);
	free(buf);
}
END_TEST

START_TEST(docs_exist)
{
	ck_assert_uint_ge(npages, 1);
	ck_assert_uint_ge(nexamples, 2);
}
END_TEST

Suite *suite_docs(void)
{
	Suite *s = suite_create("docs");
	TCase *tc = tcase_create("examples");
	tcase_add_test(tc, docs_exist);
	npages = test_add_dir_loop(tc, page_examples_validate, "docs", ".md",
				   &pages);
	nexamples = test_add_dir_loop(tc, example_files_validate,
				      "docs/examples", ".yaml", &examples);
	suite_add_tcase(s, tc);
	return s;
}

/* Every fact the engine defines is documented in docs/guideline-format.md
 * (the table names each fact in backquotes). */
START_TEST(every_fact_documented)
{
	char *page = test_slurp("docs/guideline-format.md", NULL);
	size_t i;
	for (i = 0; i < tp_nfacts; i++) {
		const char *name = tp_facts[i].name;
		char full[96];
		snprintf(full, sizeof(full), "`%s`", name);
		ck_assert_msg(strstr(page, full) != NULL,
			      "fact '%s' is not in docs/guideline-format.md",
			      name);
	}
	free(page);
}
END_TEST

Suite *suite_docs_facts(void);
Suite *suite_docs_facts(void)
{
	Suite *s = suite_create("docs-facts");
	TCase *tc = tcase_create("facts");
	tcase_add_test(tc, every_fact_documented);
	suite_add_tcase(s, tc);
	return s;
}
