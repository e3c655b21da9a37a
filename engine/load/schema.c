/*
 * schema.c - strict, table-driven walking of the node tree.
 *
 * libyaml reports every untagged scalar as a string, so types are decided
 * here from the scalar's text and style: numbers must be written plain
 * (unquoted); a quoted "12" where an integer belongs is an error, as is a
 * plain 12 where text belongs.  Every message names the key, what was
 * expected and what was found.
 */
#include "load/load.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tp_fail(tp_ctx *c, const tp_node *at, const char *fmt, ...)
{
	char msg[sizeof(((tpath_error *)0)->message)];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return tp_error_set(c->err, TPATH_EINVALID, c->source,
			    at ? at->line : 0, at ? at->column : 0, "%s", msg);
}

void tp_errs_add(tp_ctx *c)
{
	tp_errs *e = c->errs;
	if (e->n++ == 0)
		e->first = *c->err;
	if (e->each)
		e->each(e->ud, c->err);
}

int tp_go_on(tp_ctx *c, int error)
{
	if (error != TPATH_EINVALID || !c->errs)
		return error;
	tp_errs_add(c);
	return 0;
}

int tp_errs_end(tp_ctx *c, int error)
{
	if (!c->errs)
		return error;
	if (error < 0)
		tp_errs_add(c);
	if (c->errs->n == 0)
		return 0;
	*c->err = c->errs->first;
	return c->errs->first.code;
}

static bool all_digits(const char *s, size_t n)
{
	size_t i;
	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static bool is_one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(s, *words) == 0)
			return true;
	return false;
}

/* YAML 1.2 core-schema numbers: decimal, octal 0o, hex 0x, floats, .inf. */
static bool looks_int(const char *s, size_t n)
{
	if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o'))
		return true;
	if (n > 0 && (s[0] == '-' || s[0] == '+'))
		s++, n--;
	return all_digits(s, n);
}

static bool looks_float(const char *s, size_t n)
{
	size_t i = 0, digits = 0;
	static const char *const specials[] = {
		".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf",
		"+.Inf", "+.INF", ".nan", ".NaN", ".NAN", NULL
	};
	if ((n && (s[0] == '.' || s[0] == '+' || s[0] == '-')) &&
	    is_one_of(s, specials))
		return true;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (digits == 0)
		return false;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t expd = 0;
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, expd++;
		if (expd == 0)
			return false;
	}
	return i == n;
}

const char *tp_scalar_type(const tp_node *v)
{
	/* YAML 1.1 booleans too: many writers (PyYAML among them) still read
	 * `yes` and `off` as booleans, so a plain one is ambiguous. */
	static const char *const nulls[] = { "", "~", "null", "Null", "NULL",
					     NULL };
	static const char *const bools[] = {
		"true", "True", "TRUE", "false", "False", "FALSE", "yes",
		"Yes",	"YES",	"no",	"No",	 "NO",	  "on",	   "On",
		"ON",	"off",	"Off",	"OFF",	 "y",	  "Y",	   "n",
		"N",	NULL
	};
	if (v->kind != TP_SCALAR || !v->plain)
		return NULL;
	/* Words longer than any null or boolean are strings: most scalars
	 * are, and this keeps them from the comparisons below. */
	if (v->len > 5 && ((v->text[0] >= 'a' && v->text[0] <= 'z') ||
			   (v->text[0] >= 'A' && v->text[0] <= 'Z')))
		return NULL;
	/* Only these first characters start a null or a boolean. */
	if (!v->len || strchr("~nNtTfFyYoO", v->text[0])) {
		if (is_one_of(v->text, nulls))
			return "null";
		if (is_one_of(v->text, bools))
			return "boolean";
	}
	if (looks_int(v->text, v->len))
		return "integer";
	if (looks_float(v->text, v->len))
		return "number";
	return NULL;
}

/* Writes text quoted for a one-line message: control characters escaped,
 * long text cut with "...". */
static void quote_text(char *out, size_t cap, const char *s, size_t n)
{
	size_t o = 0, i;
	const size_t maxshow = 40;
	out[o++] = '"';
	for (i = 0; i < n && (i < maxshow ||
			      ((unsigned char)s[i] & 0xC0) == 0x80) &&
		    o + 6 < cap;
	     i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '"' || ch == '\\') {
			out[o++] = '\\';
			out[o++] = (char)ch;
		} else if (ch < 0x20 || ch == 0x7f) {
			o += (size_t)snprintf(out + o, cap - o, "\\x%02X", ch);
		} else {
			out[o++] = (char)ch;
		}
	}
	/* Never end inside a character: back off to its first byte. */
	while (i > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
		i--;
		o--;
	}
	if (i < n && o + 5 < cap) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o++] = '"';
	out[o] = '\0';
}

/* "mapping", "null", "integer 12", "quoted string \"12\"", ... */
void tp_describe(char *out, size_t cap, const tp_node *v)
{
	char q[64];
	const char *t;
	if (v->kind == TP_MAPPING) {
		snprintf(out, cap, "a mapping");
		return;
	}
	if (v->kind == TP_SEQUENCE) {
		snprintf(out, cap, "a sequence");
		return;
	}
	t = tp_scalar_type(v);
	if (t && strcmp(t, "null") == 0) {
		snprintf(out, cap, "null (no value)");
		return;
	}
	quote_text(q, sizeof(q), v->text, v->len);
	if (t) {
		/* The plain text is short and printable when it parsed as a
		 * number or boolean; show it as written. */
		snprintf(out, cap, "%s %s", t, v->text);
	} else if (v->plain) {
		snprintf(out, cap, "string %s", q);
	} else {
		snprintf(out, cap, "quoted string %s", q);
	}
}

static int tp_field_index(const tp_field *fields, size_t n, const char *key)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(fields[i].key, key) == 0)
			return (int)i;
	return -1;
}

static int kind_mismatch(tp_ctx *c, const tp_node *v, const char *key,
			 const char *expected)
{
	char got[128];
	tp_describe(got, sizeof(got), v);
	return tp_fail(c, v, "'%s': %s expected, got %s", key, expected, got);
}

/* Whether the required field key is absent from the mapping node. */
static bool missing_required(const tp_node *node, const tp_field *fields,
			     size_t n, const char *key)
{
	int idx = tp_field_index(fields, n, key);
	size_t i;
	if (idx < 0 || !fields[idx].required)
		return false;
	for (i = 0; i < node->n; i++)
		if (strcmp(node->keys[i]->text, key) == 0)
			return false;
	return true;
}

/* An unknown key touches no other key, so while validating (c->errs) it is
 * passed on and the mapping read on; except a misspelt required key,
 * which would only be reported again as missing. */
int tp_map_check(tp_ctx *c, const tp_node *node, const char *what,
		 const tp_field *fields, size_t n, const tp_node **values)
{
	return tp_map_check_moved(c, node, what, fields, n, values, NULL, 0);
}

/* The entry of moved for key, or NULL. */
static const tp_moved *find_moved(const tp_moved *moved, size_t n,
				  const char *key)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(moved[i].key, key) == 0)
			return &moved[i];
	return NULL;
}

int tp_map_check_moved(tp_ctx *c, const tp_node *node, const char *what,
		       const tp_field *fields, size_t n,
		       const tp_node **values, const tp_moved *moved,
		       size_t nmoved)
{
	const tp_moved *mv;
	size_t i, j;
	int error;

	if (node->kind != TP_MAPPING) {
		char got[128];
		tp_describe(got, sizeof(got), node);
		return tp_fail(c, node, "expected %s (a mapping), got %s", what,
			       got);
	}
	for (i = 0; i < n; i++)
		values[i] = NULL;
	for (i = 0; i < node->n; i++) {
		const tp_node *k = node->keys[i], *v = node->values[i];
		int idx = tp_field_index(fields, n, k->text);
		if (idx < 0 && (mv = find_moved(moved, nmoved, k->text))) {
			/* its value is read where it belongs, not here */
			error = tp_fail(c, k,
					"'%s' is not a key of %s; it belongs "
					"under '%s:', as in '%s: {%s: ...}'",
					k->text, what, mv->under, mv->under,
					k->text);
			if ((error = tp_go_on(c, error)) < 0)
				return error;
			continue;
		}
		if (idx < 0) {
			const char *best = NULL;
			size_t bestd = (size_t)-1;
			for (j = 0; j < n; j++) {
				size_t d = tp_edit_distance(k->text,
							    fields[j].key, 3);
				if (d < bestd && tp_is_close(k->text,
							     fields[j].key)) {
					best = fields[j].key;
					bestd = d;
				}
			}
			if (best)
				error = tp_fail(c, k,
						"unknown key '%s' in %s; did "
						"you mean '%s'?",
						k->text, what, best);
			else {
				char list[384];
				size_t o = 0;
				for (j = 0; j < n && o < sizeof(list); j++)
					o += (size_t)snprintf(
						list + o, sizeof(list) - o,
						"%s%s", j ? ", " : "",
						fields[j].key);
				error = tp_fail(c, k,
						"unknown key '%s' in %s "
						"(expected one of: %s)",
						k->text, what, list);
			}
			if ((best && missing_required(node, fields, n, best)) ||
			    (error = tp_go_on(c, error)) < 0)
				return error;
			continue;
		}
		if (values[idx]) {
			const tp_node *first = node->keys[0];
			for (j = 0; j < i; j++)
				if (strcmp(node->keys[j]->text, k->text) == 0) {
					first = node->keys[j];
					break;
				}
			return tp_fail(c, k,
				       "duplicate key '%s' (first at line %u, "
				       "column %u)",
				       k->text, first->line, first->column);
		}
		switch (fields[idx].kind) {
		case TP_F_SCALAR:
			if (v->kind != TP_SCALAR)
				return kind_mismatch(c, v, k->text,
						     "a single value");
			break;
		case TP_F_MAPPING:
			if (v->kind != TP_MAPPING)
				return kind_mismatch(c, v, k->text,
						     "a mapping");
			break;
		case TP_F_SEQUENCE:
			if (v->kind != TP_SEQUENCE)
				return kind_mismatch(c, v, k->text,
						     "a sequence");
			break;
		case TP_F_ANY:
			break;
		}
		values[idx] = v;
	}
	for (i = 0; i < n; i++)
		if (fields[i].required && !values[i])
			return tp_fail(c, node,
				       "missing required key '%s' in %s",
				       fields[i].key, what);
	return 0;
}


int tp_get_string(tp_ctx *c, const tp_node *v, const char *key,
		  const char **out)
{
	const char *t;
	*out = NULL;
	if (v->kind != TP_SCALAR)
		return kind_mismatch(c, v, key, "text");
	t = tp_scalar_type(v);
	if (t) {
		char got[128];
		tp_describe(got, sizeof(got), v);
		if (strcmp(t, "null") == 0)
			return tp_fail(c, v, "'%s': text expected, got %s",
				       key, got);
		return tp_fail(c, v,
			       "'%s': text expected, got %s (quote it if it "
			       "is meant as text)",
			       key, got);
	}
	if (strlen(v->text) != v->len)
		return tp_fail(c, v, "'%s': text must not contain a NUL "
				     "character",
			       key);
	*out = v->text;
	return 0;
}

/* Common checks for numbers: a plain scalar of the expected shape. */
static int number_shape(tp_ctx *c, const tp_node *v, const char *key,
			const char *expected)
{
	char got[128];
	if (v->kind != TP_SCALAR || !v->plain) {
		tp_describe(got, sizeof(got), v);
		return tp_fail(c, v, "'%s': %s expected, got %s", key,
			       expected, got);
	}
	return 0;
}

int tp_get_int(tp_ctx *c, const tp_node *v, const char *key, long min,
	       long max, long *out)
{
	const char *s;
	size_t n;
	char *end;
	long val;
	int error;

	*out = 0;
	if ((error = number_shape(c, v, key, "an integer")) < 0)
		return error;
	s = v->text;
	n = v->len;
	if (!(n > 0 && (all_digits(s, n) ||
			(s[0] == '-' && all_digits(s + 1, n - 1))))) {
		char got[128];
		tp_describe(got, sizeof(got), v);
		return tp_fail(c, v, "'%s': an integer expected, got %s", key,
			       got);
	}
	if ((s[0] == '0' && n > 1) || (s[0] == '-' && s[1] == '0' && n > 2))
		return tp_fail(c, v,
			       "'%s': an integer expected, got %s (leading "
			       "zeros are not allowed: YAML 1.1 readers take "
			       "them as octal)",
			       key, s);
	errno = 0;
	val = strtol(s, &end, 10);
	if (errno == ERANGE || val < min || val > max)
		return tp_fail(c, v, "'%s': %s is out of range (%ld to %ld)",
			       key, s, min, max);
	*out = val;
	return 0;
}

int tp_get_number(tp_ctx *c, const tp_node *v, const char *key, double *out)
{
	const char *s, *dot;
	size_t n, ilen;
	int error;

	*out = 0;
	if ((error = number_shape(c, v, key, "a number")) < 0)
		return error;
	s = v->text;
	n = v->len;
	if (n > 0 && s[0] == '-')
		s++, n--;
	dot = memchr(s, '.', n);
	ilen = dot ? (size_t)(dot - s) : n;
	if (!all_digits(s, ilen) ||
	    (dot && !all_digits(dot + 1, n - ilen - 1))) {
		char got[128];
		tp_describe(got, sizeof(got), v);
		return tp_fail(c, v,
			       "'%s': a number expected, got %s (write "
			       "digits with an optional decimal point, e.g. "
			       "37.5)",
			       key, got);
	}
	if (s[0] == '0' && ilen > 1)
		return tp_fail(c, v,
			       "'%s': a number expected, got %s (leading "
			       "zeros are not allowed)",
			       key, v->text);
	if (!tp_parse_decimal(v->text, v->len, out))
		return tp_fail(c, v,
			       "'%s': number %s has too many digits (at most "
			       "15)",
			       key, v->text);
	return 0;
}

int tp_get_enum(tp_ctx *c, const tp_node *v, const char *key,
		const char *const *names, size_t n, int *out)
{
	size_t i, o = 0;
	char list[384];
	const char *close = NULL;

	*out = -1;
	if (v->kind != TP_SCALAR || (v->plain && tp_scalar_type(v))) {
		char got[128];
		tp_describe(got, sizeof(got), v);
		for (i = 0; i < n && o < sizeof(list); i++)
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", i ? ", " : "", names[i]);
		return tp_fail(c, v, "'%s': one of %s expected, got %s", key,
			       list, got);
	}
	for (i = 0; i < n; i++)
		if (strcmp(v->text, names[i]) == 0) {
			*out = (int)i;
			return 0;
		}
	for (i = 0; i < n; i++) {
		if (!close && tp_is_close(v->text, names[i]))
			close = names[i];
		if (o < sizeof(list))
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", i ? ", " : "", names[i]);
	}
	{
		char got[64];
		quote_text(got, sizeof(got), v->text, v->len);
		if (close)
			return tp_fail(c, v,
				       "'%s': unknown value %s; did you mean "
				       "'%s'?",
				       key, got, close);
		return tp_fail(c, v,
			       "'%s': unknown value %s (expected one of: %s)",
			       key, got, list);
	}
}

int tp_get_bool(tp_ctx *c, const tp_node *v, const char *key, bool *out)
{
	*out = false;
	if (v->kind == TP_SCALAR && v->plain) {
		if (strcmp(v->text, "true") == 0) {
			*out = true;
			return 0;
		}
		if (strcmp(v->text, "false") == 0)
			return 0;
	}
	{
		char got[128];
		tp_describe(got, sizeof(got), v);
		return tp_fail(c, v, "'%s': true or false expected, got %s", key,
			       got);
	}
}
