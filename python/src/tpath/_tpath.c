/*
 * _tpath.c - the CPython extension under the tpath package: a thin layer
 * over the public C API of libtpath (include/tpath.h).  The Python side
 * (__init__.py) gives the public functions their arguments, types and
 * exceptions; this file only loads, evaluates and renders.
 *
 * One knowledge base is opened per process, on first use, under the GIL,
 * and never changes afterwards: libtpath's loaded objects are immutable and
 * may be read from several threads at once, so every call below releases
 * the GIL while libtpath works (load, evaluate, render, import) and any
 * number of Python threads evaluate in parallel over the one base.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdlib.h>
#include <string.h>

#include "tpath.h"

static tpath_kb *kb;		/* opened once, read-only afterwards */
static tpath_error kb_error;	/* why it could not be opened */
static int kb_failed;

static int open_kb(void);

/* A C string of the library as str; a byte that is not UTF-8 (a source
 * name cut at the front in the middle of a character) becomes U+FFFD. */
static PyObject *lenient(const char *s)
{
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static int need_kb(void)
{
	if (open_kb() == 0)
		return 0;
	PyErr_SetString(PyExc_RuntimeError,
			"tpath: the knowledge base could not be opened");
	return -1;
}

/* An error as the tuple (code, source, line, column, message); line and
 * column are None without a position. */
static PyObject *error_tuple(const tpath_error *e)
{
	return Py_BuildValue(
		"(iNNNN)", e->code, lenient(e->source),
		e->line ? PyLong_FromUnsignedLong(e->line) : Py_NewRef(Py_None),
		e->line ? PyLong_FromUnsignedLong(e->column)
			: Py_NewRef(Py_None),
		lenient(e->message));
}

/* Opens the knowledge base when it is not open yet (with the GIL held, so
 * only once).  TPATH_DATA_DIR, when set and not empty, names a directory
 * of knowledge files laid over the built-in ones, as for the tpath
 * program.  Returns 0, or -1 with kb_error filled. */
static int open_kb(void)
{
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	const char *dir;
	int rc;

	if (kb)
		return 0;
	if (kb_failed)
		return -1;
	memset(&kb_error, 0, sizeof(kb_error));
	dir = getenv("TPATH_DATA_DIR");
	if (dir && *dir)
		rc = tpath_kb_open_files(&kb, dir, NULL, &lo, &kb_error);
	else
		rc = tpath_kb_open_default(&kb, &lo, &kb_error);
	if (rc < 0) {
		kb = NULL;
		kb_failed = 1;
		return -1;
	}
	return 0;
}

/* open_kb() -> None, or the error tuple of the failure. */
static PyObject *py_open_kb(PyObject *self, PyObject *noargs)
{
	(void)self;
	(void)noargs;
	if (open_kb() < 0)
		return error_tuple(&kb_error);
	Py_RETURN_NONE;
}

static PyObject *take_string(char *s)
{
	PyObject *o = PyUnicode_FromString(s);
	tpath_free(s);
	return o;
}

/* evaluate(text, name, first_line, index, guideline, as_of, trace)
 *   -> (0, result_json_line) or (code, error_json_line) or (code, None)
 * The result is rendered as one JSON line (TPATH_FORMAT_JSON_LINE, the
 * batch's output); a failure as the batch's error/1 line for document
 * index.  (code, None) only when even the error line could not be
 * rendered (out of memory). */
static PyObject *py_evaluate(PyObject *self, PyObject *args)
{
	const char *text, *name, *guideline, *as_of;
	Py_ssize_t len;
	unsigned first_line;
	Py_ssize_t index;
	int trace, rc;
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *out = NULL;

	(void)self;
	if (!PyArg_ParseTuple(args, "y#sInzzp", &text, &len, &name,
			      &first_line, &index, &guideline, &as_of, &trace))
		return NULL;
	if (index < 0) {
		PyErr_SetString(PyExc_ValueError, "index must be >= 0");
		return NULL;
	}
	if (need_kb() < 0)
		return NULL;
	lo.first_line = first_line;
	eo.guideline = guideline;
	eo.as_of = as_of;
	eo.trace = trace;
	memset(&err, 0, sizeof(err));
	Py_BEGIN_ALLOW_THREADS
	rc = tpath_history_load_buffer(&h, kb, text, (size_t)len, name, &lo,
				       &err);
	if (rc == 0)
		rc = tpath_evaluate(&r, kb, h, &eo, &err);
	if (rc == 0)
		rc = tpath_result_render(&out, r, TPATH_FORMAT_JSON_LINE, &err);
	if (rc < 0) {
		/* an error about the options names the document it met, as
		 * in the batch */
		if (!err.source[0])
			snprintf(err.source, sizeof(err.source), "%s", name);
		if (tpath_error_render_json(&out, &err, (size_t)index) < 0)
			out = NULL;
	}
	tpath_result_free(r);
	tpath_history_free(h);
	Py_END_ALLOW_THREADS
	if (!out)
		return Py_BuildValue("(iO)", rc, Py_None);
	return Py_BuildValue("(iN)", rc, take_string(out));
}

/* error_line(index, code, source, line, column, message) -> str: the
 * error/1 line of an error found outside the library (line 0: none). */
static PyObject *py_error_line(PyObject *self, PyObject *args)
{
	tpath_error err;
	Py_ssize_t index;
	int code;
	const char *source, *message;
	unsigned line, column;
	char *out;

	(void)self;
	if (!PyArg_ParseTuple(args, "nisIIs", &index, &code, &source, &line,
			      &column, &message))
		return NULL;
	if (index < 0) {
		PyErr_SetString(PyExc_ValueError, "index must be >= 0");
		return NULL;
	}
	memset(&err, 0, sizeof(err));
	err.code = code;
	err.line = line;
	err.column = column;
	snprintf(err.source, sizeof(err.source), "%s", source);
	snprintf(err.message, sizeof(err.message), "%s", message);
	if (tpath_error_render_json(&out, &err, (size_t)index) < 0)
		return PyErr_NoMemory();
	return take_string(out);
}

static PyObject *str_or_none(const char *s)
{
	return s ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
}

/* guidelines() -> list of dicts */
static PyObject *py_guidelines(PyObject *self, PyObject *noargs)
{
	PyObject *list;
	size_t i, n;

	(void)self;
	(void)noargs;
	if (need_kb() < 0)
		return NULL;
	n = tpath_kb_guideline_count(kb);
	if (!(list = PyList_New((Py_ssize_t)n)))
		return NULL;
	for (i = 0; i < n; i++) {
		tpath_guideline_info g;
		PyObject *d;
		tpath_kb_guideline(kb, i, &g);
		d = Py_BuildValue(
			"{sNsNsNsNsNsNsNsisN}", "id", str_or_none(g.id),
			"version", str_or_none(g.version), "title",
			str_or_none(g.title), "publisher",
			str_or_none(g.publisher), "citation",
			str_or_none(g.citation), "url", str_or_none(g.url),
			"file", str_or_none(g.file), "year", g.year,
			"default", PyBool_FromLong(g.is_default));
		if (!d) {
			Py_DECREF(list);
			return NULL;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, d);
	}
	return list;
}

/* Warnings of one import, kept in C while the GIL is released. */
typedef struct warn_list {
	char **items; /* "where\0message" pairs, two strings each */
	size_t n, cap;
	int oom;
} warn_list;

static void collect_warning(void *ud, const char *where, const char *msg)
{
	warn_list *w = ud;
	size_t a = strlen(where), b = strlen(msg);
	char *s;
	if (w->oom)
		return;
	if (w->n == w->cap) {
		size_t ncap = w->cap ? w->cap * 2 : 16;
		char **ni = realloc(w->items, ncap * sizeof(*ni));
		if (!ni) {
			w->oom = 1;
			return;
		}
		w->items = ni;
		w->cap = ncap;
	}
	if (!(s = malloc(a + b + 2))) {
		w->oom = 1;
		return;
	}
	memcpy(s, where, a + 1);
	memcpy(s + a + 1, msg, b + 1);
	w->items[w->n++] = s;
}

/* import_fhir(inputs, relative_days, as_of, id)
 *   -> (0, yaml, warnings) or (code, error_tuple, warnings)
 * inputs is a sequence of (name, bytes); warnings a list of (where,
 * message). */
static PyObject *py_import_fhir(PyObject *self, PyObject *args)
{
	PyObject *inputs, *seq = NULL, *warnings = NULL, *res = NULL;
	int relative_days, rc;
	const char *as_of, *id;
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_buffer *bufs = NULL;
	warn_list w = { NULL, 0, 0, 0 };
	tpath_error err;
	char *out = NULL;
	Py_ssize_t n, i;
	size_t k;

	(void)self;
	if (!PyArg_ParseTuple(args, "Opzz", &inputs, &relative_days, &as_of,
			      &id))
		return NULL;
	if (need_kb() < 0)
		return NULL;
	if (!(seq = PySequence_Fast(inputs, "inputs must be a sequence")))
		return NULL;
	n = PySequence_Fast_GET_SIZE(seq);
	if (!(bufs = calloc(n ? (size_t)n : 1, sizeof(*bufs)))) {
		Py_DECREF(seq);
		return PyErr_NoMemory();
	}
	for (i = 0; i < n; i++) {
		PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
		Py_ssize_t blen;
		if (!PyArg_ParseTuple(item, "sy#", &bufs[i].name, &bufs[i].data,
				      &blen))
			goto done;
		bufs[i].len = (size_t)blen;
	}
	fo.relative_days = relative_days;
	fo.as_of = as_of;
	fo.id = id;
	fo.warn = collect_warning;
	fo.ud = &w;
	memset(&err, 0, sizeof(err));
	Py_BEGIN_ALLOW_THREADS
	rc = tpath_fhir_import(&out, kb, bufs, (size_t)n, &fo, &err);
	Py_END_ALLOW_THREADS
	if (w.oom) {
		tpath_free(out);
		PyErr_NoMemory();
		goto done;
	}
	if (!(warnings = PyList_New(0)))
		goto done;
	for (k = 0; k < w.n; k++) {
		const char *where = w.items[k];
		PyObject *t = Py_BuildValue("(ss)", where,
					    where + strlen(where) + 1);
		if (!t || PyList_Append(warnings, t) < 0) {
			Py_XDECREF(t);
			tpath_free(out);
			goto done;
		}
		Py_DECREF(t);
	}
	if (rc < 0)
		res = Py_BuildValue("(iNO)", rc, error_tuple(&err), warnings);
	else
		res = Py_BuildValue("(iNO)", 0, take_string(out), warnings);
done:
	for (k = 0; k < w.n; k++)
		free(w.items[k]);
	free(w.items);
	free(bufs);
	Py_XDECREF(warnings);
	Py_DECREF(seq);
	return res;
}

/* knowledge_hash(guideline) -> str or None */
static PyObject *py_knowledge_hash(PyObject *self, PyObject *args)
{
	const char *g;
	(void)self;
	if (!PyArg_ParseTuple(args, "z", &g))
		return NULL;
	if (need_kb() < 0)
		return NULL;
	return str_or_none(tpath_kb_knowledge_hash(kb, g));
}

/* code_string(code) -> the library's phrase for a tpath_code */
static PyObject *py_code_string(PyObject *self, PyObject *args)
{
	int code;
	(void)self;
	if (!PyArg_ParseTuple(args, "i", &code))
		return NULL;
	return PyUnicode_FromString(tpath_code_string(code));
}

static PyObject *py_library_version(PyObject *self, PyObject *noargs)
{
	(void)self;
	(void)noargs;
	return PyUnicode_FromString(tpath_version());
}

static PyMethodDef methods[] = {
	{ "open_kb", py_open_kb, METH_NOARGS,
	  "open_kb() -> None or (code, source, line, column, message)" },
	{ "evaluate", py_evaluate, METH_VARARGS,
	  "evaluate(text, name, first_line, index, guideline, as_of, trace)"
	  " -> (code, json_line)" },
	{ "error_line", py_error_line, METH_VARARGS,
	  "error_line(index, code, source, line, column, message) -> str" },
	{ "guidelines", py_guidelines, METH_NOARGS,
	  "guidelines() -> list of dicts" },
	{ "import_fhir", py_import_fhir, METH_VARARGS,
	  "import_fhir(inputs, relative_days, as_of, id)"
	  " -> (code, yaml or error, warnings)" },
	{ "knowledge_hash", py_knowledge_hash, METH_VARARGS,
	  "knowledge_hash(guideline) -> str or None" },
	{ "code_string", py_code_string, METH_VARARGS,
	  "code_string(code) -> str" },
	{ "library_version", py_library_version, METH_NOARGS,
	  "library_version() -> str" },
	{ NULL, NULL, 0, NULL }
};

static struct PyModuleDef module = {
	PyModuleDef_HEAD_INIT, "tpath._tpath",
	"libtpath bindings used by the tpath package (internal).", -1,
	methods, NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit__tpath(void)
{
	PyObject *m = PyModule_Create(&module);
	if (!m)
		return NULL;
	if (PyModule_AddIntConstant(m, "OK", TPATH_OK) < 0 ||
	    PyModule_AddIntConstant(m, "EINVALID", TPATH_EINVALID) < 0 ||
	    PyModule_AddIntConstant(m, "ELIMIT", TPATH_ELIMIT) < 0 ||
	    PyModule_AddIntConstant(m, "ENOMEM", TPATH_ENOMEM) < 0 ||
	    PyModule_AddIntConstant(m, "EIO", TPATH_EIO) < 0 ||
	    PyModule_AddIntConstant(m, "EUSAGE", TPATH_EUSAGE) < 0 ||
	    PyModule_AddIntConstant(m, "MAX_BYTES",
				    (long)TPATH_DEFAULT_MAX_BYTES) < 0 ||
	    PyModule_AddStringConstant(m, "HEADER_VERSION", TPATH_VERSION) <
		    0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
