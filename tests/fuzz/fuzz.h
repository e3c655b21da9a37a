/*
 * fuzz.h - shared by the fuzz targets (tests/fuzz/fuzz_*.c).  Each target
 * defines tpath_fuzz_one(); built with clang -fsanitize=fuzzer (make fuzz)
 * it is a libFuzzer target, and `make check` runs the same function over
 * the saved inputs of tests/fuzz/regress/ (replay.c).
 */
#ifndef TPATH_FUZZ_H
#define TPATH_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "tpath.h"

/* Runs one input through the target's whole path; never returns an error
 * (a bad input is an expected outcome), only crashes on a defect. */
void tpath_fuzz_one(const uint8_t *data, size_t size);

/* The built-in knowledge base, opened once. */
const tpath_kb *tpath_fuzz_kb(void);

#endif
