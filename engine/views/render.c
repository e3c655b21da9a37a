/*
 * render.c - tpath_result_render: a result as JSON, text, HTML or a CSV
 * row.
 */
#include "views/view.h"

#include <stdlib.h>

static int render(char **out, const tpath_result *r, tpath_format format,
		  tpath_error *err)
{
	char *s = NULL;
	tp_error_clear(err);
	if (out)
		*out = NULL;
	if (!out || !r)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_result_render: NULL argument");
	switch (format) {
	case TPATH_FORMAT_JSON:
		s = tp_result_json(r, true);
		break;
	case TPATH_FORMAT_JSON_LINE:
		s = tp_result_json(r, false);
		break;
	case TPATH_FORMAT_TEXT:
	case TPATH_FORMAT_TEXT_COLOR:
		s = tp_report_text(r, false,
				   format == TPATH_FORMAT_TEXT_COLOR);
		break;
	case TPATH_FORMAT_TEXT_EXPLAIN:
	case TPATH_FORMAT_TEXT_EXPLAIN_COLOR:
		s = tp_report_text(r, true,
				   format == TPATH_FORMAT_TEXT_EXPLAIN_COLOR);
		break;
	case TPATH_FORMAT_HTML:
	case TPATH_FORMAT_HTML_EXPLAIN:
		s = tp_report_html(r,
				   format == TPATH_FORMAT_HTML_EXPLAIN);
		break;
	case TPATH_FORMAT_CSV:
		s = tp_csv_row(r);
		break;
	default:
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_result_render: unknown format %d",
				    (int)format);
	}
	if (!s)
		return tp_error_oom(err, NULL);
	*out = s;
	return 0;
}

int tpath_result_render(char **out, const tpath_result *r,
			tpath_format format, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_current(), out, err, NULL,
		render(out, r, format, err));
	return error;
}
