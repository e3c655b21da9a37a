/*
 * arena.c - bump allocation for loaded objects.
 *
 * Everything a loaded document owns lives in one arena and is released at
 * once.  Building with -DTP_ARENA_MALLOC turns each allocation into its own
 * malloc'd block so that sanitizers and valgrind see every object.
 */
#include "base/base.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TP_BLOCK_SIZE 16384u
#define TP_ALIGN (sizeof(max_align_t))

struct tp_arena_block {
	tp_arena_block *next;
	size_t size, used;
	max_align_t data[]; /* aligned start of the usable bytes */
};

static _Thread_local tp_allocator current;

tp_allocator tp_alloc_enter(tp_allocator a)
{
	tp_allocator previous = current;
	current = a;
	return previous;
}

void tp_alloc_leave(tp_allocator previous)
{
	current = previous;
}

tp_allocator tp_alloc_from_options(const tpath_load_options *opts)
{
	tp_allocator a = { NULL, NULL };
	if (opts && opts->version >= 3 && opts->alloc) {
		a.fn = opts->alloc;
		a.ud = opts->alloc_ud;
	}
	return a;
}

tp_allocator tp_alloc_current(void)
{
	return current;
}

static void *alloc_with(tp_allocator a, void *p, size_t n)
{
	if (a.fn)
		return a.fn(a.ud, p, n);
	if (n == 0) {
		free(p);
		return NULL;
	}
	return realloc(p, n);
}

void *tp_malloc(size_t n)
{
	return alloc_with(current, NULL, n ? n : 1);
}

void *tp_calloc(size_t n, size_t size)
{
	void *p;
	if (size && n > SIZE_MAX / size)
		return NULL;
	if ((p = tp_malloc(n * size)))
		memset(p, 0, n * size);
	return p;
}

void *tp_realloc(void *p, size_t n)
{
	return alloc_with(current, p, n ? n : 1);
}

char *tp_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = tp_malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

void tp_free(void *p)
{
	if (p)
		alloc_with(current, p, 0);
}

void tp_free_with(tp_allocator a, void *p)
{
	if (p)
		alloc_with(a, p, 0);
}

void tp_arena_init(tp_arena *a)
{
	a->head = NULL;
	a->al = current;
}

void tp_arena_release(tp_arena *a)
{
	tp_arena_block *b = a->head;
	while (b) {
		tp_arena_block *next = b->next;
		tp_free_with(a->al, b);
		b = next;
	}
	a->head = NULL;
}

static tp_arena_block *block_new(const tp_arena *a, size_t size)
{
	tp_arena_block *b;
	if (size > SIZE_MAX - sizeof(*b))
		return NULL;
	b = alloc_with(a->al, NULL, sizeof(*b) + size);
	if (!b)
		return NULL;
	b->size = size;
	b->used = 0;
	b->next = NULL;
	return b;
}

void *tp_arena_alloc(tp_arena *a, size_t n)
{
	size_t need = (n + TP_ALIGN - 1) / TP_ALIGN * TP_ALIGN;
	tp_arena_block *b = a->head;
	void *p;

	if (need < n)
		return NULL; /* overflow */
	if (need == 0)
		need = TP_ALIGN;
#ifndef TP_ARENA_MALLOC
	if (!b || b->size - b->used < need) {
		if (need > TP_BLOCK_SIZE / 4) {
			/* A large object gets its own block behind the head, so
			 * the head's free space is not wasted. */
			tp_arena_block *big = block_new(a, need);
			if (!big)
				return NULL;
			big->used = need;
			if (b) {
				big->next = b->next;
				b->next = big;
			} else {
				a->head = big;
			}
			memset(big->data, 0, need);
			return big->data;
		}
		b = block_new(a, TP_BLOCK_SIZE);
		if (!b)
			return NULL;
		b->next = a->head;
		a->head = b;
	}
#else
	b = block_new(a, need);
	if (!b)
		return NULL;
	b->next = a->head;
	a->head = b;
#endif
	p = (char *)b->data + b->used;
	b->used += need;
	memset(p, 0, need);
	return p;
}

char *tp_arena_strndup(tp_arena *a, const char *s, size_t len)
{
	char *p;
	if (len + 1 == 0)
		return NULL;
	p = tp_arena_alloc(a, len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* A string formatted into arena a (measured first, so never cut), or
 * NULL when memory runs out. */
char *tp_arena_printf(tp_arena *a, const char *fmt, ...)
{
	va_list ap;
	char *out;
	int n;
	/* measured first: a message is never cut */
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(out = tp_arena_alloc(a, (size_t)n + 1)))
		return NULL;
	va_start(ap, fmt);
	vsnprintf(out, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return out;
}

void tpath_free(void *p)
{
	free(p);
}
