/*
 * eval.c - evaluation of the condition language (load/expr.h): three-valued,
 * a fact that is unknown makes a comparison unknown, 'and' is false when
 * either side is false, 'or' true when either side is true.
 */
#include "judge/judge.h"
#include "load/expr.h"

#include <jansson.h>
#include <string.h>


static tp_value unknown_bool(void)
{
	tp_value v;
	memset(&v, 0, sizeof(v));
	v.type = TP_T_BOOL;
	return v;
}

static tp_value known_bool(bool b)
{
	tp_value v = unknown_bool();
	v.known = true;
	v.b = b;
	return v;
}

static tp_value value_of(const tp_expr *e, const tp_fact_env *env)
{
	return e->kind == E_LIT ? e->lit : e->kind == E_FACT
						   ? tp_fact_value(env, e->fact)
						   : tp_expr_eval(e, env);
}

static bool equal(tp_value a, tp_value b)
{
	switch (a.type) {
	case TP_T_NUM:
		return a.num == b.num;
	case TP_T_STR:
		return strcmp(a.str, b.str) == 0;
	case TP_T_BOOL:
		return a.b == b.b;
	default:
		return true;
	}
}

tp_value tp_expr_eval(const tp_expr *e, const tp_fact_env *env)
{
	tp_value a, b;
	size_t i;

	switch (e->kind) {
	case E_LIT:
		return e->lit;
	case E_FACT:
		return tp_fact_value(env, e->fact);
	case E_NOT:
		a = tp_expr_eval(e->a, env);
		return a.known ? known_bool(!a.b) : unknown_bool();
	case E_AND:
		a = tp_expr_eval(e->a, env);
		if (a.known && !a.b)
			return known_bool(false);
		b = tp_expr_eval(e->b, env);
		if (b.known && !b.b)
			return known_bool(false);
		return a.known && b.known ? known_bool(true) : unknown_bool();
	case E_OR:
		a = tp_expr_eval(e->a, env);
		if (a.known && a.b)
			return known_bool(true);
		b = tp_expr_eval(e->b, env);
		if (b.known && b.b)
			return known_bool(true);
		return a.known && b.known ? known_bool(false) : unknown_bool();
	case E_IN:
		a = value_of(e->a, env);
		if (!a.known)
			return unknown_bool();
		for (i = 0; i < e->nlist; i++)
			if (equal(a, e->list[i]->lit))
				return known_bool(true);
		return known_bool(false);
	case E_CMP:
		a = value_of(e->a, env);
		b = value_of(e->b, env);
		/* Comparing with the literal null asks whether a value is
		 * unknown. */
		if (e->a->type == TP_T_NULL || e->b->type == TP_T_NULL) {
			bool unk = e->a->type == TP_T_NULL ? !b.known
							   : !a.known;
			return known_bool(e->op == OP_EQ ? unk : !unk);
		}
		if (!a.known || !b.known)
			return unknown_bool();
		switch (e->op) {
		case OP_EQ:
			return known_bool(equal(a, b));
		case OP_NE:
			return known_bool(!equal(a, b));
		case OP_LT:
			return known_bool(a.num < b.num);
		case OP_LE:
			return known_bool(a.num <= b.num);
		case OP_GT:
			return known_bool(a.num > b.num);
		default:
			return known_bool(a.num >= b.num);
		}
	}
	return unknown_bool();
}

static void *tp_value_json(tp_value v)
{
	if (!v.known)
		return json_null();
	switch (v.type) {
	case TP_T_BOOL:
		return json_boolean(v.b);
	case TP_T_NUM:
		return json_real(v.num);
	case TP_T_STR:
		return json_string(v.str);
	default:
		return json_null();
	}
}

static int collect(const tp_expr *e, const tp_fact_env *env, json_t *o)
{
	if (!e)
		return 0;
	if (e->kind == E_FACT && !json_object_get(o, e->name))
		return json_object_set_new(o, e->name,
					   tp_value_json(tp_fact_value(
						   env, e->fact)));
	if (collect(e->a, env, o) < 0 || collect(e->b, env, o) < 0)
		return -1;
	return 0;
}

void *tp_expr_facts_json(const tp_expr *e, const tp_fact_env *env)
{
	json_t *o = json_object();
	if (!o || collect(e, env, o) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}
