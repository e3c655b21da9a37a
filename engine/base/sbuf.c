/*
 * sbuf.c - a growing string buffer (base.h): what the writers and the
 * views build their text in.
 */
#include "base/base.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool tp_sb_reserve(tp_sbuf *b, size_t more)
{
	size_t ncap;
	char *ns;
	if (b->oom)
		return false;
	if (b->n + more + 1 <= b->cap)
		return true;
	ncap = b->cap ? b->cap : 1024;
	while (ncap < b->n + more + 1) {
		if (ncap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
		ncap *= 2;
	}
	if (!(ns = realloc(b->s, ncap))) {
		b->oom = true;
		return false;
	}
	b->s = ns;
	b->cap = ncap;
	return true;
}

void tp_sb_put(tp_sbuf *b, const char *s, size_t n)
{
	if (!tp_sb_reserve(b, n))
		return;
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void tp_sb_vadd(tp_sbuf *b, const char *fmt, va_list ap)
{
	va_list again;
	int need;
	if (b->oom)
		return;
	va_copy(again, ap);
	need = vsnprintf(NULL, 0, fmt, ap);
	if (need < 0) {
		b->oom = true;
		va_end(again);
		return;
	}
	if (tp_sb_reserve(b, (size_t)need)) {
		vsnprintf(b->s + b->n, b->cap - b->n, fmt, again);
		b->n += (size_t)need;
	}
	va_end(again);
}

void tp_sb_add(tp_sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tp_sb_vadd(b, fmt, ap);
	va_end(ap);
}

char *tp_sb_finish(tp_sbuf *b)
{
	if (b->oom) {
		free(b->s);
		return NULL;
	}
	if (!b->s) {
		b->s = malloc(1);
		if (b->s)
			b->s[0] = '\0';
	}
	return b->s;
}
