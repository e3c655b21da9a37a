/*
 * yaml.c - the border with libyaml: YAML bytes to a tree of tp_node.
 *
 * This is the only file that includes <yaml.h>.  It drives libyaml's event
 * parser rather than its document loader so that limits (depth, node count)
 * are enforced while parsing, before any memory is spent on a hostile input,
 * and so that anchors and aliases are refused at the first one instead of
 * being expanded.  Positions are converted to 1-based lines and columns
 * (columns count characters, as libyaml does).
 */
#include "load/load.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

void tp_limits_from_options(tp_limits *l, const tpath_load_options *opts)
{
	l->max_bytes = TP_DEFAULT_MAX_BYTES;
	l->max_depth = TP_DEFAULT_MAX_DEPTH;
	l->max_nodes = TP_DEFAULT_MAX_NODES;
	l->line_base = 0;
	l->max_treatments = TPATH_MAX_TREATMENTS;
	l->max_measures = TPATH_MAX_MEASURES;
	l->max_condition = TPATH_MAX_CONDITION;
	l->max_fills = TPATH_MAX_FILLS;
	l->max_concomitant = TPATH_MAX_CONCOMITANT;
	if (!opts)
		return;
	if (opts->version >= 5 && opts->max_concomitant)
		l->max_concomitant = opts->max_concomitant;
	if (opts->version >= 4 && opts->max_fills)
		l->max_fills = opts->max_fills;
	if (opts->version >= 3) {
		if (opts->max_treatments)
			l->max_treatments = opts->max_treatments;
		if (opts->max_measures)
			l->max_measures = opts->max_measures;
		if (opts->max_condition)
			l->max_condition = opts->max_condition;
	}
	if (opts->version >= 2 && opts->first_line > 1)
		l->line_base = opts->first_line - 1;
	if (opts->max_bytes)
		l->max_bytes = opts->max_bytes;
	if (opts->max_depth)
		l->max_depth = opts->max_depth;
	/* The tree is walked recursively: keep the stack bounded. */
	if (l->max_depth > 1000)
		l->max_depth = 1000;
	if (opts->max_nodes)
		l->max_nodes = opts->max_nodes;
}

/* An open mapping or sequence while its children arrive. */
typedef struct frame {
	tp_node *node;
	tp_node **items; /* malloc'd; mappings alternate key, value */
	size_t n, cap;
} frame;

typedef struct builder {
	tp_arena *arena;
	const char *name;
	tpath_error *err;
	const tp_limits *limits;
	frame *stack;
	size_t depth, stack_cap;
	size_t nodes;
	tp_node *root;
	int error; /* why new_node failed */
} builder;

/* 1-based line and column of a byte offset, for reader errors, which give
 * only an offset. */
static void offset_position(const char *buf, size_t len, size_t off,
			    unsigned *line, unsigned *col)
{
	size_t i;
	*line = 1;
	*col = 1;
	if (off > len)
		off = len;
	for (i = 0; i < off; i++) {
		unsigned char ch = (unsigned char)buf[i];
		if (ch == '\n') {
			++*line;
			*col = 1;
		} else if ((ch & 0xC0) != 0x80) {
			++*col;
		}
	}
}

static int fail_at(builder *b, const yaml_mark_t *m, int code,
		   const char *fmt, ...) TP_PRINTF(4, 5);
static int fail_at(builder *b, const yaml_mark_t *m, int code,
		   const char *fmt, ...)
{
	char msg[sizeof(((tpath_error *)0)->message)];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return tp_error_set(b->err, code, b->name,
			    (unsigned)m->line + 1 + b->limits->line_base,
			    (unsigned)m->column + 1, "%s", msg);
}

static int push_child(builder *b, frame *f, tp_node *child)
{
	if (f->n == f->cap) {
		size_t ncap = f->cap ? f->cap * 2 : 8;
		tp_node **ni = tp_realloc(f->items, ncap * sizeof(*ni));
		if (!ni)
			return tp_error_oom(b->err, b->name);
		f->items = ni;
		f->cap = ncap;
	}
	f->items[f->n++] = child;
	return 0;
}

/* Attaches a finished node to the open collection, or makes it the root. */
static int attach(builder *b, tp_node *node, const yaml_mark_t *m)
{
	frame *top;
	if (b->depth == 0) {
		b->root = node;
		return 0;
	}
	top = &b->stack[b->depth - 1];
	if (top->node->kind == TP_MAPPING && top->n % 2 == 0 &&
	    node->kind != TP_SCALAR)
		return fail_at(b, m, TPATH_EINVALID,
			       "a mapping key must be a scalar, got a %s",
			       node->kind == TP_MAPPING ? "mapping"
							: "sequence");
	return push_child(b, top, node);
}

static tp_node *new_node(builder *b, tp_node_kind kind,
			 const yaml_mark_t *m)
{
	tp_node *n;
	if (++b->nodes > b->limits->max_nodes) {
		b->error = TPATH_ELIMIT;
		tp_error_set(b->err, TPATH_ELIMIT, b->name,
			     (unsigned)m->line + 1 + b->limits->line_base,
			     (unsigned)m->column + 1,
			     "document has more than %zu nodes (limit)",
			     b->limits->max_nodes);
		return NULL;
	}
	n = tp_arena_alloc(b->arena, sizeof(*n));
	if (!n) {
		b->error = tp_error_oom(b->err, b->name);
		return NULL;
	}
	n->kind = kind;
	n->line = (unsigned)m->line + 1 + b->limits->line_base;
	n->column = (unsigned)m->column + 1;
	return n;
}

static int open_collection(builder *b, tp_node_kind kind,
			   const yaml_mark_t *m)
{
	tp_node *n;
	if (b->depth >= b->limits->max_depth)
		return tp_error_set(b->err, TPATH_ELIMIT, b->name,
				    (unsigned)m->line + 1 + b->limits->line_base,
				    (unsigned)m->column + 1,
				    "nesting deeper than %u levels (limit)",
				    b->limits->max_depth);
	if (b->depth > 0) {
		frame *top = &b->stack[b->depth - 1];
		if (top->node->kind == TP_MAPPING && top->n % 2 == 0)
			return fail_at(b, m, TPATH_EINVALID,
				       "a mapping key must be a scalar, got a "
				       "%s",
				       kind == TP_MAPPING ? "mapping"
							  : "sequence");
	}
	if (!(n = new_node(b, kind, m)))
		return b->error;
	if (b->depth == b->stack_cap) {
		size_t ncap = b->stack_cap ? b->stack_cap * 2 : 16;
		frame *ns = tp_realloc(b->stack, ncap * sizeof(*ns));
		if (!ns)
			return tp_error_oom(b->err, b->name);
		b->stack = ns;
		b->stack_cap = ncap;
	}
	b->stack[b->depth].node = n;
	b->stack[b->depth].items = NULL;
	b->stack[b->depth].n = 0;
	b->stack[b->depth].cap = 0;
	b->depth++;
	return 0;
}

static int close_collection(builder *b, const yaml_mark_t *m)
{
	frame *f = &b->stack[--b->depth];
	tp_node *n = f->node;
	size_t i;
	int error = 0;

	if (n->kind == TP_MAPPING) {
		n->n = f->n / 2;
		n->keys = tp_arena_alloc(b->arena,
					 (n->n ? n->n : 1) * sizeof(tp_node *));
		n->values = tp_arena_alloc(
			b->arena, (n->n ? n->n : 1) * sizeof(tp_node *));
		if (!n->keys || !n->values) {
			error = tp_error_oom(b->err, b->name);
			goto cleanup;
		}
		for (i = 0; i < n->n; i++) {
			n->keys[i] = f->items[2 * i];
			n->values[i] = f->items[2 * i + 1];
		}
	} else {
		n->n = f->n;
		n->values = tp_arena_alloc(
			b->arena, (n->n ? n->n : 1) * sizeof(tp_node *));
		if (!n->values) {
			error = tp_error_oom(b->err, b->name);
			goto cleanup;
		}
		if (n->n)
			memcpy(n->values, f->items, n->n * sizeof(tp_node *));
	}
	error = attach(b, n, m);
cleanup:
	tp_free(f->items);
	f->items = NULL;
	return error;
}

/* The first tab in the indentation of a line with content, on lines
 * first..last (0-based), as a 0-based line and column; false when none.
 * YAML forbids tabs there, and libyaml's message does not say so.  Only
 * the lines where libyaml stopped are looked at: elsewhere a tab may be
 * content (in a block scalar) or fine (in a flow collection). */
static bool indent_tab(const char *buf, size_t len, size_t first,
		       size_t last, unsigned *line, unsigned *col)
{
	size_t i = 0, l = 0;
	while (i < len && l <= last) {
		size_t s = i, tab = (size_t)-1;
		while (i < len && (buf[i] == ' ' || buf[i] == '\t')) {
			if (buf[i] == '\t' && tab == (size_t)-1)
				tab = i;
			i++;
		}
		if (l >= first && tab != (size_t)-1 && i < len &&
		    buf[i] != '\n' &&
		    buf[i] != '\r' && buf[i] != '#') {
			*line = (unsigned)l;
			*col = (unsigned)(tab - s);
			return true;
		}
		while (i < len && buf[i] != '\n')
			i++;
		i++;
		l++;
	}
	return false;
}

static int syntax_error(builder *b, yaml_parser_t *p, const char *buf,
			size_t len)
{
	unsigned line, col;
	const char *problem = p->problem ? p->problem : "unknown problem";

	if (p->error == YAML_MEMORY_ERROR)
		return tp_error_oom(b->err, b->name);
	if (p->error == YAML_READER_ERROR) {
		offset_position(buf, len, p->problem_offset, &line, &col);
		line += b->limits->line_base;
		if (p->problem_value != -1)
			return tp_error_set(b->err, TPATH_EINVALID, b->name,
					    line, col,
					    "invalid input text: %s (byte "
					    "0x%02X)",
					    problem,
					    (unsigned)p->problem_value & 0xFF);
		return tp_error_set(b->err, TPATH_EINVALID, b->name, line, col,
				    "invalid input text: %s", problem);
	}
	if (indent_tab(buf, len,
		       p->problem_mark.line ? p->problem_mark.line - 1 : 0,
		       p->problem_mark.line, &line, &col))
		return tp_error_set(b->err, TPATH_EINVALID, b->name,
				    line + 1 + b->limits->line_base, col + 1,
				    "YAML syntax error: a tab in the "
				    "indentation; YAML indents with spaces "
				    "only (replace the tab with spaces)");
	line = (unsigned)p->problem_mark.line + 1 + b->limits->line_base;
	col = (unsigned)p->problem_mark.column + 1;
	if (p->context)
		return tp_error_set(b->err, TPATH_EINVALID, b->name, line, col,
				    "YAML syntax error: %s %s (line %u, "
				    "column %u)",
				    problem, p->context,
				    (unsigned)p->context_mark.line + 1 +
					    b->limits->line_base,
				    (unsigned)p->context_mark.column + 1);
	return tp_error_set(b->err, TPATH_EINVALID, b->name, line, col,
			    "YAML syntax error: %s", problem);
}

/* Checks that the input is well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing above U+10FFFF) so that the error can point at the
 * offending byte itself; libyaml's reader reports the byte after it.
 * Inputs that start with a UTF-16 byte-order mark are left to libyaml. */
static int check_utf8(builder *b, const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t i = 0;
	unsigned line, col;

	if (len >= 2 && ((s[0] == 0xFE && s[1] == 0xFF) ||
			 (s[0] == 0xFF && s[1] == 0xFE)))
		return 0;
	while (i < len) {
		unsigned char c = s[i];
		size_t need, k;
		unsigned long cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			need = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			need = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			need = 3, cp = c & 0x07;
		else
			goto bad;
		if (len - i <= need)
			goto bad;
		for (k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		    (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			goto bad;
		i += need + 1;
	}
	return 0;
bad:
	offset_position(buf, len, i, &line, &col);
	line += b->limits->line_base;
	return tp_error_set(b->err, TPATH_EINVALID, b->name, line, col,
			    "invalid UTF-8: byte 0x%02X does not start a valid "
			    "character (save the file as UTF-8)",
			    s[i]);
}

/* Refuses what a strict reader must not accept on a node event. */
static int check_props(builder *b, const yaml_event_t *ev,
		       const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor)
		return fail_at(b, &ev->start_mark, TPATH_EINVALID,
			       "YAML anchors are not allowed (&%s)",
			       (const char *)anchor);
	if (tag) {
		static const char core[] = "tag:yaml.org,2002:";
		const char *t = (const char *)tag;
		if (strncmp(t, core, sizeof(core) - 1) == 0)
			return fail_at(b, &ev->start_mark, TPATH_EINVALID,
				       "YAML tags are not allowed (!!%s)",
				       t + sizeof(core) - 1);
		return fail_at(b, &ev->start_mark, TPATH_EINVALID,
			       "YAML tags are not allowed (%s)", t);
	}
	return 0;
}

int tp_yaml_parse(tp_node **root, tp_arena *arena, const char *buf, size_t len,
		  const char *name, const tp_limits *limits, tpath_error *err)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	builder b;
	int error = 0, done = 0, docs = 0;
	size_t i;

	*root = NULL;
	memset(&b, 0, sizeof(b));
	b.arena = arena;
	b.name = name;
	b.err = err;
	b.limits = limits;

	if (len > limits->max_bytes)
		return tp_error_set(err, TPATH_ELIMIT, name, 0, 0,
				    "input is larger than the limit of %zu "
				    "bytes",
				    limits->max_bytes);
	if ((error = check_utf8(&b, buf, len)) < 0)
		return error;
	if (!yaml_parser_initialize(&parser))
		return tp_error_oom(err, name);
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);

	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			error = syntax_error(&b, &parser, buf, len);
			goto cleanup;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1)
				error = fail_at(&b, &ev.start_mark,
						TPATH_EINVALID, "%s",
						"more than one YAML document "
						"in the file; a file holds "
						"exactly one");
			break;
		case YAML_ALIAS_EVENT:
			error = fail_at(&b, &ev.start_mark, TPATH_EINVALID,
					"YAML aliases are not allowed (*%s)",
					(const char *)ev.data.alias.anchor);
			break;
		case YAML_SCALAR_EVENT: {
			tp_node *n;
			if ((error = check_props(&b, &ev,
						 ev.data.scalar.anchor,
						 ev.data.scalar.tag)) < 0)
				break;
			if (memchr(ev.data.scalar.value, '\0',
				   ev.data.scalar.length)) {
				error = fail_at(&b, &ev.start_mark,
						TPATH_EINVALID, "%s",
						"a NUL character (\\0) is not "
						"allowed in a value");
				break;
			}
			if (!(n = new_node(&b, TP_SCALAR, &ev.start_mark))) {
				error = b.error;
				break;
			}
			n->len = ev.data.scalar.length;
			n->text = tp_arena_strndup(
				arena, (const char *)ev.data.scalar.value,
				n->len);
			if (!n->text) {
				error = tp_error_oom(err, name);
				break;
			}
			n->plain = ev.data.scalar.style ==
				   YAML_PLAIN_SCALAR_STYLE;
			switch (ev.data.scalar.style) {
			case YAML_SINGLE_QUOTED_SCALAR_STYLE:
				n->style = '\'';
				break;
			case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
				n->style = '"';
				break;
			case YAML_LITERAL_SCALAR_STYLE:
				n->style = '|';
				break;
			case YAML_FOLDED_SCALAR_STYLE:
				n->style = '>';
				break;
			default:
				n->style = 0;
			}
			error = attach(&b, n, &ev.start_mark);
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
			if ((error = check_props(&b, &ev,
						 ev.data.sequence_start.anchor,
						 ev.data.sequence_start.tag)) <
			    0)
				break;
			error = open_collection(&b, TP_SEQUENCE,
						&ev.start_mark);
			break;
		case YAML_MAPPING_START_EVENT:
			if ((error = check_props(&b, &ev,
						 ev.data.mapping_start.anchor,
						 ev.data.mapping_start.tag)) <
			    0)
				break;
			error = open_collection(&b, TP_MAPPING,
						&ev.start_mark);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			error = close_collection(&b, &ev.start_mark);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (error < 0)
			goto cleanup;
	}
	if (docs == 0 || !b.root) {
		error = tp_error_set(err, TPATH_EINVALID, name, 0, 0,
				     "empty input: no YAML document");
		goto cleanup;
	}
	*root = b.root;
cleanup:
	for (i = 0; i < b.depth; i++)
		tp_free(b.stack[i].items);
	tp_free(b.stack);
	yaml_parser_delete(&parser);
	return error;
}

/* ---- emitting: JSON values to YAML (for the FHIR importer) ---- */

typedef struct growbuf {
	char *s;
	size_t n, cap;
	int oom;
} growbuf;

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	growbuf *g = data;
	if (g->n + size + 1 > g->cap) {
		size_t ncap = g->cap ? g->cap * 2 : 4096;
		char *ns;
		while (ncap < g->n + size + 1)
			ncap *= 2;
		if (!(ns = realloc(g->s, ncap))) {
			g->oom = 1;
			return 0;
		}
		g->s = ns;
		g->cap = ncap;
	}
	memcpy(g->s + g->n, buffer, size);
	g->n += size;
	g->s[g->n] = '\0';
	return 1;
}

static int emit_scalar(yaml_emitter_t *e, const char *text, int quote)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(
		    &ev, NULL, NULL, (yaml_char_t *)(uintptr_t)text,
		    (int)strlen(text), !quote, !quote,
		    quote ? YAML_DOUBLE_QUOTED_SCALAR_STYLE
			  : YAML_ANY_SCALAR_STYLE))
		return 0;
	return yaml_emitter_emit(e, &ev);
}

static int emit_value(yaml_emitter_t *e, json_t *v)
{
	yaml_event_t ev;
	char buf[64];
	if (json_is_object(v)) {
		const char *key;
		json_t *val;
		if (!yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
							 YAML_BLOCK_MAPPING_STYLE) ||
		    !yaml_emitter_emit(e, &ev))
			return 0;
		json_object_foreach(v, key, val)
		{
			if (!emit_scalar(e, key, 0) || !emit_value(e, val))
				return 0;
		}
		return yaml_mapping_end_event_initialize(&ev) &&
		       yaml_emitter_emit(e, &ev);
	}
	if (json_is_array(v)) {
		size_t i;
		if (!yaml_sequence_start_event_initialize(
			    &ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE) ||
		    !yaml_emitter_emit(e, &ev))
			return 0;
		for (i = 0; i < json_array_size(v); i++)
			if (!emit_value(e, json_array_get(v, i)))
				return 0;
		return yaml_sequence_end_event_initialize(&ev) &&
		       yaml_emitter_emit(e, &ev);
	}
	if (json_is_string(v)) {
		/* Quote text a strict reader would take for something else. */
		tp_node n;
		memset(&n, 0, sizeof(n));
		n.kind = TP_SCALAR;
		n.plain = true;
		n.text = json_string_value(v);
		n.len = strlen(n.text);
		return emit_scalar(e, n.text, tp_scalar_type(&n) != NULL);
	}
	if (json_is_integer(v))
		snprintf(buf, sizeof(buf), "%lld",
			 (long long)json_integer_value(v));
	else if (json_is_real(v))
		snprintf(buf, sizeof(buf), "%.15g", json_real_value(v));
	else if (json_is_boolean(v))
		snprintf(buf, sizeof(buf), "%s",
			 json_is_true(v) ? "true" : "false");
	else
		snprintf(buf, sizeof(buf), "null");
	return emit_scalar(e, buf, 0);
}

int tp_yaml_emit_json(char **out, const void *json)
{
	yaml_emitter_t e;
	yaml_event_t ev;
	growbuf g = { NULL, 0, 0, 0 };
	int ok;

	*out = NULL;
	if (!yaml_emitter_initialize(&e))
		return TPATH_ENOMEM;
	yaml_emitter_set_output(&e, write_handler, &g);
	yaml_emitter_set_unicode(&e, 1);
	yaml_emitter_set_width(&e, 100);
	ok = yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) &&
	     yaml_emitter_emit(&e, &ev) &&
	     yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1) &&
	     yaml_emitter_emit(&e, &ev) &&
	     emit_value(&e, (json_t *)(uintptr_t)json) &&
	     yaml_document_end_event_initialize(&ev, 1) &&
	     yaml_emitter_emit(&e, &ev) &&
	     yaml_stream_end_event_initialize(&ev) &&
	     yaml_emitter_emit(&e, &ev);
	yaml_emitter_delete(&e);
	if (!ok || g.oom) {
		free(g.s);
		return TPATH_ENOMEM;
	}
	*out = g.s;
	return 0;
}
