/*
 * gen.c - a deterministic synthetic population of history/1 documents, one
 * YAML stream on standard output, for the batch tests and `make bench`.
 *
 *   gen N [SEED]
 *
 * Each history has one to four antidepressant courses in sequence (some
 * augmented), PHQ-9 or QIDS-C16 scores every two to four weeks, relative
 * days, and sometimes a flag or an intervention.  The generator uses its
 * own linear congruential generator so the stream is the same on every
 * machine.  The histories are synthetic: no real patient is in them.
 */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state;

static unsigned rnd(unsigned n)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((state >> 33) % n);
}

static const struct {
	const char *name;
	int dose[3];
} drugs[] = {
	{ "sertraline", { 50, 100, 150 } },   { "escitalopram", { 10, 15, 20 } },
	{ "citalopram", { 20, 30, 40 } },     { "fluoxetine", { 20, 40, 60 } },
	{ "venlafaxine", { 75, 150, 225 } },  { "duloxetine", { 60, 90, 120 } },
	{ "bupropion", { 150, 300, 450 } },   { "mirtazapine", { 30, 45, 60 } },
	{ "vortioxetine", { 10, 15, 20 } },   { "nortriptyline", { 75, 100, 150 } },
};
static const char *const adjuncts[] = { "aripiprazole", "lithium",
					"quetiapine" };
static const int adjunct_dose[] = { 5, 900, 150 };
static const char *const severities[] = { "mild", "moderate", "severe" };

int main(int argc, char **argv)
{
	long n, i;
	if (argc < 2 || (n = atol(argv[1])) < 1) {
		fprintf(stderr, "usage: gen N [SEED]\n");
		return 2;
	}
	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261129ULL;
	for (i = 0; i < n; i++) {
		int courses = 1 + (int)rnd(4), c, day = 0, score;
		int scale = (int)rnd(2), max = scale ? 27 : 27;
		int last_day;
		printf("---\ntpath: history/1\nid: synth-%06ld\n", i);
		printf("patient: {age: %u, sex: %s%s}\n", 18 + rnd(70),
		       rnd(2) ? "female" : "male",
		       rnd(10) == 0 ? ", flags: [high-suicide-risk]" : "");
		printf("episode: {start: -%u, severity: %s}\n", 7 + rnd(200),
		       severities[rnd(3)]);
		printf("treatments:\n");
		for (c = 0; c < courses; c++) {
			unsigned d = rnd(10), len = 28 + 7 * rnd(10);
			int steps = 1 + (int)rnd(3), s;
			printf("  - drug: %s\n    start: %d\n", drugs[d].name, day);
			if (c + 1 < courses)
				printf("    stop: %u\n    stop_reason: %s\n",
				       day + len,
				       rnd(5) ? "inefficacy" : "intolerance");
			printf("    doses:\n");
			for (s = 0; s < steps; s++)
				printf("      - {date: %u, mg_per_day: %d}\n",
				       day + s * 14, drugs[d].dose[s]);
			if (c + 1 == courses && rnd(3) == 0) {
				unsigned a = rnd(3);
				printf("  - drug: %s\n    start: %u\n    doses: "
				       "[{date: %u, mg_per_day: %d}]\n",
				       adjuncts[a], day + 28, day + 28,
				       adjunct_dose[a]);
			}
			day += (int)len + 1;
		}
		last_day = day + 28;
		printf("measures:\n");
		score = 14 + (int)rnd(max - 14);
		for (c = 0; c <= last_day; c += 14 + 7 * (int)rnd(2)) {
			printf("  - {date: %d, scale: %s, score: %d}\n", c,
			       scale ? "qids-c16" : "phq9", score);
			score -= (int)rnd(4);
			if (score < 0)
				score = 0;
		}
	}
	return 0;
}
