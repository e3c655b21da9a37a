/*
 * arena.c - bump allocation for loaded objects.
 *
 * Everything a loaded document owns lives in one arena and is released at
 * once.  Building with -DTP_ARENA_MALLOC turns each allocation into its own
 * malloc'd block so that sanitizers and valgrind see every object.
 */
#include "tpath_int.h"

#include <stdlib.h>
#include <string.h>

#define TP_BLOCK_SIZE 16384u
#define TP_ALIGN (sizeof(max_align_t))

struct tp_arena_block {
	tp_arena_block *next;
	size_t size, used;
	max_align_t data[]; /* aligned start of the usable bytes */
};

void tp_arena_init(tp_arena *a)
{
	a->head = NULL;
}

void tp_arena_release(tp_arena *a)
{
	tp_arena_block *b = a->head;
	while (b) {
		tp_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}

static tp_arena_block *block_new(size_t size)
{
	tp_arena_block *b = malloc(sizeof(*b) + size);
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
			tp_arena_block *big = block_new(need);
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
		b = block_new(TP_BLOCK_SIZE);
		if (!b)
			return NULL;
		b->next = a->head;
		a->head = b;
	}
#else
	b = block_new(need);
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
