/*
 * expr.c - the condition language of guideline and safety rules.
 *
 *   condition := or
 *   or        := and ('or' and)*
 *   and       := not ('and' not)*
 *   not       := 'not' not | compare
 *   compare   := value [('==' | '!=' | '<' | '<=' | '>' | '>=') value]
 *              | value 'in' '[' literal (',' literal)* ']'
 *   value     := number | 'text' | "text" | true | false | null
 *              | name ('.' name)* | '(' condition ')'
 *
 * Conditions are parsed and type-checked when their file loads; an error
 * points at the line and column inside the condition.  Evaluation is
 * three-valued: a fact that is unknown makes a comparison unknown, 'and'
 * is false when either side is false, 'or' true when either side is true,
 * and a rule fires only when its condition is true.
 */
#include "load/load.h"
#include "load/expr.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const op_text[] = { "==", "!=", "<", "<=", ">", ">=" };

typedef enum {
	T_END,
	T_NUM,
	T_STR,
	T_NAME,
	T_OP,
	T_LPAREN,
	T_RPAREN,
	T_LBRACKET,
	T_RBRACKET,
	T_COMMA,
	T_BAD
} tok_kind;

typedef struct parser {
	tp_ctx *c;
	const tp_node *v;
	const tp_names *names;
	const char *s;
	size_t n, i;
	/* current token */
	tok_kind tok;
	size_t start, len;
	cmp_op op;
	unsigned depth; /* nesting of '(' and 'not', bounded */
} parser;

#define TP_MAX_EXPR_DEPTH 64

/* ---- errors at a position inside the condition ---- */

static int fail_at(parser *p, size_t offset, const char *fmt, ...)
	TP_PRINTF(3, 4);
static int fail_at(parser *p, size_t offset, const char *fmt, ...)
{
	char msg[400];
	const tp_node *v = p->v;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!memchr(v->text, '\n', v->len) &&
	    (v->style == 0 || v->style == '\'' || v->style == '"')) {
		unsigned col = v->column + (v->style ? 1u : 0u);
		size_t k;
		for (k = 0; k < offset && k < v->len; k++)
			if (((unsigned char)v->text[k] & 0xC0) != 0x80)
				col++;
		return tp_error_set(p->c->err, TPATH_EINVALID, p->c->source,
				    v->line, col, "%s", msg);
	}
	return tp_error_set(p->c->err, TPATH_EINVALID, p->c->source, v->line,
			    v->column, "%s (at character %zu of the condition)",
			    msg, offset + 1);
}

/* ---- tokens ---- */

static bool is_name_start(char ch)
{
	return (ch >= 'a' && ch <= 'z') || ch == '_';
}

static bool is_name_char(char ch)
{
	return is_name_start(ch) || (ch >= '0' && ch <= '9') || ch == '-' ||
	       (ch >= 'A' && ch <= 'Z');
}

static void next(parser *p)
{
	const char *s = p->s;
	while (p->i < p->n && (s[p->i] == ' ' || s[p->i] == '\t' ||
			       s[p->i] == '\n' || s[p->i] == '\r'))
		p->i++;
	p->start = p->i;
	p->len = 0;
	if (p->i >= p->n) {
		p->tok = T_END;
		return;
	}
	switch (s[p->i]) {
	case '(':
		p->tok = T_LPAREN;
		p->len = 1;
		break;
	case ')':
		p->tok = T_RPAREN;
		p->len = 1;
		break;
	case '[':
		p->tok = T_LBRACKET;
		p->len = 1;
		break;
	case ']':
		p->tok = T_RBRACKET;
		p->len = 1;
		break;
	case ',':
		p->tok = T_COMMA;
		p->len = 1;
		break;
	case '=':
	case '!':
	case '<':
	case '>': {
		char a = s[p->i], b = p->i + 1 < p->n ? s[p->i + 1] : 0;
		p->tok = T_OP;
		p->len = b == '=' ? 2 : 1;
		if (a == '=' && b == '=')
			p->op = OP_EQ;
		else if (a == '!' && b == '=')
			p->op = OP_NE;
		else if (a == '<')
			p->op = b == '=' ? OP_LE : OP_LT;
		else if (a == '>')
			p->op = b == '=' ? OP_GE : OP_GT;
		else
			p->tok = T_BAD;
		break;
	}
	case '\'':
	case '"': {
		char q = s[p->i];
		size_t k = p->i + 1;
		while (k < p->n && s[k] != q)
			k++;
		p->tok = k < p->n ? T_STR : T_BAD;
		p->len = k < p->n ? k - p->i + 1 : p->n - p->i;
		break;
	}
	default:
		if ((s[p->i] >= '0' && s[p->i] <= '9') ||
		    (s[p->i] == '-' && p->i + 1 < p->n && s[p->i + 1] >= '0' &&
		     s[p->i + 1] <= '9')) {
			size_t k = p->i + 1;
			while (k < p->n && ((s[k] >= '0' && s[k] <= '9') ||
					    s[k] == '.'))
				k++;
			p->tok = T_NUM;
			p->len = k - p->i;
		} else if (is_name_start(s[p->i])) {
			size_t k = p->i + 1;
			while (k < p->n && (is_name_char(s[k]) || s[k] == '.'))
				k++;
			p->tok = T_NAME;
			p->len = k - p->i;
		} else {
			/* A whole character, not a lone UTF-8 byte, so that
			 * the message stays valid UTF-8. */
			size_t k = p->i + 1;
			while (k < p->n && ((unsigned char)s[k] & 0xC0) == 0x80)
				k++;
			p->tok = T_BAD;
			p->len = k - p->i;
		}
	}
	p->i += p->len;
}

static bool is_word(const parser *p, const char *w)
{
	return p->tok == T_NAME && p->len == strlen(w) &&
	       strncmp(p->s + p->start, w, p->len) == 0;
}

static int unexpected(parser *p, const char *expected)
{
	if (p->tok == T_END)
		return fail_at(p, p->start, "%s expected, but the condition "
					    "ends here",
			       expected);
	if (p->tok == T_BAD && (p->s[p->start] == '\'' ||
				p->s[p->start] == '"'))
		return fail_at(p, p->start, "unterminated text: no closing %c",
			       p->s[p->start]);
	return fail_at(p, p->start, "%s expected, got '%.*s'", expected,
		       (int)p->len, p->s + p->start);
}

/* ---- names ---- */

static const char *type_name(tp_type t)
{
	switch (t) {
	case TP_T_BOOL:
		return "true or false";
	case TP_T_NUM:
		return "a number";
	case TP_T_STR:
		return "text";
	default:
		return "null";
	}
}

static tp_expr *node(parser *p, expr_kind k, size_t offset)
{
	tp_expr *e = tp_arena_alloc(p->c->arena, sizeof(*e));
	if (e) {
		e->kind = k;
		e->offset = offset;
	}
	return e;
}

static int resolve(parser *p, tp_expr *e, const char *name)
{
	const tp_names *nm = p->names;
	const char *best = NULL;
	size_t i, bestd = 99;

	if (strncmp(name, "param.", 6) == 0) {
		for (i = 0; i < nm->nparams; i++)
			if (strcmp(nm->params[i], name + 6) == 0) {
				e->fact = TP_FACT_PARAM_BASE + (int)i;
				e->type = TP_T_NUM;
				return 0;
			}
		for (i = 0; i < nm->nparams; i++)
			if (tp_is_close(name + 6, nm->params[i]))
				return fail_at(p, e->offset,
					       "unknown parameter '%s'; did you "
					       "mean 'param.%s'?",
					       name, nm->params[i]);
		return fail_at(p, e->offset,
			       "unknown parameter '%s': it is not in this "
			       "file's 'parameters'",
			       name);
	}
	if (strncmp(name, "flag.", 5) == 0 && nm->vocab) {
		for (i = 0; i < nm->vocab->nflags; i++)
			if (strcmp(nm->vocab->flags[i].id, name + 5) == 0) {
				e->fact = TP_FACT_FLAG_BASE + (int)i;
				e->type = TP_T_BOOL;
				return 0;
			}
		for (i = 0; i < nm->vocab->nflags; i++)
			if (tp_is_close(name + 5, nm->vocab->flags[i].id))
				return fail_at(p, e->offset,
					       "unknown flag '%s'; did you mean "
					       "'flag.%s'?",
					       name, nm->vocab->flags[i].id);
		return fail_at(p, e->offset,
			       "unknown flag '%s' (flags are listed in "
			       "vocabulary.yaml)",
			       name);
	}
	for (i = 0; i < tp_nfacts; i++) {
		if (strcmp(tp_facts[i].name, name) == 0) {
			const tp_fact_def *f = &tp_facts[i];
			if (f->context != TP_CTX_HISTORY &&
			    f->context != nm->context)
				return fail_at(
					p, e->offset,
					"'%s' is defined only in rules written "
					"'for: %s'",
					name,
					f->context == TP_CTX_COURSE ? "courses"
								    : "pairs");
			e->fact = (int)i;
			e->type = f->type;
			return 0;
		}
	}
	/* Not found: only now is it worth ranking suggestions. */
	for (i = 0; i < tp_nfacts; i++) {
		if (tp_is_close(name, tp_facts[i].name)) {
			size_t d = tp_edit_distance(name, tp_facts[i].name, 3);
			if (d < bestd) {
				bestd = d;
				best = tp_facts[i].name;
			}
		}
	}
	if (best)
		return fail_at(p, e->offset,
			       "unknown fact '%s'; did you mean '%s'?", name,
			       best);
	return fail_at(p, e->offset,
		       "unknown fact '%s' (docs/guideline-format.md lists the "
		       "facts)",
		       name);
}

/* ---- grammar ---- */

static int parse_or(parser *p, tp_expr **out);

static int parse_literal(parser *p, tp_expr **out)
{
	tp_expr *e = node(p, E_LIT, p->start);
	if (!e)
		return tp_error_oom(p->c->err, p->c->source);
	e->lit.known = true;
	if (p->tok == T_NUM) {
		if (!tp_parse_decimal(p->s + p->start, p->len, &e->lit.num))
			return fail_at(p, p->start,
				       "'%.*s' is not a number (digits with "
				       "an optional decimal point, at most 15 "
				       "digits)",
				       (int)(p->len > 40 ? 40 : p->len),
				       p->s + p->start);
		e->type = e->lit.type = TP_T_NUM;
	} else if (p->tok == T_STR) {
		e->lit.str = tp_arena_strndup(p->c->arena, p->s + p->start + 1,
					      p->len - 2);
		if (!e->lit.str)
			return tp_error_oom(p->c->err, p->c->source);
		e->type = e->lit.type = TP_T_STR;
	} else if (is_word(p, "true") || is_word(p, "false")) {
		e->lit.b = is_word(p, "true");
		e->type = e->lit.type = TP_T_BOOL;
	} else if (is_word(p, "null")) {
		e->lit.known = false;
		e->type = e->lit.type = TP_T_NULL;
	} else {
		return unexpected(p, "a number, text, true, false or null");
	}
	next(p);
	*out = e;
	return 0;
}

static int parse_value(parser *p, tp_expr **out)
{
	int error;
	if (p->tok == T_LPAREN) {
		size_t open = p->start;
		if (++p->depth > TP_MAX_EXPR_DEPTH)
			return fail_at(p, p->start,
				       "conditions nested deeper than %d "
				       "levels",
				       TP_MAX_EXPR_DEPTH);
		next(p);
		if ((error = parse_or(p, out)) < 0)
			return error;
		p->depth--;
		if (p->tok != T_RPAREN)
			return p->tok == T_END
				       ? fail_at(p, open,
						 "'(' is never closed")
				       : unexpected(p, "')'");
		next(p);
		return 0;
	}
	if (p->tok == T_NAME && !is_word(p, "true") && !is_word(p, "false") &&
	    !is_word(p, "null")) {
		static const char *const reserved[] = { "and", "or", "not",
							"in" };
		char name[128];
		tp_expr *e;
		size_t k;
		for (k = 0; k < TP_ARRAY_LEN(reserved); k++)
			if (is_word(p, reserved[k]))
				return unexpected(p, "a value");
		if (p->len >= sizeof(name))
			return fail_at(p, p->start, "name too long");
		snprintf(name, sizeof(name), "%.*s", (int)p->len,
			 p->s + p->start);
		if (!(e = node(p, E_FACT, p->start)))
			return tp_error_oom(p->c->err, p->c->source);
		if ((error = resolve(p, e, name)) < 0)
			return error;
		if (!(e->name = tp_arena_strndup(p->c->arena, name,
						 strlen(name))))
			return tp_error_oom(p->c->err, p->c->source);
		next(p);
		*out = e;
		return 0;
	}
	if (p->tok == T_NUM || p->tok == T_STR || p->tok == T_NAME)
		return parse_literal(p, out);
	return unexpected(p, "a value");
}

/* How a side of a comparison is named in messages. */
static void side(parser *p, const tp_expr *e, char *buf, size_t n)
{
	if (e->kind == E_FACT)
		snprintf(buf, n, "'%s'", e->name);
	else if (e->kind == E_LIT && e->type == TP_T_STR)
		snprintf(buf, n, "'%s'", e->lit.str);
	else
		snprintf(buf, n, "the value at character %zu", e->offset + 1);
	(void)p;
}

static int parse_compare(parser *p, tp_expr **out)
{
	tp_expr *l, *r, *e;
	char a[160], b[160];
	int error;
	size_t opos;

	if ((error = parse_value(p, &l)) < 0)
		return error;
	if (is_word(p, "in")) {
		opos = p->start;
		next(p);
		if (p->tok != T_LBRACKET)
			return unexpected(p, "'[' (a list of values)");
		if (!(e = node(p, E_IN, opos)))
			return tp_error_oom(p->c->err, p->c->source);
		e->a = l;
		e->type = TP_T_BOOL;
		e->list = tp_arena_alloc(p->c->arena, 32 * sizeof(tp_expr *));
		if (!e->list)
			return tp_error_oom(p->c->err, p->c->source);
		do {
			tp_expr *item;
			next(p);
			if (e->nlist == 32)
				return fail_at(p, p->start,
					       "a list holds at most 32 values");
			if ((error = parse_literal(p, &item)) < 0)
				return error;
			if (item->type != l->type) {
				side(p, l, a, sizeof(a));
				return fail_at(p, item->offset,
					       "'in' needs values of one type, "
					       "but %s is %s and this is %s",
					       a, type_name(l->type),
					       type_name(item->type));
			}
			e->list[e->nlist++] = item;
		} while (p->tok == T_COMMA);
		if (p->tok != T_RBRACKET)
			return unexpected(p, "',' or ']'");
		next(p);
		*out = e;
		return 0;
	}
	if (p->tok != T_OP) {
		*out = l;
		return 0;
	}
	opos = p->start;
	if (!(e = node(p, E_CMP, opos)))
		return tp_error_oom(p->c->err, p->c->source);
	e->op = p->op;
	next(p);
	if ((error = parse_value(p, &r)) < 0)
		return error;
	e->a = l;
	e->b = r;
	e->type = TP_T_BOOL;
	side(p, l, a, sizeof(a));
	side(p, r, b, sizeof(b));
	if (e->op == OP_EQ || e->op == OP_NE) {
		if (l->type != r->type && l->type != TP_T_NULL &&
		    r->type != TP_T_NULL)
			return fail_at(p, opos,
				       "'%s' compares values of one type, but "
				       "%s is %s and %s is %s",
				       op_text[e->op], a, type_name(l->type),
				       b, type_name(r->type));
	} else if (l->type != TP_T_NUM || r->type != TP_T_NUM) {
		const tp_expr *bad = l->type != TP_T_NUM ? l : r;
		side(p, bad, a, sizeof(a));
		return fail_at(p, opos, "'%s' compares numbers, but %s is %s",
			       op_text[e->op], a, type_name(bad->type));
	}
	*out = e;
	return 0;
}

static int need_bool(parser *p, const tp_expr *e, const char *word)
{
	char a[160];
	if (e->type == TP_T_BOOL)
		return 0;
	side(p, e, a, sizeof(a));
	return fail_at(p, e->offset,
		       "'%s' needs conditions (true or false), but %s is %s",
		       word, a, type_name(e->type));
}

static int parse_not(parser *p, tp_expr **out)
{
	int error;
	if (is_word(p, "not")) {
		tp_expr *e = node(p, E_NOT, p->start);
		if (!e)
			return tp_error_oom(p->c->err, p->c->source);
		if (++p->depth > TP_MAX_EXPR_DEPTH)
			return fail_at(p, p->start,
				       "conditions nested deeper than %d "
				       "levels",
				       TP_MAX_EXPR_DEPTH);
		next(p);
		if ((error = parse_not(p, &e->a)) < 0 ||
		    (error = need_bool(p, e->a, "not")) < 0)
			return error;
		p->depth--;
		e->type = TP_T_BOOL;
		*out = e;
		return 0;
	}
	return parse_compare(p, out);
}

static int parse_binary(parser *p, tp_expr **out, const char *word,
			expr_kind kind,
			int (*operand)(parser *, tp_expr **))
{
	tp_expr *l;
	int error;
	if ((error = operand(p, &l)) < 0)
		return error;
	while (is_word(p, word)) {
		tp_expr *e = node(p, kind, l->offset);
		if (!e)
			return tp_error_oom(p->c->err, p->c->source);
		next(p);
		e->a = l;
		if ((error = operand(p, &e->b)) < 0 ||
		    (error = need_bool(p, e->a, word)) < 0 ||
		    (error = need_bool(p, e->b, word)) < 0)
			return error;
		e->type = TP_T_BOOL;
		l = e;
	}
	*out = l;
	return 0;
}

static int parse_and(parser *p, tp_expr **out)
{
	return parse_binary(p, out, "and", E_AND, parse_not);
}

static int parse_or(parser *p, tp_expr **out)
{
	return parse_binary(p, out, "or", E_OR, parse_and);
}

int tp_expr_parse(tp_expr **out, tp_ctx *c, const tp_node *v,
		  const tp_names *names)
{
	parser p;
	tp_expr *e;
	int error;
	const char *text;

	*out = NULL;
	if ((error = tp_get_string(c, v, "when", &text)) < 0)
		return error;
	memset(&p, 0, sizeof(p));
	p.c = c;
	p.v = v;
	p.names = names;
	p.s = text;
	p.n = v->len;
	if (p.n > (c->limits ? c->limits->max_condition : TPATH_MAX_CONDITION))
		return tp_fail(c, v, "'when': a condition may be at most %zu bytes",
			       c->limits ? c->limits->max_condition
					 : (size_t)TPATH_MAX_CONDITION);
	next(&p);
	if (p.tok == T_END)
		return fail_at(&p, 0, "empty condition");
	if ((error = parse_or(&p, &e)) < 0)
		return error;
	if (p.tok != T_END)
		return fail_at(&p, p.start,
			       "unexpected '%.*s' after a complete condition "
			       "(missing 'and' or 'or'?)",
			       (int)p.len, p.s + p.start);
	if (e->type != TP_T_BOOL)
		return fail_at(&p, 0,
			       "a condition must be true or false, but this is "
			       "%s",
			       type_name(e->type));
	*out = e;
	return 0;
}
