# tpath - plain Makefile.  `make` builds libtpath.a, libtpath.so and tpath;
# `make check` builds and runs the whole test suite.  User CFLAGS, CPPFLAGS
# and LDFLAGS are appended after the required ones.

VERSION_MAJOR := $(shell sed -n 's/^\#define TPATH_VERSION_MAJOR \([0-9]*\)/\1/p' include/tpath.h)
VERSION := $(shell sed -n 's/^\#define TPATH_VERSION "\(.*\)"/\1/p' include/tpath.h)

PREFIX ?= /usr/local
DESTDIR ?=
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
BINDIR ?= $(PREFIX)/bin
LIBEXECDIR ?= $(PREFIX)/libexec
MANDIR ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

CC ?= cc
PKG_CONFIG ?= pkg-config
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wpointer-arith -Wcast-qual -Wwrite-strings -Wformat=2 -Wvla \
	-Wold-style-definition -Wundef
DEPS_CFLAGS := $(shell $(PKG_CONFIG) --cflags yaml-0.1 jansson)
DEPS_LIBS := $(shell $(PKG_CONFIG) --libs yaml-0.1 jansson) -lm
# libmicrohttpd: for the server program tpath-serve only (`tpath serve`
# runs it), never in the library or in tpath.
MHD_CFLAGS := $(shell $(PKG_CONFIG) --cflags libmicrohttpd)
MHD_LIBS := $(shell $(PKG_CONFIG) --libs libmicrohttpd)
# libcjose (JWT signatures, `tpath serve --trust`): tpath-serve only too.
JOSE_CFLAGS := $(shell $(PKG_CONFIG) --cflags cjose)
JOSE_LIBS := $(shell $(PKG_CONFIG) --libs cjose)
# libcurl (fetching the prefetch from a CDS Hooks client's fhirServer):
# tpath-serve only too.
CURL_CFLAGS := $(shell $(PKG_CONFIG) --cflags libcurl)
CURL_LIBS := $(shell $(PKG_CONFIG) --libs libcurl)
CHECK_CFLAGS = $(shell $(PKG_CONFIG) --cflags check)
CHECK_LIBS = $(shell $(PKG_CONFIG) --libs check)

FINAL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g $(WARN) \
	-Iinclude -Iengine -Ibuild $(DEPS_CFLAGS) -MMD -MP $(CFLAGS)
LIB_CFLAGS = $(FINAL_CFLAGS) -fPIC -fvisibility=hidden
FINAL_LDFLAGS = $(LDFLAGS)

B := build
# The engine's layers, bottom first (docs/development.md, tests/layers.sh).
LAYERS := base load model judge fhir result views
LIB_SRC := $(foreach l,$(LAYERS),$(wildcard engine/$(l)/*.c))
LIB_OBJ := $(LIB_SRC:engine/%.c=$(B)/lib/%.o) $(B)/lib/embedded.o
# tpath and tpath-serve share the command table; only tpath-serve has
# the server (serve.c, cards.c), and only tpath has serve_exec.c, which
# runs tpath-serve for `tpath serve`.
SERVE_ONLY := engine/cli/serve.c engine/cli/cards.c engine/cli/jwt.c \
	engine/cli/hook.c engine/cli/fetch.c
CLI_ALL := $(wildcard engine/cli/*.c)
CLI_SRC := $(filter-out $(SERVE_ONLY),$(CLI_ALL))
SERVE_SRC := $(filter-out engine/cli/serve_exec.c,$(CLI_ALL))
CLI_OBJ := $(CLI_SRC:engine/cli/%.c=$(B)/cli/%.o)
SERVE_OBJ := $(SERVE_SRC:engine/cli/%.c=$(B)/cli/%.o)
TEST_SRC := $(wildcard tests/unit/*.c)
TEST_OBJ := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%.o)
GUIDELINES := $(sort $(wildcard guidelines/*.yaml))

SONAME := libtpath.so.$(VERSION_MAJOR)

.PHONY: all check check-python check-tsan check-asan check-valgrind check-browser \
	check-browser-all fuzz \
	bench install uninstall clean tpath.pc
all: tpath tpath-serve libtpath.a libtpath.so

$(B)/lib/%.o: engine/%.c
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(B)/lib/embedded.o: $(B)/embedded.c | $(B)/lib
	$(CC) $(LIB_CFLAGS) -c -o $@ $<

$(B)/gen: tests/bench/gen.c | $(B)
	$(CC) $(FINAL_CFLAGS) -o $@ $< $(FINAL_LDFLAGS)

$(B)/run: tests/bench/run.c | $(B)
	$(CC) $(FINAL_CFLAGS) -o $@ $< $(FINAL_LDFLAGS)

$(B)/parse_only: tests/bench/parse_only.c | $(B)
	$(CC) $(FINAL_CFLAGS) -o $@ $< $(DEPS_LIBS) $(FINAL_LDFLAGS)

# A benchmark, not a test: see docs/performance.md.
bench: tpath tpath-serve $(B)/gen $(B)/run $(B)/parse_only
	B=$(B) sh tests/bench/bench.sh
	sh tests/bench/serve.sh

# The generator parses and checks the knowledge files with the library's
# own objects (all but the file it generates).
$(B)/embed: engine/tools/embed.c $(LIB_SRC:engine/%.c=$(B)/lib/%.o) | $(B)
	$(CC) $(LIB_CFLAGS) -o $@ $^ $(DEPS_LIBS) $(FINAL_LDFLAGS)

# The embedded knowledge base is generated from guidelines/, never edited.
$(B)/embedded.c: $(B)/embed $(GUIDELINES)
	$(B)/embed $@ $(GUIDELINES)

$(B)/cli/%.o: engine/cli/%.c | $(B)/cli
	$(CC) $(FINAL_CFLAGS) -c -o $@ $<

$(B)/cli/serve.o: engine/cli/serve.c | $(B)/cli
	$(CC) $(FINAL_CFLAGS) $(MHD_CFLAGS) -pthread -c -o $@ $<

$(B)/cli/jwt.o: engine/cli/jwt.c | $(B)/cli
	$(CC) $(FINAL_CFLAGS) $(JOSE_CFLAGS) -c -o $@ $<

$(B)/cli/fetch.o: engine/cli/fetch.c | $(B)/cli
	$(CC) $(FINAL_CFLAGS) $(CURL_CFLAGS) -c -o $@ $<

$(B)/cli/serve_exec.o: engine/cli/serve_exec.c | $(B)/cli
	$(CC) $(FINAL_CFLAGS) -DTPATH_LIBEXECDIR='"$(LIBEXECDIR)/tpath"' \
	  -c -o $@ $<

$(B)/tests/%.o: tests/unit/%.c | $(B)/tests
	$(CC) $(FINAL_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

libtpath.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(SONAME): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -o $@ $^ $(DEPS_LIBS) $(FINAL_LDFLAGS)

libtpath.so: $(SONAME)
	ln -sf $(SONAME) $@

tpath: $(CLI_OBJ) libtpath.a
	$(CC) -o $@ $(CLI_OBJ) libtpath.a $(DEPS_LIBS) $(FINAL_LDFLAGS)

tpath-serve: $(SERVE_OBJ) libtpath.a
	$(CC) -o $@ $(SERVE_OBJ) libtpath.a $(DEPS_LIBS) $(MHD_LIBS) \
	  $(JOSE_LIBS) $(CURL_LIBS) -pthread $(FINAL_LDFLAGS)

# Test helper: makes keys and signs the JWTs of tests/cli/serve-jwt-*.t.
$(B)/jwt: tests/serve/jwt.c | $(B)
	$(CC) $(FINAL_CFLAGS) $(JOSE_CFLAGS) -o $@ $< $(JOSE_LIBS) \
	  $(FINAL_LDFLAGS)

# The runner holds the request parser of tpath-serve (hook.c, cards.c:
# jansson only) for the fuzz target's saved inputs (check_fuzz.c).
HOOK_SRC := engine/cli/hook.c engine/cli/cards.c
HOOK_OBJ := $(HOOK_SRC:engine/cli/%.c=$(B)/cli/%.o)

$(B)/check_tpath: $(TEST_OBJ) $(HOOK_OBJ) libtpath.a
	$(CC) -o $@ $(TEST_OBJ) $(HOOK_OBJ) libtpath.a $(CHECK_LIBS) $(DEPS_LIBS) -pthread $(FINAL_LDFLAGS)

# The thread suite under ThreadSanitizer: every engine and test file built
# together with -fsanitize=thread into build/tsan (a separate target, not
# part of `make check`).
check-tsan: $(B)/embedded.c tpath
	mkdir -p $(B)/tsan
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=thread \
	  -Iinclude -Iengine -I$(B) $(DEPS_CFLAGS) $(CHECK_CFLAGS) \
	  -o $(B)/tsan/check_tpath $(LIB_SRC) $(B)/embedded.c $(TEST_SRC) \
	  $(HOOK_SRC) \
	  $(CHECK_LIBS) $(DEPS_LIBS) -pthread
	CK_RUN_SUITE=threads CK_FORK=no TSAN_OPTIONS=halt_on_error=1 \
	  TPATH_BIN=$(CURDIR)/tpath $(B)/tsan/check_tpath

# libFuzzer targets (a developer tier: needs clang and libclang-rt-dev, see
# docs/development.md).  Each is every engine file plus one target file,
# built with -fsanitize=fuzzer,address,undefined.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := history guideline catalog fhir hook
FUZZ_FLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -DTPATH_LIBFUZZER \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-Iinclude -Iengine -I$(B) $(DEPS_CFLAGS)

# The hook target holds the request parser of tpath-serve too.
FUZZ_EXTRA_hook := $(HOOK_SRC)
$(B)/fuzz/fuzz_hook: $(HOOK_SRC) engine/cli/hook.h engine/cli/cards.h

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/common.c tests/fuzz/fuzz.h \
		$(LIB_SRC) $(B)/embedded.c
	mkdir -p $(B)/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< tests/fuzz/common.c $(LIB_SRC) \
	  $(FUZZ_EXTRA_$*) $(B)/embedded.c $(DEPS_LIBS)

fuzz: $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz_%)
	B=$(B) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

# The whole suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer: the test runner and the tpath the CLI tests
# run (build/asan/), every engine file compiled in.  Any report is fatal.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
SAN_BUILD = $(CC) -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 $(SAN_FLAGS) \
	-Iinclude -Iengine -I$(B) $(DEPS_CFLAGS)

check-asan: all $(B)/embedded.c $(B)/gen $(B)/jwt $(B)/locale/de_DE.UTF-8
	mkdir -p $(B)/asan
	$(SAN_BUILD) -o $(B)/asan/tpath $(CLI_SRC) $(LIB_SRC) \
	  $(B)/embedded.c $(DEPS_LIBS)
	$(SAN_BUILD) $(MHD_CFLAGS) $(JOSE_CFLAGS) $(CURL_CFLAGS) \
	  -o $(B)/asan/tpath-serve $(SERVE_SRC) $(LIB_SRC) $(B)/embedded.c \
	  $(DEPS_LIBS) $(MHD_LIBS) $(JOSE_LIBS) $(CURL_LIBS) -pthread
	$(SAN_BUILD) $(CHECK_CFLAGS) -o $(B)/asan/check_tpath $(TEST_SRC) \
	  $(HOOK_SRC) $(LIB_SRC) $(B)/embedded.c $(CHECK_LIBS) $(DEPS_LIBS) -pthread
	CK_TIMEOUT_MULTIPLIER=10 \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  TPATH_BIN=$(CURDIR)/$(B)/asan/tpath $(B)/asan/check_tpath

# The whole suite under valgrind: the runner in one process (CK_FORK=no),
# and every tpath the CLI tests start through a wrapper that runs it under
# valgrind too.  Leaks (definite, indirect) and memory errors are fatal.
# The OOM loop fails every TPATH_OOM_STRIDE-th allocation here (every one
# in the other tiers) to stay within CI's time.
VALGRIND := valgrind -q --leak-check=full \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=99

check-valgrind: all $(B)/check_tpath $(B)/gen $(B)/jwt $(B)/locale/de_DE.UTF-8
	mkdir -p $(B)/valgrind
	printf '#!/bin/sh\nexec %s --trace-children=yes %s "$$@"\n' \
	  '$(VALGRIND)' '$(CURDIR)/tpath' > $(B)/valgrind/tpath
	chmod +x $(B)/valgrind/tpath
	CK_FORK=no TPATH_OOM_STRIDE=$(or $(TPATH_OOM_STRIDE),16) \
	  TPATH_BIN=$(CURDIR)/$(B)/valgrind/tpath TPATH_SKIP_EXHAUSTIVE=1 \
	  $(VALGRIND) $(B)/check_tpath

# Each HTML report rendered in headless Chromium (Debian's chromium), its
# screenshot checked not blank by build/pngcheck (libpng); the screenshots
# stay in build/browser/.  A separate target, not part of `make check`.
PNG_CFLAGS = $(shell $(PKG_CONFIG) --cflags libpng)
PNG_LIBS = $(shell $(PKG_CONFIG) --libs libpng)

$(B)/pngcheck: tests/browser/pngcheck.c | $(B)
	$(CC) $(FINAL_CFLAGS) $(PNG_CFLAGS) -o $@ $< $(PNG_LIBS) $(FINAL_LDFLAGS)

# A locale with a decimal comma, for the test that the library's output
# does not follow the caller's LC_NUMERIC (tests/unit/check_result.c); made
# with localedef from Debian's locales package, kept in the build tree
# (LOCPATH), so nothing is installed system-wide.
$(B)/locale/de_DE.UTF-8:
	mkdir -p $(B)/locale
	localedef -i de_DE -f UTF-8 $@

check-browser: tpath $(B)/pngcheck
	B=$(B) TPATH=./tpath PNGCHECK=$(B)/pngcheck sh tests/browser/run.sh

# The same over every example and vignette, in batches of 24 files, two
# batches at a time (about 14 minutes on 2 cores); CI runs this one.
check-browser-all: tpath $(B)/pngcheck
	printf '%s\n' docs/examples/*.yaml tests/vignettes/*.yaml | \
	  B=$(B) TPATH=./tpath PNGCHECK=$(B)/pngcheck \
	  xargs -P 2 -n 24 sh tests/browser/run.sh

# Regenerated every time: it records PREFIX and LIBDIR of this invocation.
tpath.pc:
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' \
	  'includedir=$(INCLUDEDIR)' '' 'Name: tpath' \
	  'Description: depression treatment-pathway engine (decision support)' \
	  'Version: $(VERSION)' 'Requires.private: yaml-0.1 jansson' \
	  'Libs: -L$${libdir} -ltpath' 'Libs.private: -lm' 'Cflags: -I$${includedir}' > $@

# The whole suite: Check unit suites, golden diagnostics, CLI tests, docs
# examples.  The runner ends with Check's summary line.
check: all $(B)/check_tpath $(B)/gen $(B)/jwt $(B)/locale/de_DE.UTF-8
	B=$(B) sh tests/layers.sh
	TPATH_BIN=$(CURDIR)/tpath $(B)/check_tpath
	$(MAKE) --no-print-directory check-python

# The Python package (python/, docs/python.md): a virtual environment of
# Debian's python3 in build/venv (system site packages: Debian's Dask and
# pytest), the package installed from this build tree offline, and its
# pytest suite run with the venv's python, comparing with ./tpath.
PYTHON ?= /usr/bin/python3

check-python: libtpath.a tpath $(B)/gen
	[ -x $(B)/venv/bin/python ] || \
	  $(PYTHON) -m venv --system-site-packages $(B)/venv
	$(B)/venv/bin/pip install --quiet --no-build-isolation --no-index \
	  ./python
	TPATH_BIN=$(CURDIR)/tpath TPATH_GEN=$(CURDIR)/$(B)/gen \
	  $(B)/venv/bin/python -m pytest -q -p no:cacheprovider python/tests

install: all tpath.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) \
	  $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 tpath $(DESTDIR)$(BINDIR)/tpath
	install -d $(DESTDIR)$(LIBEXECDIR)/tpath
	install -m 755 tpath-serve $(DESTDIR)$(LIBEXECDIR)/tpath/tpath-serve
	install -m 644 include/tpath.h $(DESTDIR)$(INCLUDEDIR)/tpath.h
	install -m 644 libtpath.a $(DESTDIR)$(LIBDIR)/libtpath.a
	install -m 755 $(SONAME) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libtpath.so
	install -m 644 tpath.pc $(DESTDIR)$(PKGCONFIGDIR)/tpath.pc
	install -d $(DESTDIR)$(MANDIR)/man1
	install -m 644 docs/tpath.1 $(DESTDIR)$(MANDIR)/man1/tpath.1
	install -d $(DESTDIR)$(BASHCOMPDIR)
	install -m 644 completions/tpath.bash $(DESTDIR)$(BASHCOMPDIR)/tpath

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/tpath $(DESTDIR)$(INCLUDEDIR)/tpath.h \
	  $(DESTDIR)$(LIBEXECDIR)/tpath/tpath-serve \
	  $(DESTDIR)$(LIBDIR)/libtpath.a $(DESTDIR)$(LIBDIR)/$(SONAME) \
	  $(DESTDIR)$(LIBDIR)/libtpath.so $(DESTDIR)$(PKGCONFIGDIR)/tpath.pc \
	  $(DESTDIR)$(MANDIR)/man1/tpath.1 $(DESTDIR)$(BASHCOMPDIR)/tpath

$(B) $(B)/lib $(B)/cli $(B)/tests:
	mkdir -p $@

clean:
	rm -rf $(B) tpath tpath-serve libtpath.a libtpath.so $(SONAME) tpath.pc

-include $(wildcard $(B)/*/*.d $(B)/lib/*/*.d)
