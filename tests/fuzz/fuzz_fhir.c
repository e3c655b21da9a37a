/* fuzz_fhir.c - the FHIR importer on one input (Bundle, resource or
 * NDJSON), then the imported history evaluated. */
#include <string.h>

#include "fuzz.h"

void tpath_fuzz_one(const uint8_t *data, size_t size)
{
	tpath_buffer b = { "fuzz.json", (const char *)data, size };
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *yaml = NULL;

	fo.relative_days = size % 2;
	if (tpath_fhir_import(&yaml, tpath_fuzz_kb(), &b, 1, &fo, &err) < 0)
		return;
	if (tpath_history_load_buffer(&h, tpath_fuzz_kb(), yaml, strlen(yaml),
				      "imported", NULL, &err) == 0 &&
	    tpath_evaluate(&r, tpath_fuzz_kb(), h, NULL, &err) == 0)
		tpath_result_free(r);
	tpath_history_free(h);
	tpath_free(yaml);
}
