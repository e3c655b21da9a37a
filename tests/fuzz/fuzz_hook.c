/* fuzz_hook.c - the CDS Hooks request parser of tpath-serve (hook.c) on
 * one POST body: the request read, the query of every absent prefetch key
 * built as the fetch would, the absent keys filled with null (as a fetch
 * that found nothing), then the cards (the FHIR importer, the evaluation,
 * cards.c).  No HTTP and no network. */
#include <stdlib.h>

#include "cli/hook.h"
#include "fuzz.h"

void tpath_fuzz_one(const uint8_t *data, size_t size)
{
	hook_request hr;
	json_t *cards = NULL;
	tpath_error err;
	char msg[600], missing[200];
	size_t i;

	if (hook_parse(&hr, (const char *)data, size, msg, sizeof(msg)) != 0)
		return;
	hook_missing_keys(&hr, missing, sizeof(missing));
	for (i = 0; i < HOOK_NPREFETCH; i++) {
		if (hr.prefetch[i])
			continue;
		free(hook_query(&hr, i));
		if (hook_fill(&hr, i, json_null()) < 0)
			goto done;
	}
	if (hook_cards(&cards, tpath_fuzz_kb(), &hr, &err) == 0)
		json_decref(cards);
done:
	hook_request_free(&hr);
}
