/* fuzz_catalog.c - the drug catalog and vocabulary loaders: the input laid
 * over the built-in set (it replaces drugs.yaml or vocabulary.yaml when it
 * is one), then a history naming drugs and scales loaded with it. */
#include <string.h>

#include "fuzz.h"

static const char catalog_history[] =
	"tpath: history/1\nid: c\nepisode: {start: 0}\ntreatments:\n"
	"  - {drug: Zoloft, start: 0, doses: [{date: 0, mg_per_day: 50}]}\n"
	"measures: [{date: 0, scale: phq9, score: 19}]\n";

void tpath_fuzz_one(const uint8_t *data, size_t size)
{
	tpath_buffer b = { "fuzz.yaml", (const char *)data, size };
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	lo.only_guideline = ""; /* the default guideline: faster runs */
	if (tpath_kb_open_buffers(&kb, &b, 1, &lo, &err) < 0)
		return;
	if (tpath_history_load_buffer(&h, kb, catalog_history,
				      strlen(catalog_history),
				      "h.yaml", NULL, &err) == 0)
		tpath_history_free(h);
	(void)tpath_kb_drug_lookup(kb, "sertraline");
	tpath_kb_free(kb);
}
