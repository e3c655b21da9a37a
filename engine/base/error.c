/*
 * error.c - filling and rendering tpath_error.  Nothing here allocates, so
 * an out-of-memory condition can be reported like any other.
 */
#include "base/base.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void copy_source(tpath_error *err, const char *source)
{
	size_t len, cap = sizeof(err->source);
	if (!source) {
		err->source[0] = '\0';
		return;
	}
	len = strlen(source);
	if (len < cap) {
		memcpy(err->source, source, len + 1);
		return;
	}
	/* Keep the tail, which names the file, behind "...". */
	memcpy(err->source, "...", 3);
	memcpy(err->source + 3, source + len - (cap - 4), cap - 4);
	err->source[cap - 1] = '\0';
}

int tp_error_set(tpath_error *err, int code, const char *source,
		 unsigned line, unsigned column, const char *fmt, ...)
{
	va_list ap;
	int n;
	if (!err)
		return code;
	err->code = code;
	err->line = line;
	err->column = column;
	copy_source(err, source);
	va_start(ap, fmt);
	n = vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(err->message))
		tp_utf8_trim(err->message);
	return code;
}

void tp_utf8_trim(char *s)
{
	/* Drops a UTF-8 sequence cut short at the end of s. */
	size_t len = strlen(s), i = len, k;
	unsigned char lead;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && len - i < 3)
		i--;
	if (i == 0)
		return;
	lead = (unsigned char)s[i - 1];
	if (lead < 0x80)
		return;
	k = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
	if (len - (i - 1) < k)
		s[i - 1] = '\0';
}

int tp_error_oom(tpath_error *err, const char *source)
{
	return tp_error_set(err, TPATH_ENOMEM, source, 0, 0, "out of memory");
}

void tp_error_clear(tpath_error *err)
{
	if (!err)
		return;
	err->code = TPATH_OK;
	err->line = err->column = 0;
	err->source[0] = '\0';
	err->message[0] = '\0';
}

int tpath_error_format(const tpath_error *err, char *buf, size_t n)
{
	if (!err)
		return snprintf(buf, n, "no error");
	if (err->source[0] && err->line)
		return snprintf(buf, n, "%s:%u:%u: %s", err->source, err->line,
				err->column, err->message);
	if (err->source[0])
		return snprintf(buf, n, "%s: %s", err->source, err->message);
	return snprintf(buf, n, "%s", err->message);
}

const char *tpath_code_string(int code)
{
	switch (code) {
	case TPATH_OK:
		return "ok";
	case TPATH_EINVALID:
		return "invalid input";
	case TPATH_ELIMIT:
		return "input exceeds a limit";
	case TPATH_ENOMEM:
		return "out of memory";
	case TPATH_EIO:
		return "input/output error";
	case TPATH_EUSAGE:
		return "invalid API usage";
	default:
		return "unknown error";
	}
}

const char *tpath_version(void)
{
	return TPATH_VERSION;
}
