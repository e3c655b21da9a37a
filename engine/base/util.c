/*
 * util.c - small helpers: edit distance for suggestions, whole-file reads,
 * case-insensitive comparison.
 */
#include "base/base.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int fold(int ch)
{
	return (ch >= 'A' && ch <= 'Z') ? ch - 'A' + 'a' : ch;
}

bool tp_streq_ci(const char *a, const char *b)
{
	while (*a && *b && fold((unsigned char)*a) == fold((unsigned char)*b))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

const char *tp_strcasestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle), k;
	for (; *hay; hay++) {
		for (k = 0; k < n && hay[k] &&
			    fold((unsigned char)hay[k]) ==
				    fold((unsigned char)needle[k]);
		     k++)
			;
		if (k == n)
			return hay;
	}
	return n == 0 ? hay : NULL;
}

size_t tp_edit_distance(const char *a, const char *b, size_t limit)
{
	/* Optimal string alignment over three rolling rows; names are short,
	 * longer inputs are not worth comparing. */
	enum { MAXLEN = 64 };
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t rows[3][MAXLEN + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

	if (la > MAXLEN || lb > MAXLEN)
		return limit + 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		size_t best = cur[0] = i;
		for (j = 1; j <= lb; j++) {
			int ca = fold((unsigned char)a[i - 1]);
			int cb = fold((unsigned char)b[j - 1]);
			size_t cost = ca != cb;
			size_t v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 &&
			    ca == fold((unsigned char)b[j - 2]) &&
			    fold((unsigned char)a[i - 2]) == cb &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
		{
			size_t *t = prev2;
			prev2 = prev;
			prev = cur;
			cur = t;
		}
	}
	return prev[lb];
}

bool tp_is_close(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t shorter = la < lb ? la : lb;
	/* One edit per three letters, at least one and at most three. */
	size_t limit = shorter / 3;
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	return tp_edit_distance(a, b, limit) <= limit;
}

int tp_read_file(char **buf, size_t *len, const char *path, size_t max_bytes,
		 tpath_error *err)
{
	FILE *f;
	char *data = NULL, why[128];
	size_t cap = 0, used = 0;
	/* Room for one byte past the limit, so that an input over it is
	 * seen; clamped so that the sum cannot wrap. */
	size_t room = max_bytes < SIZE_MAX - 16385 ? max_bytes + 16384
						   : SIZE_MAX - 1;
	struct stat st;

	*buf = NULL;
	*len = 0;
	f = fopen(path, "rb");
	if (!f) {
		int e = errno;
		return tp_error_set(err, e == ENOMEM ? TPATH_ENOMEM : TPATH_EIO,
				    path, 0, 0, "cannot open: %s",
				    tp_strerror(e, why, sizeof(why)));
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		return tp_error_set(err, TPATH_EIO, path, 0, 0,
				    "is a directory, not a file");
	}
	for (;;) {
		size_t got;
		if (cap - used < 8192) {
			size_t ncap = cap ? cap * 2 : 16384;
			char *nd;
			if (ncap > room || ncap < cap)
				ncap = room;
			nd = tp_realloc(data, ncap + 1);
			if (!nd) {
				tp_free(data);
				fclose(f);
				return tp_error_oom(err, path);
			}
			data = nd;
			cap = ncap;
		}
		got = cap > used ? fread(data + used, 1, cap - used, f) : 0;
		used += got;
		if (used > max_bytes) {
			tp_free(data);
			fclose(f);
			return tp_error_set(err, TPATH_ELIMIT, path, 0, 0,
					    "input is larger than the limit of "
					    "%zu bytes",
					    max_bytes);
		}
		if (got == 0 && (feof(f) || ferror(f) || cap == used))
			break;
	}
	if (ferror(f)) {
		int e = errno;
		tp_free(data);
		fclose(f);
		return tp_error_set(err, TPATH_EIO, path, 0, 0,
				    "read error: %s",
				    tp_strerror(e, why, sizeof(why)));
	}
	fclose(f);
	data[used] = '\0';
	*buf = data;
	*len = used;
	return 0;
}

bool tp_parse_decimal(const char *s, size_t n, double *out)
{
	/* [-]digits[.digits], at most 15 digits: the integer mantissa and the
	 * power of ten are exact, so one division gives the correctly rounded
	 * value, whatever the process's locale (strtod follows LC_NUMERIC). */
	static const double pow10[] = { 1e0,  1e1,  1e2,  1e3,	1e4,  1e5,
					1e6,  1e7,  1e8,  1e9,	1e10, 1e11,
					1e12, 1e13, 1e14, 1e15 };
	unsigned long long mant = 0;
	size_t i = 0, digits = 0, frac = 0;
	bool neg = false, dot = false;

	if (n > 0 && s[0] == '-') {
		neg = true;
		i = 1;
	}
	if (i == n)
		return false;
	for (; i < n; i++) {
		if (s[i] == '.') {
			if (dot || digits == 0 || i + 1 == n)
				return false;
			dot = true;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || ++digits > 15)
			return false;
		mant = mant * 10 + (unsigned long long)(s[i] - '0');
		if (dot)
			frac++;
	}
	*out = (double)mant / pow10[frac];
	if (neg)
		*out = -*out;
	return true;
}

const char *tp_strerror(int e, char *buf, size_t n)
{
	/* strerror is not required to be thread-safe; the XSI strerror_r
	 * (this file asks for POSIX.1-2008) is. */
	if (strerror_r(e, buf, n) != 0)
		snprintf(buf, n, "error %d", e);
	return buf;
}

int tp_c_numeric_enter(tp_c_numeric *cn)
{
	locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	cn->c = (locale_t)0;
	cn->old = (locale_t)0;
	if (!c)
		return -1;
	cn->c = c;
	cn->old = uselocale(c);
	return 0;
}

void tp_c_numeric_leave(tp_c_numeric *cn)
{
	if (!cn->c)
		return;
	uselocale(cn->old);
	freelocale(cn->c);
	cn->c = (locale_t)0;
}
