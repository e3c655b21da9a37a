/*
 * common.c - what every fuzz target shares: the knowledge base (opened once
 * per process) and, for libFuzzer, the entry point.
 */
#include <stdlib.h>

#include "fuzz.h"

const tpath_kb *tpath_fuzz_kb(void)
{
	static tpath_kb *kb;
	if (!kb) {
		tpath_error err;
		if (tpath_kb_open_default(&kb, NULL, &err) < 0)
			abort();
	}
	return kb;
}

#ifdef TPATH_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tpath_fuzz_one(data, size);
	return 0;
}
#endif
