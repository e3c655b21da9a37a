/*
 * run.c - runs a command REPEAT times with standard input and output
 * redirected, and prints the median wall time in seconds and the largest
 * peak resident memory of the child in kilobytes:
 *
 *   run REPEAT IN OUT COMMAND [ARG...]
 *
 * Used by `make bench` so that the benchmark needs nothing but the build
 * tools (no GNU time, no hyperfine).
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int repeat, i;
	double *t;
	long maxrss = 0;

	if (argc < 5 || (repeat = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: run REPEAT IN OUT COMMAND [ARG...]\n");
		return 2;
	}
	t = calloc((size_t)repeat, sizeof(double));
	for (i = 0; i < repeat; i++) {
		struct timespec a, b;
		struct rusage ru;
		int status;
		pid_t pid;
		clock_gettime(CLOCK_MONOTONIC, &a);
		pid = fork();
		if (pid == 0) {
			int in = open(argv[2], O_RDONLY);
			int out = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (in < 0 || out < 0)
				_exit(127);
			dup2(in, 0);
			dup2(out, 1);
			execvp(argv[4], argv + 4);
			_exit(127);
		}
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
			perror("run");
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!WIFEXITED(status) || WEXITSTATUS(status) > 3) {
			fprintf(stderr, "run: %s failed\n", argv[4]);
			return 1;
		}
		t[i] = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	}
	qsort(t, (size_t)repeat, sizeof(double), cmp);
	printf("%.6f %ld\n", t[repeat / 2], maxrss);
	free(t);
	return 0;
}
