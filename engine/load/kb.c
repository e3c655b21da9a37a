/*
 * kb.c - the knowledge base: loading the embedded files or a directory of
 * YAML files, dispatching each on its `tpath:` kind, and validation of any
 * tpath document.
 *
 * The embedded set and a --data-dir directory go through the same code:
 * both are a list of (name, bytes) loaded in name order.
 *
 * Each file the knowledge base takes something from is recorded with a
 * digest of its bytes; what the provenance of a result says of the
 * knowledge (the files an evaluation under each guideline reads, their
 * hash) is worked out here once, when the knowledge base is opened, not
 * for every evaluation.
 */
#include "load/load.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum doc_type {
	DOC_HISTORY,
	DOC_DRUGS,
	DOC_VOCABULARY,
	DOC_TIMELINE,
	DOC_TRD,
	DOC_STAGING,
	DOC_SAFETY,
	DOC_GUIDELINE,
	DOC_FHIR,
	DOC_NTYPES
} doc_type;

static const char *const doc_kinds[DOC_NTYPES] = {
	"history/1", "drugs/1",	  "vocabulary/1", "timeline/1",
	"trd/1",     "staging/1", "safety/1",	  "guideline/1",
	"fhir/1"
};

/* Knowledge files are processed in this order whatever their names, so that
 * a file may refer to what an earlier kind defines (timeline/1 names
 * scales). */
static const doc_type load_order[] = { DOC_VOCABULARY, DOC_DRUGS,
				       DOC_TIMELINE, DOC_TRD,
				       DOC_STAGING, DOC_SAFETY,
				       DOC_GUIDELINE, DOC_FHIR };

static int tp_doc_kind(tp_ctx *c, const tp_node *root, const char **kind)
{
	size_t i;
	*kind = NULL;
	if (root->kind != TP_MAPPING)
		return tp_fail(c, root,
			       "a tpath document must be a mapping with a "
			       "'tpath' key naming its format");
	for (i = 0; i < root->n; i++)
		if (strcmp(root->keys[i]->text, "tpath") == 0)
			return tp_get_string(c, root->values[i], "tpath", kind);
	return tp_fail(c, root,
		       "missing required key 'tpath' naming the document's "
		       "format (e.g. tpath: history/1)");
}

static int doc_type_of(tp_ctx *c, const tp_node *root, doc_type *t)
{
	const char *kind;
	size_t i, j;
	int error;

	if ((error = tp_doc_kind(c, root, &kind)) < 0)
		return error;
	for (i = 0; i < DOC_NTYPES; i++)
		if (strcmp(kind, doc_kinds[i]) == 0) {
			*t = (doc_type)i;
			return 0;
		}
	for (j = 0; j < root->n; j++)
		if (strcmp(root->keys[j]->text, "tpath") == 0)
			break;
	return tp_fail(c, root->values[j],
		       "'tpath': unknown format \"%s\" (expected history/1, "
		       "drugs/1, vocabulary/1, timeline/1, trd/1, staging/1, "
		       "safety/1, guideline/1 or fhir/1)",
		       kind);
}

/* One knowledge file, parsed, waiting for its turn. */
typedef struct kb_file {
	const char *name;
	tp_node *root;
	doc_type type;
	bool skip;	 /* replaced by an overlay file */
	bool builtin;	 /* one of the embedded files */
	uint64_t digest; /* see file_digest */
} kb_file;

/* The value of a root's scalar key, or "" (the loader reports a bad one). */
static const char *root_value(const tp_node *root, const char *key)
{
	size_t i;
	for (i = 0; i < root->n; i++)
		if (strcmp(root->keys[i]->text, key) == 0 &&
		    root->values[i]->kind == TP_SCALAR)
			return root->values[i]->text;
	return "";
}

static const char *root_id(const tp_node *root)
{
	return root_value(root, "id");
}

/* FNV-1a, 64 bits (a well-known non-cryptographic hash: the knowledge hash
 * names the knowledge, it does not protect it). */
static uint64_t fnv1a64(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * UINT64_C(0x100000001b3);
	return h;
}

#define FNV1A64_BASIS UINT64_C(0xcbf29ce484222325)

/* A file's digest: FNV-1a 64 of its base name, a NUL, its length in
 * decimal, a NUL and its bytes.  The base name, not the path, so that the
 * same files give the same digest wherever they lie.  engine/tools/embed.c
 * computes the same for the embedded files. */
static uint64_t file_digest(const char *name, const char *buf, size_t len)
{
	const char *base = strrchr(name, '/');
	char num[32];
	int nlen = snprintf(num, sizeof(num), "%zu", len);
	uint64_t h;
	base = base ? base + 1 : name;
	h = fnv1a64(FNV1A64_BASIS, base, strlen(base) + 1);
	h = fnv1a64(h, num, (size_t)nlen + 1);
	return fnv1a64(h, buf, len);
}

/* TRD definitions and staging models are collections: every file of the
 * kind adds its entries, and an entry whose id is already loaded (from an
 * overlay file, which comes first) is not loaded again.  src->defines
 * receives the ids of the entries taken from the file. */
static int merge_collection(tpath_kb *kb, const kb_file *f, tp_ctx *c,
			    tp_kb_source *src)
{
	size_t i, j, n;
	int error;
	if (f->type == DOC_TRD) {
		tp_trd_set add;
		tp_trd_def *defs;
		if ((error = tp_trd_from_node(&add, c, f->root)) < 0)
			return error;
		if (!(src->defines = tp_arena_alloc(&kb->arena,
						    (add.ndefs + 1) *
							    sizeof(char *))))
			return tp_error_oom(c->err, c->source);
		if (!kb->has_trd) {
			kb->trd = add;
			kb->has_trd = true;
			for (i = 0; i < add.ndefs; i++)
				src->defines[src->ndefines++] = add.defs[i].id;
			return 0;
		}
		defs = tp_arena_alloc(&kb->arena, (kb->trd.ndefs + add.ndefs + 1) *
							  sizeof(tp_trd_def));
		if (!defs)
			return tp_error_oom(c->err, c->source);
		memcpy(defs, kb->trd.defs, kb->trd.ndefs * sizeof(tp_trd_def));
		n = kb->trd.ndefs;
		for (i = 0; i < add.ndefs; i++) {
			for (j = 0; j < kb->trd.ndefs; j++)
				if (strcmp(defs[j].id, add.defs[i].id) == 0)
					break;
			if (j == kb->trd.ndefs) {
				defs[n++] = add.defs[i];
				src->defines[src->ndefines++] = add.defs[i].id;
			}
		}
		kb->trd.defs = defs;
		kb->trd.ndefs = n;
		return 0;
	} else {
		tp_staging_set add;
		tp_model *models;
		if ((error = tp_staging_from_node(&add, c, f->root)) < 0)
			return error;
		if (!(src->defines = tp_arena_alloc(&kb->arena,
						    (add.nmodels + 1) *
							    sizeof(char *))))
			return tp_error_oom(c->err, c->source);
		if (!kb->has_staging) {
			kb->staging = add;
			kb->has_staging = true;
			for (i = 0; i < add.nmodels; i++)
				src->defines[src->ndefines++] =
					add.models[i].id;
			return 0;
		}
		models = tp_arena_alloc(&kb->arena,
					(kb->staging.nmodels + add.nmodels + 1) *
						sizeof(tp_model));
		if (!models)
			return tp_error_oom(c->err, c->source);
		memcpy(models, kb->staging.models,
		       kb->staging.nmodels * sizeof(tp_model));
		n = kb->staging.nmodels;
		for (i = 0; i < add.nmodels; i++) {
			for (j = 0; j < kb->staging.nmodels; j++)
				if (strcmp(models[j].id, add.models[i].id) == 0)
					break;
			if (j == kb->staging.nmodels) {
				models[n++] = add.models[i];
				src->defines[src->ndefines++] =
					add.models[i].id;
			}
		}
		kb->staging.models = models;
		kb->staging.nmodels = n;
		return 0;
	}
}

/* Builds the part of kb that one parsed file defines; fills what src
 * records of a collection or guideline. */
static int take_file(tpath_kb *kb, const kb_file *f, tp_kb_source *src,
		     tpath_error *err)
{
	tp_ctx c = { 0 };
	bool *seen;

	c.source = f->name;
	c.err = err;
	c.arena = &kb->arena;
	c.limits = &kb->limits;
	c.prechecked = kb->builtin_only && f->builtin;
	switch (f->type) {
	case DOC_DRUGS:
		seen = &kb->has_catalog;
		break;
	case DOC_VOCABULARY:
		seen = &kb->has_vocab;
		break;
	case DOC_TIMELINE:
		seen = &kb->has_timeline;
		break;
	case DOC_TRD:
	case DOC_STAGING:
		return merge_collection(kb, f, &c, src);
	case DOC_SAFETY:
		seen = &kb->has_safety;
		break;
	case DOC_FHIR:
		seen = &kb->has_fhir;
		break;
	case DOC_GUIDELINE: {
		size_t i;
		tp_guideline *g = &kb->guidelines[kb->nguidelines];
		int error = tp_guideline_from_node(g, kb, &c, f->root);
		if (error < 0)
			return error;
		for (i = 0; i < kb->nguidelines; i++)
			if (strcmp(kb->guidelines[i].id, g->id) == 0)
				return tp_fail(&c, f->root,
					       "a second guideline with id "
					       "'%s' (the first is in %s)",
					       g->id, kb->guidelines[i].file);
		kb->nguidelines++;
		src->guideline = g;
		return 0;
	}
	default:
		return tp_fail(&c, f->root,
			       "a %s document is not a knowledge file",
			       doc_kinds[f->type]);
	}
	if (*seen)
		return tp_fail(&c, f->root,
			       "a second %s file; the knowledge base holds one",
			       doc_kinds[f->type]);
	*seen = true;
	switch (f->type) {
	case DOC_DRUGS:
		return tp_catalog_from_node(&kb->catalog, &c, f->root);
	case DOC_VOCABULARY:
		return tp_vocab_from_node(&kb->vocab, &c, f->root);
	case DOC_TIMELINE:
		return tp_timeline_from_node(&kb->timeline, &kb->vocab, &c,
					     f->root);
	case DOC_SAFETY:
		return tp_safety_from_node(&kb->safety, kb, &c, f->root);
	case DOC_FHIR:
		return tp_fhir_from_node(&kb->fhir, kb, &c, f->root);
	default:
		return 0;
	}
}

/* Builds the part of kb that one parsed file defines and, when the file
 * gave something, records it among kb->sources. */
static int kb_take(tpath_kb *kb, const kb_file *f, tpath_error *err)
{
	tp_kb_source *src = &kb->sources[kb->nsources];
	int error;
	memset(src, 0, sizeof(*src));
	if ((error = take_file(kb, f, src, err)) < 0)
		return error;
	if ((f->type == DOC_TRD || f->type == DOC_STAGING) && !src->ndefines)
		return 0;
	src->kind = doc_kinds[f->type];
	src->id = root_id(f->root);
	src->version = root_value(f->root, "version");
	src->digest = f->digest;
	src->builtin = f->builtin;
	kb->nsources++;
	return 0;
}

/* Whether an evaluation under guideline g (NULL: none) reads source s:
 * every source but the other guidelines and the FHIR code maps (which only
 * the importer reads). */
static bool source_read(const tp_kb_source *s, const tp_guideline *g)
{
	if (s->guideline)
		return s->guideline == g;
	return strcmp(s->kind, "fhir/1") != 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Fills p for an evaluation under g: the sources it reads, whether one is
 * not built in, and their knowledge hash: FNV-1a 64 of their digests,
 * sorted, each as 16 lowercase hex digits and a newline.  Sorted, so that
 * the hash depends on the files alone, not on the order they were found or
 * laid over one another in. */
static int prov_fill(tpath_kb *kb, tp_kb_prov *p, const tp_guideline *g,
		     uint64_t *digests)
{
	char line[24];
	size_t i;
	uint64_t h = FNV1A64_BASIS;
	if (!(p->read = tp_arena_alloc(&kb->arena, (kb->nsources + 1) *
							   sizeof(*p->read))))
		return -1;
	for (i = 0; i < kb->nsources; i++)
		if (source_read(&kb->sources[i], g)) {
			p->outside |= !kb->sources[i].builtin;
			digests[p->nread] = kb->sources[i].digest;
			p->read[p->nread++] = &kb->sources[i];
		}
	qsort(digests, p->nread, sizeof(*digests), cmp_u64);
	for (i = 0; i < p->nread; i++) {
		snprintf(line, sizeof(line), "%016" PRIx64 "\n", digests[i]);
		h = fnv1a64(h, line, 17);
	}
	p->knowledge = tp_arena_printf(&kb->arena, "fnv1a64:%016" PRIx64, h);
	return p->knowledge ? 0 : -1;
}

/* Fills kb->prov: one entry per guideline, or one when there is none. */
static int kb_provenance(tpath_kb *kb, const char *where, tpath_error *err)
{
	size_t i, n = kb->nguidelines ? kb->nguidelines : 1;
	uint64_t *digests;
	if (!(kb->prov = tp_arena_alloc(&kb->arena, n * sizeof(tp_kb_prov))) ||
	    !(digests = tp_arena_alloc(&kb->arena, (kb->nsources + 1) *
							   sizeof(uint64_t))))
		return tp_error_oom(err, where);
	for (i = 0; i < n; i++)
		if (prov_fill(kb, &kb->prov[i],
			      kb->nguidelines ? &kb->guidelines[i] : NULL,
			      digests) < 0)
			return tp_error_oom(err, where);
	return 0;
}

const tp_kb_prov *tp_kb_prov_of(const tpath_kb *kb, const tp_guideline *g)
{
	return &kb->prov[g ? (size_t)(g - kb->guidelines) : 0];
}

const char *tpath_kb_knowledge_hash(const tpath_kb *kb, const char *guideline)
{
	const tp_guideline *g;
	if (!kb)
		return NULL;
	g = guideline ? tp_kb_find_guideline(kb, guideline)
		      : tp_kb_default_guideline(kb);
	if (guideline && !g)
		return NULL;
	return tp_kb_prov_of(kb, g)->knowledge;
}

/* The guideline filter of the load options (version 2), or NULL. */
static const char *only_guideline(const tpath_load_options *opts)
{
	return opts && opts->version >= 2 ? opts->only_guideline : NULL;
}

/* Whether an embedded file is needed under the guideline filter. */
static bool embedded_wanted(const tp_embedded_file *e, const char *only)
{
	if (!only || strcmp(e->kind, "guideline/1") != 0)
		return true;
	return *only ? strcmp(e->id, only) == 0 : e->is_default != 0;
}

/* Parses every file, then builds the knowledge base kind by kind. */
static int kb_build(tpath_kb *kb, kb_file *files, size_t n,
		    const char *where, tpath_error *err)
{
	size_t i, k, nguide = 0;
	int error;

	for (i = 0; i < n; i++)
		nguide += files[i].type == DOC_GUIDELINE;
	kb->guidelines = tp_arena_alloc(&kb->arena,
					(nguide + 1) * sizeof(tp_guideline));
	kb->sources = tp_arena_alloc(&kb->arena, (n + 1) * sizeof(tp_kb_source));
	if (!kb->guidelines || !kb->sources)
		return tp_error_oom(err, where);
	for (k = 0; k < TP_ARRAY_LEN(load_order); k++)
		for (i = 0; i < n; i++)
			if (files[i].type == load_order[k] && !files[i].skip &&
			    (error = kb_take(kb, &files[i], err)) < 0)
				return error;
	for (i = 0; i < n; i++)
		if (files[i].type == DOC_HISTORY) {
			tp_ctx c = { files[i].name, err, &kb->arena,
				     &kb->limits, false, NULL };
			return tp_fail(&c, files[i].root,
				       "a history/1 document is not a "
				       "knowledge file");
		}
	if (!kb->has_catalog)
		return tp_error_set(err, TPATH_EINVALID, where, 0, 0,
				    "no drugs/1 file (the drug catalog)");
	if (!kb->has_vocab)
		return tp_error_set(err, TPATH_EINVALID, where, 0, 0,
				    "no vocabulary/1 file (scales and flags)");
	if (!kb->has_timeline)
		return tp_error_set(err, TPATH_EINVALID, where, 0, 0,
				    "no timeline/1 file (how a timeline is "
				    "read)");
	return kb_provenance(kb, where, err);
}

/* Parses a file of the overlay (buf, len). */
static int kb_parse(tpath_kb *kb, kb_file *f, const char *name,
		    const char *buf, size_t len, const tp_limits *limits,
		    tpath_error *err)
{
	tp_ctx c = { 0 };
	int error;
	c.source = name;
	c.err = err;
	c.arena = &kb->arena;
	c.limits = limits;
	f->name = name;
	f->builtin = false;
	f->digest = file_digest(name, buf, len);
	if ((error = tp_yaml_parse(&f->root, &kb->arena, buf, len, name,
				   limits, err)) < 0 ||
	    (error = doc_type_of(&c, f->root, &f->type)) < 0)
		return error;
	return 0;
}

/* Takes a built-in file: its tree was parsed and checked when the library
 * was built (engine/tools/embed.c), its digest is of the source file. */
static int kb_embedded(tpath_kb *kb, kb_file *f, const tp_embedded_file *e,
		       const tp_limits *limits, tpath_error *err)
{
	tp_ctx c = { 0 };
	c.source = e->name;
	c.err = err;
	c.arena = &kb->arena;
	c.limits = limits;
	f->name = e->name;
	f->builtin = true;
	f->digest = e->digest;
	f->root = e->root;
	return doc_type_of(&c, f->root, &f->type);
}

static int open_default(tpath_kb **out, const tpath_load_options *opts,
			tpath_error *err)
{
	tpath_kb *kb;
	kb_file *files = NULL;
	tp_limits limits;
	size_t i, n;
	int error = 0;

	tp_error_clear(err);
	if (!out)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_kb_open_default: NULL out");
	*out = NULL;
	if (!(kb = tp_calloc(1, sizeof(*kb))))
		return tp_error_oom(err, NULL);
	tp_arena_init(&kb->arena);
	tp_limits_from_options(&limits, opts);
	kb->limits = limits;
	kb->builtin_only = true;
	files = tp_arena_alloc(&kb->arena,
			       (tp_embedded_count + 1) * sizeof(kb_file));
	if (!files) {
		error = tp_error_oom(err, NULL);
		goto cleanup;
	}
	for (i = 0, n = 0; i < tp_embedded_count; i++) {
		if (!embedded_wanted(&tp_embedded_files[i],
				     only_guideline(opts)))
			continue;
		if ((error = kb_embedded(kb, &files[n++],
					 &tp_embedded_files[i], &limits,
					 err)) < 0)
			goto cleanup;
	}
	if ((error = kb_build(kb, files, n, "<embedded>", err)) < 0)
		goto cleanup;
	*out = kb;
	kb = NULL;
cleanup:
	tpath_kb_free(kb);
	return error;
}

int tpath_kb_open_default(tpath_kb **out, const tpath_load_options *opts,
			  tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_from_options(opts), out, err, NULL,
		open_default(out, opts, err));
	return error;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml_name(const char *n)
{
	size_t len = strlen(n);
	return n[0] != '.' && len > 5 && strcmp(n + len - 5, ".yaml") == 0;
}

/* Reads and parses one file of an overlay. */
static int overlay_file(tpath_kb *kb, kb_file *f, const char *path,
			const tp_limits *limits, tpath_error *err)
{
	char *buf, *name;
	size_t len;
	int error;
	if (!(name = tp_arena_strndup(&kb->arena, path, strlen(path))))
		return tp_error_oom(err, path);
	if ((error = tp_read_file(&buf, &len, name, limits->max_bytes, err)) <
	    0)
		return error;
	error = kb_parse(kb, f, name, buf, len, limits, err);
	tp_free(buf);
	return error;
}

static int open_overlay(tpath_kb **out, const char *dir,
			const char *const *files_in, const tpath_buffer *bufs,
			size_t nbufs, const tpath_load_options *opts,
			tpath_error *err);

int tpath_kb_open_files(tpath_kb **out, const char *dir,
			const char *const *files_in,
			const tpath_load_options *opts, tpath_error *err)
{
	return open_overlay(out, dir, files_in, NULL, 0, opts, err);
}

int tpath_kb_open_buffers(tpath_kb **out, const tpath_buffer *bufs, size_t n,
			  const tpath_load_options *opts, tpath_error *err)
{
	if (n && !bufs) {
		tp_error_clear(err);
		if (out)
			*out = NULL;
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_kb_open_buffers: NULL buffers");
	}
	return open_overlay(out, NULL, NULL, bufs, n, opts, err);
}

/* The embedded set with, laid over it, buffers, named files and a
 * directory's files. */
static int overlay_in(tpath_kb **out, const char *dir,
		      const char *const *files_in, const tpath_buffer *bufs,
		      size_t nbufs, const tpath_load_options *opts,
		      tpath_error *err)
{
	tpath_kb *kb = NULL;
	tp_limits limits;
	DIR *d = NULL;
	struct dirent *e;
	char **names = NULL;
	kb_file *files = NULL;
	size_t n = 0, cap = 0, i, j, nin = 0, total;
	int error = 0;

	tp_error_clear(err);
	if (!out)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_kb_open_files: NULL out");
	*out = NULL;
	tp_limits_from_options(&limits, opts);
	while (files_in && files_in[nin])
		nin++;
	if (dir) {
		if (!(d = opendir(dir))) {
			char why[128];
			int eno = errno;
			return tp_error_set(err,
					    eno == ENOMEM ? TPATH_ENOMEM
							  : TPATH_EIO,
					    dir, 0, 0,
					    "cannot open directory: %s",
					    tp_strerror(eno, why, sizeof(why)));
		}
		while ((e = readdir(d))) {
			if (!is_yaml_name(e->d_name))
				continue;
			if (n == cap) {
				size_t ncap = cap ? cap * 2 : 16;
				char **nn = tp_realloc(names, ncap * sizeof(*nn));
				if (!nn) {
					error = tp_error_oom(err, dir);
					goto cleanup;
				}
				names = nn;
				cap = ncap;
			}
			if (!(names[n] = tp_strdup(e->d_name))) {
				error = tp_error_oom(err, dir);
				goto cleanup;
			}
			n++;
		}
		if (n)
			qsort(names, n, sizeof(*names), name_cmp);
	}
	if ((kb = tp_calloc(1, sizeof(*kb))))
		kb->limits = limits;
	if (!kb) {
		error = tp_error_oom(err, dir);
		goto cleanup;
	}
	tp_arena_init(&kb->arena);
	/* Buffers count as named files: copy their names into the arena. */
	nin += nbufs;
	total = n + nin + tp_embedded_count;
	if (!(files = tp_arena_alloc(&kb->arena,
				     (total + 1) * sizeof(kb_file)))) {
		error = tp_error_oom(err, dir);
		goto cleanup;
	}
	/* The overlay: buffers, the named files, then the directory's. */
	for (i = 0; i < nbufs; i++) {
		const char *nm = bufs[i].name ? bufs[i].name : "<buffer>";
		char *name = tp_arena_strndup(&kb->arena, nm, strlen(nm));
		if (!name) {
			error = tp_error_oom(err, nm);
			goto cleanup;
		}
		if ((error = kb_parse(kb, &files[i], name, bufs[i].data,
				      bufs[i].len, &limits, err)) < 0)
			goto cleanup;
	}
	for (i = nbufs; i < nin; i++)
		if ((error = overlay_file(kb, &files[i], files_in[i - nbufs],
					  &limits, err)) < 0)
			goto cleanup;
	for (i = 0; i < n; i++) {
		size_t plen = strlen(dir) + strlen(names[i]) + 2;
		char *path = tp_arena_alloc(&kb->arena, plen);
		if (!path) {
			error = tp_error_oom(err, dir);
			goto cleanup;
		}
		snprintf(path, plen, "%s/%s", dir, names[i]);
		if ((error = overlay_file(kb, &files[nin + i], path, &limits,
					  err)) < 0)
			goto cleanup;
	}
	/* Beneath it, the embedded set: a single-file kind the overlay holds
	 * (drugs, vocabulary, timeline, safety) replaces the embedded file
	 * of that kind; guidelines, TRD definitions and staging models merge
	 * by id, the overlay's entry winning. */
	for (i = 0; i < tp_embedded_count; i++) {
		kb_file *f = &files[nin + n + i];
		if (!embedded_wanted(&tp_embedded_files[i],
				     only_guideline(opts))) {
			f->skip = true;
			f->type = DOC_NTYPES;
			continue;
		}
		if ((error = kb_embedded(kb, f, &tp_embedded_files[i],
					 &limits, err)) < 0)
			goto cleanup;
		for (j = 0; j < nin + n; j++)
			if (files[j].type == f->type &&
			    f->type != DOC_TRD && f->type != DOC_STAGING &&
			    (f->type != DOC_GUIDELINE ||
			     strcmp(root_id(files[j].root),
				    root_id(f->root)) == 0))
				f->skip = true;
	}
	/* Overlay guidelines other than the one asked for are not built. */
	if (only_guideline(opts) && *only_guideline(opts))
		for (j = 0; j < nin + n; j++)
			if (files[j].type == DOC_GUIDELINE &&
			    strcmp(root_id(files[j].root),
				   only_guideline(opts)) != 0)
				files[j].skip = true;
	if ((error = kb_build(kb, files, total, dir ? dir : "<files>",
			      err)) < 0)
		goto cleanup;
	*out = kb;
	kb = NULL;
cleanup:
	if (d)
		closedir(d);
	for (i = 0; i < n; i++)
		tp_free(names[i]);
	tp_free(names);
	tpath_kb_free(kb);
	return error;
}

static int open_overlay(tpath_kb **out, const char *dir,
			const char *const *files_in, const tpath_buffer *bufs,
			size_t nbufs, const tpath_load_options *opts,
			tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_from_options(opts), out, err, dir,
		overlay_in(out, dir, files_in, bufs, nbufs, opts, err));
	return error;
}

int tpath_kb_open_dir(tpath_kb **out, const char *dir,
		      const tpath_load_options *opts, tpath_error *err)
{
	tp_error_clear(err);
	if (!dir) {
		if (out)
			*out = NULL;
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_kb_open_dir: NULL dir");
	}
	return tpath_kb_open_files(out, dir, NULL, opts, err);
}

size_t tpath_kb_guideline_count(const tpath_kb *kb)
{
	return kb ? kb->nguidelines : 0;
}

int tpath_kb_guideline(const tpath_kb *kb, size_t i,
		       tpath_guideline_info *info)
{
	const tp_guideline *g;
	if (!kb || !info || i >= kb->nguidelines)
		return TPATH_EUSAGE;
	g = &kb->guidelines[i];
	memset(info, 0, sizeof(*info));
	info->id = g->id;
	info->version = g->version;
	info->title = g->title;
	info->publisher = g->publisher;
	info->year = (int)g->year;
	info->citation = g->citation;
	info->url = g->url;
	info->file = g->file;
	info->is_default = g == tp_kb_default_guideline(kb);
	return 0;
}

const tp_guideline *tp_kb_default_guideline(const tpath_kb *kb)
{
	size_t i;
	for (i = 0; i < kb->nguidelines; i++)
		if (kb->guidelines[i].is_default)
			return &kb->guidelines[i];
	return kb->nguidelines ? &kb->guidelines[0] : NULL;
}

const tp_guideline *tp_kb_find_guideline(const tpath_kb *kb, const char *id)
{
	size_t i;
	for (i = 0; i < kb->nguidelines; i++)
		if (strcmp(kb->guidelines[i].id, id) == 0)
			return &kb->guidelines[i];
	return NULL;
}

void tpath_kb_free(tpath_kb *kb)
{
	if (!kb)
		return;
	tp_allocator al = kb->arena.al;
	tp_arena_release(&kb->arena);
	tp_free_with(al, kb);
}

size_t tpath_kb_drug_count(const tpath_kb *kb)
{
	return kb ? kb->catalog.ndrugs : 0;
}

const char *tpath_kb_drug_name(const tpath_kb *kb, size_t i)
{
	if (!kb || i >= kb->catalog.ndrugs)
		return NULL;
	return kb->catalog.drugs[i].name;
}

const char *tpath_kb_drug_lookup(const tpath_kb *kb, const char *name)
{
	const tp_drug *d;
	if (!kb || !name)
		return NULL;
	d = tp_catalog_find(&kb->catalog, name);
	return d ? d->name : NULL;
}

size_t tpath_kb_drug_suggest(const tpath_kb *kb, const char *name,
			     const char **out, size_t max)
{
	if (!kb || !name || !out)
		return 0;
	return tp_catalog_suggest(&kb->catalog, name, out, max);
}

static tpath_source_info source_info(const tp_source *src)
{
	tpath_source_info si = { NULL, NULL, NULL };
	if (src) {
		si.id = src->id;
		si.citation = src->citation;
		si.summary = src->summary;
	}
	return si;
}

static void dose_row(tpath_dose_row *row, const tp_dose_range *d)
{
	memset(row, 0, sizeof(*row));
	if (!d->present)
		return;
	row->present = 1;
	row->line = d->line;
	row->min = d->min;
	row->max = d->max;
	row->source = source_info(d->source);
	row->provisional = d->provisional;
	row->reason = d->reason;
	row->note = d->note;
}

int tpath_kb_drug(const tpath_kb *kb, size_t i, tpath_drug_info *info)
{
	tpath_drug_info di;
	const tp_drug *d;
	size_t n;

	if (!kb || !info || info->size == 0 || i >= kb->catalog.ndrugs)
		return TPATH_EUSAGE;
	d = &kb->catalog.drugs[i];
	memset(&di, 0, sizeof(di));
	di.name = d->name;
	di.klass = d->klass;
	di.kind = tp_kind_words[d->kind];
	di.unit = d->kind == TP_KIND_INTERACTING ? NULL : d->unit;
	di.aliases = d->aliases;
	di.naliases = d->naliases;
	if (d->kind == TP_KIND_BOTH)
		di.when_added = d->when_added == TP_ROLE_AUGMENTATION
					? "augmentation"
					: "combination";
	dose_row(&di.antidepressant, &d->antidepressant);
	dose_row(&di.adjunct, &d->adjunct);
	dose_row(&di.high, &d->high);
	dose_row(&di.label_max, &d->label_max);
	di.source = source_info(d->source);
	di.note = d->note;
	n = info->size < sizeof(di) ? info->size : sizeof(di);
	di.size = n;
	memcpy(info, &di, n);
	return 0;
}

size_t tpath_kb_dose_limit_count(const tpath_kb *kb)
{
	return kb ? kb->safety.nceilings : 0;
}

int tpath_kb_dose_limit(const tpath_kb *kb, size_t i,
			tpath_dose_limit_info *info)
{
	tpath_dose_limit_info li;
	const tp_ceiling_rule *r;
	size_t n;

	if (!kb || !info || info->size == 0 || i >= kb->safety.nceilings)
		return TPATH_EUSAGE;
	r = &kb->safety.ceilings[i];
	memset(&li, 0, sizeof(li));
	li.id = r->id;
	li.drug = r->drug->name;
	li.max = r->max;
	li.applies_to = r->when || r->ntaking ? r->reason : NULL;
	li.code = r->code;
	li.severity = r->severity;
	li.source = source_info(r->source);
	n = info->size < sizeof(li) ? info->size : sizeof(li);
	li.size = n;
	memcpy(info, &li, n);
	return 0;
}

/* errs: NULL for tpath_validate_buffer (stop at the first error); else a
 * history reads on and every error goes to errs->each. */
static int validate_in(const char **kind, const tpath_kb *kb,
		       const char *buf, size_t len, const char *name,
		       const tpath_load_options *opts, tp_errs *errs,
		       tpath_error *err)
{
	tp_arena arena;
	tp_limits limits;
	tp_node *root;
	tp_ctx c = { 0 };
	doc_type t;
	int error;

	tp_error_clear(err);
	if (!kind || (!buf && len))
		return tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
				    "tpath_validate_buffer: NULL argument");
	*kind = NULL;
	if (!name)
		name = "<buffer>";
	tp_arena_init(&arena);
	tp_limits_from_options(&limits, opts);
	c.source = name;
	c.err = err;
	c.arena = &arena;
	c.limits = &limits;
	if ((error = tp_yaml_parse(&root, &arena, buf ? buf : "", len, name,
				   &limits, err)) < 0 ||
	    (error = doc_type_of(&c, root, &t)) < 0)
		goto cleanup;
	switch (t) {
	case DOC_HISTORY: {
		tpath_history h;
		if (!kb) {
			error = tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
					     "validating a history needs a "
					     "knowledge base");
			goto cleanup;
		}
		memset(&h, 0, sizeof(h));
		c.errs = errs;
		error = tp_history_from_node(&h, kb, &c, root);
		break;
	}
	case DOC_DRUGS: {
		tp_catalog cat;
		error = tp_catalog_from_node(&cat, &c, root);
		break;
	}
	case DOC_VOCABULARY: {
		tp_vocab vo;
		error = tp_vocab_from_node(&vo, &c, root);
		break;
	}
	case DOC_TIMELINE: {
		tp_timeline_rules tl;
		if (!kb) {
			error = tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
					     "validating a timeline file needs "
					     "a knowledge base (for its "
					     "scales)");
			goto cleanup;
		}
		error = tp_timeline_from_node(&tl, &kb->vocab, &c, root);
		break;
	}
	case DOC_TRD: {
		tp_trd_set trd;
		error = tp_trd_from_node(&trd, &c, root);
		break;
	}
	case DOC_STAGING: {
		tp_staging_set st;
		error = tp_staging_from_node(&st, &c, root);
		break;
	}
	case DOC_FHIR:
		if (!kb) {
			error = tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
					     "validating a fhir/1 file needs "
					     "a knowledge base");
			goto cleanup;
		}
		{
			tp_fhir_map fm;
			error = tp_fhir_from_node(&fm, kb, &c, root);
		}
		break;
	case DOC_SAFETY:
	case DOC_GUIDELINE:
		if (!kb) {
			error = tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
					     "validating a %s file needs a "
					     "knowledge base",
					     doc_kinds[t]);
			goto cleanup;
		}
		if (t == DOC_SAFETY) {
			tp_safety sf;
			error = tp_safety_from_node(&sf, kb, &c, root);
		} else {
			tp_guideline g;
			error = tp_guideline_from_node(&g, kb, &c, root);
		}
		break;
	default:
		break;
	}
	if (error == 0)
		*kind = doc_kinds[t];
cleanup:
	/* a history read on has passed on its errors already */
	if (error < 0 && errs && errs->n == 0 && errs->each)
		errs->each(errs->ud, err);
	tp_arena_release(&arena);
	return error;
}

int tpath_validate_buffer(const char **kind, const tpath_kb *kb,
			  const char *buf, size_t len, const char *name,
			  const tpath_load_options *opts, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_from_options(opts), kind, err, name,
		validate_in(kind, kb, buf, len, name, opts, NULL, err));
	return error;
}

int tpath_validate_buffer_each(const char **kind, const tpath_kb *kb,
			       const char *buf, size_t len, const char *name,
			       const tpath_load_options *opts,
			       tpath_error_fn each, void *ud, tpath_error *err)
{
	tpath_error own;
	tp_errs errs;
	int error;

	memset(&errs, 0, sizeof(errs));
	errs.each = each;
	errs.ud = ud;
	/* reading on needs somewhere to hold each error */
	if (!err)
		err = &own;
	TP_CALL(error, tp_alloc_from_options(opts), kind, err, name,
		validate_in(kind, kb, buf, len, name, opts, &errs, err));
	return error;
}
