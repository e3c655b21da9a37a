/*
 * expr.h - a parsed condition (expr.c builds it when its file loads;
 * judge/eval.c evaluates it).
 */
#ifndef TPATH_LOAD_EXPR_H
#define TPATH_LOAD_EXPR_H

#include "load/load.h"

typedef enum { E_LIT, E_FACT, E_NOT, E_AND, E_OR, E_CMP, E_IN } expr_kind;
typedef enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE } cmp_op;

struct tp_expr {
	expr_kind kind;
	tp_type type;
	cmp_op op;
	tp_value lit; /* E_LIT */
	int fact;     /* E_FACT */
	const char *name;
	tp_expr *a, *b;
	tp_expr **list;
	size_t nlist;
	size_t offset; /* where it starts in the condition */
};

#endif
