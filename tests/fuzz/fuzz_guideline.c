/* fuzz_guideline.c - a knowledge file (guideline, safety, TRD, staging,
 * timeline) validated, then laid over the built-in set and used to evaluate
 * the contract example: the loaders and the condition parser. */
#include <string.h>

#include "fuzz.h"

static const char guideline_example[] =
	"tpath: history/1\nid: f\nepisode: {start: 0, severity: moderate}\n"
	"treatments:\n  - {drug: sertraline, start: 0, stop: 60, doses: "
	"[{date: 0, mg_per_day: 50}, {date: 28, mg_per_day: 100}]}\n"
	"  - {drug: venlafaxine, start: 61, doses: [{date: 61, mg_per_day: "
	"150}]}\nmeasures: [{date: 0, scale: phq9, score: 19}, {date: 60, "
	"scale: phq9, score: 17}, {date: 120, scale: phq9, score: 14}]\n";

void tpath_fuzz_one(const uint8_t *data, size_t size)
{
	tpath_buffer b = { "fuzz.yaml", (const char *)data, size };
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	const char *kind;
	size_t i;

	(void)tpath_validate_buffer(&kind, tpath_fuzz_kb(), b.data, b.len,
				    b.name, NULL, &err);
	/* Half the inputs over only the default built-in guideline (faster),
	 * half over all of them (an input replacing one by its id). */
	lo.only_guideline = size % 2 ? NULL : "";
	if (tpath_kb_open_buffers(&kb, &b, 1, &lo, &err) < 0)
		return;
	eo.trace = 1;
	if (tpath_history_load_buffer(&h, kb, guideline_example,
				      strlen(guideline_example),
				      "example.yaml", NULL, &err) == 0)
		for (i = 0; i < tpath_kb_guideline_count(kb); i++) {
			tpath_guideline_info gi;
			tpath_kb_guideline(kb, i, &gi);
			eo.guideline = gi.id;
			if (tpath_evaluate(&r, kb, h, &eo, &err) == 0)
				tpath_result_free(r);
			r = NULL;
		}
	tpath_history_free(h);
	tpath_kb_free(kb);
}
