/*
 * cards.h - CDS Hooks 2.0 cards from an evaluation result, read through the
 * typed result readers of tpath.h (never from the result's JSON).
 */
#ifndef TPATH_CLI_CARDS_H
#define TPATH_CLI_CARDS_H

#include "tpath.h"

#include <jansson.h>

/* What the FHIR import found, for the cards: counts, and the import's
 * findings about the diagnosis that bear on whether the guideline applies
 * (no depression diagnosis; a diagnosis the guidelines exclude), which
 * become warning cards. */
#define CARDS_MAX_NOTES 8
typedef struct cards_import {
	size_t courses, procedures, scores, left_out;
	char *notes[CARDS_MAX_NOTES]; /* malloc'd messages */
	tpath_fhir_finding kinds[CARDS_MAX_NOTES];
	size_t nnotes;
} cards_import;

/* The import's finding callback (tpath_fhir_options.finding, ud a
 * cards_import): keeps the findings that become cards, by their kind
 * (TPATH_FHIR_FINDING_NO_DIAGNOSIS, _EXCLUDED_DIAGNOSIS). */
void cards_import_finding(void *ud, tpath_fhir_finding kind,
			  const char *where, const char *message);
void cards_import_free(cards_import *imp);

/* Builds the "cards" array for result r of kb: one card for where the
 * patient sits, one per recommendation, one per warning, each with a
 * source naming the guideline applied and its URL.  No card holds anything
 * of the patient but what r holds (r is of an anonymized history).  imp
 * may be NULL.  Returns a new reference, or NULL when memory runs out. */
json_t *cards_build(const tpath_kb *kb, const tpath_result *r,
		    const cards_import *imp);

/* The longest summary a card may have, in bytes, ellipsis included (the
 * spec asks for fewer than 140 characters). */
#define CARDS_SUMMARY_MAX 139

#endif
