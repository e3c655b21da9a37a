/* fuzz_history.c - a history through loading, evaluation with the trace,
 * every rendering, and the comparison view. */
#include "fuzz.h"

void tpath_fuzz_one(const uint8_t *data, size_t size)
{
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *s = NULL;
	const tpath_format formats[] = { TPATH_FORMAT_JSON,
					 TPATH_FORMAT_TEXT_EXPLAIN_COLOR,
					 TPATH_FORMAT_HTML_EXPLAIN,
					 TPATH_FORMAT_CSV };
	size_t i;

	if (tpath_history_load_buffer(&h, tpath_fuzz_kb(), (const char *)data,
				      size, "fuzz.yaml", NULL, &err) < 0)
		return;
	eo.trace = 1;
	if (tpath_evaluate(&r, tpath_fuzz_kb(), h, &eo, &err) == 0) {
		const tpath_result *pair[2] = { r, r };
		for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
			if (tpath_result_render(&s, r, formats[i], &err) == 0)
				tpath_free(s);
		}
		if (tpath_compare_render(&s, pair, 2, TPATH_FORMAT_TEXT, &err) ==
		    0)
			tpath_free(s);
		if (tpath_compare_render(&s, pair, 2, TPATH_FORMAT_HTML, &err) ==
		    0)
			tpath_free(s);
	}
	tpath_result_free(r);
	tpath_history_free(h);
}
