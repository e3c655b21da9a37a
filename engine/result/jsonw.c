/*
 * jsonw.c - writes JSON text into a growing buffer, token by token.
 *
 * The text is what the result/1 output has always been (jansson's dump with
 * JSON_REAL_PRECISION(10)): strings in UTF-8 with only '"', '\\' and
 * control characters escaped, reals with ten significant digits and always
 * a '.' or an exponent, and, when indented, two spaces a level with
 * "key": value.  Writing straight into one buffer, without jansson's
 * callback per token and its printf per number, is what makes results
 * cheap to write (docs/performance.md).
 */
#include "result/result.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The bytes a JSON string escapes: control characters, '"' and '\\'. */
static const unsigned char escaped[256] = {
	[0] = 1, [1] = 1, [2] = 1, [3] = 1,
	[4] = 1, [5] = 1, [6] = 1, [7] = 1,
	[8] = 1, [9] = 1, [10] = 1, [11] = 1,
	[12] = 1, [13] = 1, [14] = 1, [15] = 1,
	[16] = 1, [17] = 1, [18] = 1, [19] = 1,
	[20] = 1, [21] = 1, [22] = 1, [23] = 1,
	[24] = 1, [25] = 1, [26] = 1, [27] = 1,
	[28] = 1, [29] = 1, [30] = 1, [31] = 1,
	['"'] = 1, ['\\'] = 1
};

void tp_jw_string(tp_sbuf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i = 0, run;
	char *o;
	/* the worst case at once (every byte a \u00XX), so the bytes are
	 * written straight into the buffer, the plain runs with memcpy */
	if (n > (SIZE_MAX - 2) / 6 || !tp_sb_reserve(b, n * 6 + 2)) {
		b->oom = true;
		return;
	}
	o = b->s + b->n;
	*o++ = '"';
	while (i < n) {
		unsigned char ch;
		for (run = i; i < n && !escaped[(unsigned char)s[i]]; i++)
			;
		memcpy(o, s + run, i - run);
		o += i - run;
		if (i == n)
			break;
		ch = (unsigned char)s[i++];
		*o++ = '\\';
		switch (ch) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\b': *o++ = 'b'; break;
		case '\f': *o++ = 'f'; break;
		case '\n': *o++ = 'n'; break;
		case '\r': *o++ = 'r'; break;
		case '\t': *o++ = 't'; break;
		default:
			memcpy(o, "u00", 3);
			o[3] = hex[ch >> 4];
			o[4] = hex[ch & 15];
			o += 5;
		}
	}
	*o++ = '"';
	*o = '\0';
	b->n = (size_t)(o - b->s);
}

void tp_jw_integer(tp_sbuf *b, long long v)
{
	char buf[24], *p = buf + sizeof(buf);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
				     : (unsigned long long)v;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10));
	if (v < 0)
		*--p = '-';
	tp_sb_put(b, p, (size_t)(buf + sizeof(buf) - p));
}

void tp_jw_real(tp_sbuf *b, double v)
{
	char buf[40];
	int len;
	double tenths = v * 10.0, r = round(tenths);
	/* Most reals of a result are rounded to a tenth (weeks, percent):
	 * written as an integer of tenths they read as %.10g writes them,
	 * as long as ten digits hold them. */
	if (r / 10.0 == v && fabs(r) < 1e9 && !(v == 0 && signbit(v))) {
		long long t = (long long)r;
		long long whole = t / 10;
		int digit = (int)(t % 10);
		if (t < 0) {
			tp_sb_put(b, "-", 1);
			whole = -whole;
			digit = -digit;
		}
		tp_jw_integer(b, whole);
		buf[0] = '.';
		buf[1] = (char)('0' + digit);
		tp_sb_put(b, buf, 2);
		return;
	}
	len = snprintf(buf, sizeof(buf), "%.10g", v);
	if (len < 0 || (size_t)len >= sizeof(buf) - 3) {
		b->oom = true;
		return;
	}
	if (!strchr(buf, '.') && !strchr(buf, 'e') && isfinite(v)) {
		memcpy(buf + len, ".0", 3);
		len += 2;
	} else {
		/* "1e+20" as "1e20", "1e-05" as "1e-5", as jansson writes */
		char *e = strchr(buf, 'e');
		if (e) {
			char *d = e + 1, *s;
			if (*d == '+')
				memmove(d, d + 1, strlen(d));
			if (*d == '-')
				d++;
			for (s = d; *s == '0' && s[1]; s++)
				;
			memmove(d, s, strlen(s) + 1);
			len = (int)strlen(buf);
		}
	}
	tp_sb_put(b, buf, (size_t)len);
}

/* A newline and the indentation of depth. */
static void newline(tp_sbuf *b, int depth)
{
	static const char spaces[] = "\n                                "
				     "                                ";
	size_t n = (size_t)depth * 2, step = sizeof(spaces) - 2;
	if (n <= step) {
		tp_sb_put(b, spaces, n + 1);
		return;
	}
	tp_sb_put(b, "\n", 1);
	for (; n > step; n -= step)
		tp_sb_put(b, spaces + 1, step);
	tp_sb_put(b, spaces + 1, n);
}

/* jansson's iterators take a mutable object though they change nothing. */
static json_t *mutable_json(const json_t *v)
{
	union {
		const json_t *c;
		json_t *m;
	} u;
	u.c = v;
	return u.m;
}

void tp_jw_value(tp_sbuf *b, const json_t *v, bool indent, int depth)
{
	size_t i, n;
	const char *key;
	json_t *m;
	void *it;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (!json_object_size(v)) {
			tp_sb_put(b, "{}", 2);
			return;
		}
		tp_sb_put(b, "{", 1);
		i = 0;
		for (it = json_object_iter(mutable_json(v)); it;
		     it = json_object_iter_next(mutable_json(v), it)) {
			key = json_object_iter_key(it);
			m = json_object_iter_value(it);
			if (i++)
				tp_sb_put(b, ",", 1);
			if (indent)
				newline(b, depth + 1);
			tp_jw_string(b, key, json_object_iter_key_len(it));
			tp_sb_put(b, ": ", indent ? 2 : 1);
			tp_jw_value(b, m, indent, depth + 1);
		}
		if (indent)
			newline(b, depth);
		tp_sb_put(b, "}", 1);
		return;
	case JSON_ARRAY:
		n = json_array_size(v);
		if (!n) {
			tp_sb_put(b, "[]", 2);
			return;
		}
		tp_sb_put(b, "[", 1);
		for (i = 0; i < n; i++) {
			if (i)
				tp_sb_put(b, ",", 1);
			if (indent)
				newline(b, depth + 1);
			tp_jw_value(b, json_array_get(v, i), indent, depth + 1);
		}
		if (indent)
			newline(b, depth);
		tp_sb_put(b, "]", 1);
		return;
	case JSON_STRING:
		tp_jw_string(b, json_string_value(v), json_string_length(v));
		return;
	case JSON_INTEGER:
		tp_jw_integer(b, (long long)json_integer_value(v));
		return;
	case JSON_REAL:
		tp_jw_real(b, json_real_value(v));
		return;
	case JSON_TRUE:
		tp_sb_put(b, "true", 4);
		return;
	case JSON_FALSE:
		tp_sb_put(b, "false", 5);
		return;
	case JSON_NULL:
		tp_sb_put(b, "null", 4);
		return;
	}
}

/* ---- the streaming generator ------------------------------------------- */

/* Before a value: in an array, the separator and the indentation of a new
 * element (after a key, nothing: the key wrote them). */
static void item(tp_jw *w)
{
	if (w->depth == 0 || !w->array[w->depth])
		return;
	if (w->count[w->depth]++)
		tp_sb_put(w->b, ",", 1);
	if (w->indent)
		newline(w->b, w->depth);
}

void tp_jw_open(tp_jw *w, bool array)
{
	item(w);
	if (w->depth + 1 >= TP_JW_DEPTH) {
		w->b->oom = true; /* deeper than any result: refuse */
		return;
	}
	w->depth++;
	w->array[w->depth] = array;
	w->count[w->depth] = 0;
	tp_sb_put(w->b, array ? "[" : "{", 1);
}

void tp_jw_close(tp_jw *w)
{
	if (w->depth == 0)
		return;
	if (w->count[w->depth] && w->indent)
		newline(w->b, w->depth - 1);
	tp_sb_put(w->b, w->array[w->depth] ? "]" : "}", 1);
	w->depth--;
}

void tp_jw_key(tp_jw *w, const char *key)
{
	if (w->count[w->depth]++)
		tp_sb_put(w->b, ",", 1);
	if (w->indent)
		newline(w->b, w->depth);
	tp_jw_string(w->b, key, strlen(key));
	tp_sb_put(w->b, ": ", w->indent ? 2 : 1);
}

void tp_jw_str(tp_jw *w, const char *s)
{
	item(w);
	if (s)
		tp_jw_string(w->b, s, strlen(s));
	else
		tp_sb_put(w->b, "null", 4);
}

void tp_jw_int(tp_jw *w, long long v)
{
	item(w);
	tp_jw_integer(w->b, v);
}

void tp_jw_num(tp_jw *w, double v)
{
	item(w);
	if (isnan(v))
		tp_sb_put(w->b, "null", 4);
	else
		tp_jw_real(w->b, v);
}

void tp_jw_bool(tp_jw *w, bool v)
{
	item(w);
	tp_sb_put(w->b, v ? "true" : "false", v ? 4 : 5);
}

void tp_jw_null(tp_jw *w)
{
	item(w);
	tp_sb_put(w->b, "null", 4);
}

void tp_jw_json(tp_jw *w, const json_t *v)
{
	item(w);
	tp_jw_value(w->b, v, w->indent, w->depth);
}
