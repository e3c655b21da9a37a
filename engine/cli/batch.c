/*
 * batch.c - `tpath evaluate --batch [-j N] INPUT`: a stream of histories in,
 * one result/1 JSON object per line out (JSON Lines), in input order; with
 * --format csv, a header row and one CSV row per history instead.
 *
 * INPUT is a file of YAML documents separated by `---` lines, `-` for
 * standard input, or a directory whose *.yaml files are one document each
 * (in name order).  Documents are cut at `---` and `...` lines, which the
 * YAML specification forbids inside any scalar, so a document with a syntax
 * error cannot swallow the next one.  A bad document gives an error/1 line
 * in its place and the run goes on; the exit status says whether any
 * failed.  The knowledge base is loaded once and shared, read-only, by the
 * worker threads; results are written in input order from a bounded window
 * of documents, so memory stays flat however long the stream.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct job {
	size_t index;
	char *text;
	size_t len;
	unsigned first_line;
	char *name;   /* the document's source (for a directory, its path) */
	char *out;    /* the line to print */
	char *errmsg; /* "source:line:column: message", or NULL */
	int status;   /* exit status it contributes */
	int done;
	int oversize;
	int has_unread;	    /* the file could not be read (directory): */
	tpath_error unread; /* why */
} job;

typedef struct batch {
	const tpath_kb *kb;
	const tpath_eval_options *eval;
	int csv; /* CSV rows instead of JSON Lines */
	size_t max_bytes;
	job *ring;
	size_t cap, head, take, tail; /* print <= take <= tail */
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	int stop, workers;
	size_t count, failed;
	int worst;
	int progress;
} batch;

/* Loads, evaluates and renders one document into job->out. */
static void process(batch *b, job *j)
{
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	int rc;

	lo.first_line = j->first_line;
	memset(&err, 0, sizeof(err));
	if (j->has_unread) {
		err = j->unread;
		rc = err.code;
	} else if (j->oversize) {
		snprintf(err.source, sizeof(err.source), "%s", j->name);
		err.line = j->first_line;
		err.column = 1;
		err.code = TPATH_ELIMIT;
		snprintf(err.message, sizeof(err.message),
			 "document is larger than the limit of %zu bytes",
			 b->max_bytes);
		rc = TPATH_ELIMIT;
	} else {
		rc = tpath_history_load_buffer(&h, b->kb, j->text, j->len,
					       j->name, &lo, &err);
		if (rc == 0)
			rc = tpath_evaluate(&r, b->kb, h, b->eval, &err);
		if (rc == 0)
			rc = tpath_result_render(&j->out, r,
						 b->csv ? TPATH_FORMAT_CSV
							: TPATH_FORMAT_JSON_LINE,
						 &err);
	}
	if (rc < 0) {
		char line[1200];
		cli_flag_words(&err);
		/* an error about the options names the document it met */
		if (!err.source[0])
			snprintf(err.source, sizeof(err.source), "%s", j->name);
		tpath_error_format(&err, line, sizeof(line));
		j->errmsg = strdup(line);
		/* the id is known when the history loaded (an option that
		 * could not apply to it) */
		if ((b->csv ? tpath_error_render_csv(&j->out, b->kb, &err,
						     h ? tpath_history_id(h)
						       : NULL)
			    : tpath_error_render_json(&j->out, &err,
						      j->index)) < 0)
			j->out = NULL;
		j->status = cli_exit_status(rc);
	}
	tpath_result_free(r);
	tpath_history_free(h);
	free(j->text);
	j->text = NULL;
}

static void emit(batch *b, job *j)
{
	if (j->out)
		fputs(j->out, stdout);
	if (j->errmsg)
		fprintf(stderr, "%s%s (document %zu)\n",
			b->progress ? "\r\033[K" : "", j->errmsg, j->index);
	b->count++;
	if (j->status) {
		b->failed++;
		if (j->status > b->worst)
			b->worst = j->status;
	}
	if (b->progress && b->count % 100 == 0)
		fprintf(stderr, "\rtpath: %zu histories, %zu failed", b->count,
			b->failed);
	tpath_free(j->out);
	free(j->errmsg);
	free(j->name);
	memset(j, 0, sizeof(*j));
}

/* Documents a worker takes at once, and the reader hands over at once:
 * one history is evaluated in tens of microseconds, so taking them one by
 * one spent more on locks and wake-ups than two threads gained
 * (docs/performance.md). */
#define CHUNK 16

static void *worker(void *arg)
{
	batch *b = arg;
	for (;;) {
		size_t first, n, i;
		pthread_mutex_lock(&b->mu);
		while (b->take == b->tail && !b->stop)
			pthread_cond_wait(&b->work, &b->mu);
		if (b->take == b->tail) {
			pthread_mutex_unlock(&b->mu);
			return NULL;
		}
		first = b->take;
		n = b->tail - b->take < CHUNK ? b->tail - b->take : CHUNK;
		b->take += n;
		pthread_mutex_unlock(&b->mu);
		for (i = 0; i < n; i++)
			process(b, &b->ring[(first + i) % b->cap]);
		pthread_mutex_lock(&b->mu);
		for (i = 0; i < n; i++)
			b->ring[(first + i) % b->cap].done = 1;
		pthread_cond_signal(&b->done); /* only the reader waits */
		pthread_mutex_unlock(&b->mu);
	}
}

/* Prints every finished document at the head of the window; with wait,
 * blocks until the head is finished. */
static void drain(batch *b, int wait)
{
	for (;;) {
		job *j;
		pthread_mutex_lock(&b->mu);
		while (wait && b->head < b->tail &&
		       !b->ring[b->head % b->cap].done)
			pthread_cond_wait(&b->done, &b->mu);
		if (b->head == b->tail || !b->ring[b->head % b->cap].done) {
			pthread_mutex_unlock(&b->mu);
			return;
		}
		j = &b->ring[b->head % b->cap];
		pthread_mutex_unlock(&b->mu);
		emit(b, j);
		pthread_mutex_lock(&b->mu);
		b->head++;
		pthread_mutex_unlock(&b->mu);
		wait = 0;
	}
}

/* Hands one document to the workers (or processes it, with -j 1). */
/* unread, when given, is why the document could not be read: it still
 * takes its place in the output (an error/1 line), so indexes stay true. */
static void submit(batch *b, char *text, size_t len, unsigned first_line,
		   const char *name, int oversize, const tpath_error *unread)
{
	job *j;
	if (b->workers == 0) {
		job one;
		memset(&one, 0, sizeof(one));
		one.index = b->tail++;
		one.text = text;
		one.len = len;
		one.first_line = first_line;
		one.name = strdup(name);
		if (!one.name) {
			free(text);
			cli_fail("out of memory");
			exit(EXIT_SYSTEM);
		}
		one.oversize = oversize;
		if (unread) {
			one.has_unread = 1;
			one.unread = *unread;
		}
		process(b, &one);
		emit(b, &one);
		b->head = b->tail;
		return;
	}
	if (b->tail - b->head == b->cap) {
		/* the window is full: let every worker at it, then print */
		pthread_mutex_lock(&b->mu);
		pthread_cond_broadcast(&b->work);
		pthread_mutex_unlock(&b->mu);
		while (b->tail - b->head == b->cap)
			drain(b, 1);
	}
	pthread_mutex_lock(&b->mu);
	j = &b->ring[b->tail % b->cap];
	memset(j, 0, sizeof(*j));
	j->index = b->tail;
	j->text = text;
	j->len = len;
	j->first_line = first_line;
	j->name = strdup(name);
	if (!j->name) {
		pthread_mutex_unlock(&b->mu);
		cli_fail("out of memory");
		exit(EXIT_SYSTEM);
	}
	j->oversize = oversize;
	if (unread) {
		j->has_unread = 1;
		j->unread = *unread;
	}
	b->tail++;
	/* a worker is woken for a whole chunk, not for each document */
	if ((b->tail - b->take) % CHUNK == 0)
		pthread_cond_signal(&b->work);
	pthread_mutex_unlock(&b->mu);
	if (b->tail % CHUNK == 0)
		drain(b, 0);
}

static int is_marker(const char *line, ssize_t n, const char *m)
{
	return n >= 3 && strncmp(line, m, 3) == 0 &&
	       (n == 3 || line[3] == ' ' || line[3] == '\t' ||
		line[3] == '\n' || line[3] == '\r');
}

static int is_blank_or_comment(const char *line, ssize_t n)
{
	ssize_t i = 0;
	while (i < n && (line[i] == ' ' || line[i] == '\t' ||
			 line[i] == '\r' || line[i] == '\n'))
		i++;
	return i == n || line[i] == '#';
}

/* Cuts a YAML stream into documents. */
static int read_stream(batch *b, FILE *f, const char *name)
{
	char *line = NULL, *doc = NULL;
	size_t cap = 0, dlen = 0, dcap = 0;
	unsigned lineno = 0, first = 1;
	int content = 0, oversize = 0;
	ssize_t n;

	for (;;) {
		n = getline(&line, &cap, f);
		if (n >= 0)
			lineno++;
		if (n < 0 || is_marker(line, n, "---") ||
		    is_marker(line, n, "...")) {
			/* The document so far ends here. */
			if (content) {
				submit(b, doc, dlen, first, name, oversize, NULL);
				doc = NULL;
				dcap = 0;
			}
			dlen = 0;
			content = 0;
			oversize = 0;
			if (n < 0)
				break;
			first = lineno;
			if (is_marker(line, n, "...")) {
				first = lineno + 1;
				continue;
			}
		} else if (!is_blank_or_comment(line, n)) {
			content = 1;
		}
		if (oversize)
			continue;
		if (dlen + (size_t)n + 1 > b->max_bytes) {
			oversize = 1;
			free(doc);
			doc = NULL;
			dlen = dcap = 0;
			continue;
		}
		if (dlen + (size_t)n + 1 > dcap) {
			size_t ncap = dcap ? dcap * 2 : 4096;
			char *nd;
			while (ncap < dlen + (size_t)n + 1)
				ncap *= 2;
			if (!(nd = realloc(doc, ncap))) {
				free(doc);
				free(line);
				cli_fail("out of memory");
				return EXIT_SYSTEM;
			}
			doc = nd;
			dcap = ncap;
		}
		memcpy(doc + dlen, line, (size_t)n);
		dlen += (size_t)n;
		doc[dlen] = '\0';
	}
	free(doc);
	free(line);
	if (ferror(f)) {
		cli_fail("%s: read error: %s", name, strerror(errno));
		return EXIT_SYSTEM;
	}
	return 0;
}

/* With --format csv, the header row, once the input could be opened. */
static int start(batch *b)
{
	char *head;
	tpath_error err;
	if (!b->csv)
		return 0;
	if (tpath_csv_header(&head, b->kb, &err) < 0) {
		cli_print_error(&err);
		return cli_exit_status(err.code);
	}
	fputs(head, stdout);
	tpath_free(head);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each *.yaml file of a directory is one document, in name order. */
static int read_dir(batch *b, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = 0;

	if (!d) {
		cli_fail("%s: cannot open directory: %s", dir, strerror(errno));
		return EXIT_SYSTEM;
	}
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l < 6 ||
		    strcmp(e->d_name + l - 5, ".yaml") != 0)
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			char **nn = realloc(names, ncap * sizeof(*names));
			if (!nn)
				goto oom;
			names = nn;
			cap = ncap;
		}
		if (!(names[n] = strdup(e->d_name)))
			goto oom;
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		size_t plen = strlen(dir) + strlen(names[i]) + 2, len;
		char *path = malloc(plen), *buf;
		const char *nm;
		tpath_error err;
		if (!path) {
			for (; i < n; i++)
				free(names[i]);
			free(names);
			cli_fail("out of memory");
			return EXIT_SYSTEM;
		}
		snprintf(path, plen, "%s/%s", dir, names[i]);
		if (cli_read_input(path, &buf, &len, &nm, &err) < 0) {
			/* its error/1 line in its place */
			submit(b, NULL, 0, 1, path, 0, &err);
		} else {
			submit(b, buf, len, 1, path, 0, NULL);
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return rc;
oom:
	closedir(d);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	cli_fail("out of memory");
	return EXIT_SYSTEM;
}

int cli_batch(const tpath_kb *kb, const tpath_eval_options *eval,
	      const char *input, int jobs, int csv)
{
	batch b;
	pthread_t threads[64];
	int i, rc = 0, started = 0;
	DIR *probe;

	memset(&b, 0, sizeof(b));
	b.kb = kb;
	b.eval = eval;
	b.csv = csv;
	b.max_bytes = TPATH_DEFAULT_MAX_BYTES;
	b.progress = isatty(STDERR_FILENO);
	b.workers = jobs > 1 ? jobs : 0;
	b.cap = (size_t)(jobs > 1 ? jobs * 4 * CHUNK : 1);
	b.ring = calloc(b.cap, sizeof(job));
	if (!b.ring) {
		cli_fail("out of memory");
		return EXIT_SYSTEM;
	}
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.work, NULL);
	pthread_cond_init(&b.done, NULL);
	for (i = 0; i < b.workers; i++) {
		if (pthread_create(&threads[i], NULL, worker, &b) != 0)
			break;
		started++;
	}
	if (b.workers && !started) {
		cli_fail("cannot start worker threads");
		rc = EXIT_SYSTEM;
		goto cleanup;
	}
	if (strcmp(input, "-") == 0) {
		if (!(rc = start(&b)))
			rc = read_stream(&b, stdin, "<stdin>");
	} else if ((probe = opendir(input))) {
		closedir(probe);
		if (!(rc = start(&b)))
			rc = read_dir(&b, input);
	} else {
		FILE *f = fopen(input, "rb");
		if (!f) {
			cli_fail("%s: cannot open: %s", input, strerror(errno));
			rc = EXIT_SYSTEM;
		} else {
			if (!(rc = start(&b)))
				rc = read_stream(&b, f, input);
			fclose(f);
		}
	}
	pthread_mutex_lock(&b.mu);
	b.stop = 1;
	pthread_cond_broadcast(&b.work);
	pthread_mutex_unlock(&b.mu);
	while (b.head < b.tail)
		drain(&b, 1);
cleanup:
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	if (b.progress)
		fprintf(stderr, "\r\033[Ktpath: %zu histories, %zu failed\n",
			b.count, b.failed);
	fflush(stdout);
	pthread_cond_destroy(&b.work);
	pthread_cond_destroy(&b.done);
	pthread_mutex_destroy(&b.mu);
	free(b.ring);
	if (rc)
		return rc;
	return b.worst;
}
