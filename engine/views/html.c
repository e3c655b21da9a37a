/*
 * html.c - the HTML report: one self-contained page (inline style, inline
 * SVG, no script, nothing fetched) rendering the typed result the result/1
 * object is written from.  The page is well-formed XML as well as HTML, so
 * tests can check it with an XML parser.  Meanings are never carried by colour alone: every mark has a
 * text label, a pattern or a <title>.
 */
#include "views/view.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char style[] =
	"body{font-family:system-ui,-apple-system,'Segoe "
	"UI',Roboto,'DejaVu Sans',sans-serif;color:#1a1a1a;background:#fff;"
	"max-width:1000px;margin:1.5em auto;padding:0 1em;line-height:1.4;"
	"overflow-wrap:break-word}\n"
	"h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em "
	"0 .4em;border-bottom:1px solid #bbb}\n"
	".notice{border:2px solid #444;padding:.5em .8em;background:#f4f4f4}\n"
	".summary{border:2px solid #1c3d6e;padding:.2em .8em .4em;margin:.6em "
	"0}.summary h2{margin:.2em 0;border:0}.summary ul{margin:0;"
	"padding-left:1.2em}\n"
	".crit{border-left:6px solid #b00020;padding:.3em .8em;background:"
	"#fdecee}\n"
	".meta{color:#444;margin:.2em 0}\n"
	"table{border-collapse:collapse;width:100%;font-size:.92em}\n"
	"th,td{border:1px solid #bbb;padding:.25em .45em;text-align:left;"
	"vertical-align:top}\n"
	"th{background:#eee}caption{text-align:left;font-weight:bold;padding:"
	".3em 0}\n"
	"td.num{text-align:right}\n"
	".tag{display:inline-block;border:1px solid #555;border-radius:3px;"
	"padding:0 .3em;font-size:.85em;font-weight:bold}\n"
	".met{background:#fff3c4}.failed{background:#fde2e2}"
	".good{background:#e0f2e4}\n"
	".differs{background:#fff3c4}\n"
	"figure{margin:0}svg{max-width:100%;height:auto}\n"
	/* wide content scrolls inside its own box, never the page; the
	 * chart keeps its text at 8 px or more (10 units of 960 drawn at
	 * least 800 px wide) and scrolls sideways on a phone instead */
	".wide,.chart{overflow-x:auto;max-width:100%}\n"
	".chart svg{display:block;width:100%;min-width:800px;max-width:none}\n"
	"figcaption{font-size:.9em;color:#333}"
	".key-title{margin:.4em 0 0}ul.key{margin:.2em 0;padding-left:1.2em}\n"
	".src{color:#444;font-size:.9em}\n"
	"ol.explain li{margin-bottom:.3em}\n"
	"@media print{body{max-width:none;margin:0;font-size:10pt}"
	".wide,.chart{overflow:visible}.chart svg{min-width:0;max-width:100%}"
	"table{font-size:7.5pt}th,td{padding:.1em .2em}td{overflow-wrap:anywhere}"
	"section{break-inside:avoid-page}a{color:#000;text-decoration:none}"
	"h2{break-after:avoid}}\n"
	"@page{margin:12mm}\n";

void tp_html_head(tp_sbuf *b, const char *title)
{
	tp_sb_add(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
		     "<meta charset=\"utf-8\"/>\n"
		     "<meta name=\"viewport\" content=\"width=device-width, "
		     "initial-scale=1\"/>\n<title>");
	tp_sb_html(b, title);
	tp_sb_add(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

void tp_html_notice(tp_sbuf *b)
{
	tp_sb_add(b, "<p class=\"notice\" role=\"note\"><strong>");
	tp_sb_html(b, tp_result_notice);
	tp_sb_add(b, "</strong> Every rule shown cites its source.</p>\n");
}


static void day_html(tp_sbuf *b, const tp_typed *m, const char *day)
{
	char d[24];
	tp_view_day_text(m, day, d, sizeof(d));
	tp_sb_html(b, d);
}

/* ---- the SVG timeline --------------------------------------------------- */

#define SVG_W 960.0
#define PLOT_X0 200.0
#define PLOT_X1 895.0
#define LANE_H 40.0
#define SCORE_H 150.0
/* The darkest severity band: black at this opacity over white is
 * #e8e8e8, on which the chart's palest text (the response threshold's
 * #9a4d00) keeps a contrast of 4.99:1, over WCAG's 4.5:1 for text
 * (tests/html/check.py measures every page). */
#define BAND_DARKEST 0.09
#define BAND_LIGHTEST 0.035 /* the lowest band: #f6f6f6 */
#define DATE_ROW_H 18.0 /* the row of calendar dates under the weeks */
#define DATE_Y 40.0	   /* its baseline */
/* Two scores of a scale further apart than this are not joined by a line:
 * a line implies the course between them, and more than 12 weeks without
 * a rating is longer than an adequate trial (4-8 weeks), so the line would
 * draw a whole unobserved trial.  Presentational, not clinical: it changes
 * no answer (docs/reports.md). */
#define SCORE_GAP_DAYS 84

typedef tp_view_span geo;

static double xof(const geo *g, int32_t day)
{
	if (day < g->d0)
		day = g->d0;
	if (day > g->d1)
		day = g->d1;
	return PLOT_X0 +
	       (PLOT_X1 - PLOT_X0) * (double)(day - g->d0) / (double)(g->d1 - g->d0);
}


static void svg_text(tp_sbuf *b, double x, double y, const char *attrs,
		     const char *text)
{
	tp_sb_add(b, "<text x=\"%.1f\" y=\"%.1f\"%s%s>", x, y, attrs ? " " : "",
		  attrs ? attrs : "");
	tp_sb_html(b, text);
	tp_sb_add(b, "</text>\n");
}

/* Where the line starting at p ends when lines hold at most width
 * characters (UTF-8 code points, what a reader counts): the end of p
 * when the rest fits, else the last space with at most width characters
 * before it, else NULL (the first word alone is too long). */
static const char *line_end(const char *p, size_t width)
{
	const char *end = p + strlen(p), *cut = NULL, *q;
	if (tp_view_cols_n(p, (size_t)(end - p)) <= width)
		return end;
	for (q = p; q < end; q++) {
		if (*q != ' ')
			continue;
		if (tp_view_cols_n(p, (size_t)(q - p)) > width)
			break;
		cut = q;
	}
	return cut;
}

/* p advanced by at most n characters. */
static const char *utf8_skip(const char *p, size_t n)
{
	while (*p && n > 0) {
		p++;
		while (((unsigned char)*p & 0xC0) == 0x80)
			p++;
		n--;
	}
	return p;
}

/* Text in up to three lines of at most width characters (cut at spaces,
 * a word longer than a line cut on a character, "..." when the rest does
 * not fit), so that a long scale title stays left of the plot. */
static void svg_text_wrapped(tp_sbuf *b, double x, double y, const char *attrs,
			     const char *text, size_t width)
{
	const char *p = text;
	int line;
	tp_sb_add(b, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, attrs);
	for (line = 0; *p && line < 3; line++) {
		const char *e = line_end(p, width);
		if (!e)
			e = utf8_skip(p, width);
		tp_sb_add(b, "<tspan x=\"%.1f\" dy=\"%s\">", x,
			  line ? "1.2em" : "0");
		tp_sb_html_n(b, p, (size_t)(e - p));
		if (line == 2 && *e)
			tp_sb_add(b, "\xe2\x80\xa6");
		tp_sb_add(b, "</tspan>");
		p = e;
		while (*p == ' ')
			p++;
	}
	tp_sb_add(b, "</text>\n");
}

static void lane(tp_sbuf *b, const geo *g, const tp_typed *m,
		 const tpath_trd_verdict *own, size_t i, double y)
{
	const tp_trial_rec *t = &m->trials[i];
	const tp_dose_rec *doses = t->doses;
	size_t ndoses = t->is_drug ? t->ndoses : 0;
	bool adds = t->adds_to >= 0;
	bool counted = tp_view_counted(own, i);
	bool ongoing = !t->pub.stop;
	/* counted while it still runs: provisional */
	bool so_far = tp_view_counted_so_far(own, i);
	bool drug = t->is_drug;
	int32_t start, end;
	double maxmg = tp_view_or0(t->pub.max_mg_per_day);
	double xs, xe, mid = y + LANE_H / 2;
	char line[512], sub[256];
	size_t k;

	if (!tp_view_day(m, t->pub.start, &start))
		return;
	if (ongoing || !tp_view_day(m, t->pub.stop, &end))
		end = g->d1;
	xs = xof(g, start);
	xe = xof(g, end);
	if (xe < xs + 2)
		xe = xs + 2;
	snprintf(sub, sizeof(sub), "%s, %s, %.1f weeks, %s%s%s",
		 tp_view_s(t->pub.klass), tp_view_s(t->pub.role),
		 tp_view_or0(t->pub.weeks), tp_view_s(t->pub.outcome),
		 ongoing ? ", ongoing" : "",
		 counted ? so_far ? ", failure counted toward TRD so far "
				    "(provisional: the course still runs)"
			  : ", failure counted toward TRD"
			 : "");
	tp_sb_add(b, "<g class=\"lane\" id=\"lane-%zu\" data-trial=\"%zu\">\n",
		  i, i);
	if (adds)
		snprintf(line, sizeof(line),
			 "Trial %zu: %s, added to trial %ld (%s)", i + 1,
			 tp_view_treatment(t), t->adds_to + 1, sub);
	else
		snprintf(line, sizeof(line), "Trial %zu: %s (%s)", i + 1,
			 tp_view_treatment(t), sub);
	tp_sb_add(b, "<title>");
	tp_sb_html(b, line);
	tp_sb_add(b, "</title>\n");
	/* label */
	snprintf(line, sizeof(line), "%s%s", adds ? "+ " : "",
		 tp_view_treatment(t));
	svg_text(b, adds ? 22 : 8, mid - 2,
		 tp_view_cols(line) > 22
			 ? "class=\"label\" font-weight=\"bold\" font-size=\"10\""
			 : "class=\"label\" font-weight=\"bold\"",
		 line);
	snprintf(line, sizeof(line), "%s \xc2\xb7 %s",
		 tp_view_s(t->pub.klass), tp_view_s(t->pub.outcome));
	svg_text(b, adds ? 22 : 8, mid + 12,
		 "class=\"sub\" font-size=\"11\" fill=\"#444\"", line);
	if (!drug || ndoses == 0) {
		tp_sb_add(b,
			  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
			  "height=\"16\" fill=\"url(#p-iv)\" stroke=\"#555\"/>\n",
			  xs, mid - 8, xe - xs);
	}
	for (k = 0; drug && k < ndoses; k++) {
		const tp_dose_rec *d = &doses[k];
		double mg = tp_view_or0(d->mg);
		int32_t ds, de;
		double x0, x1, h;
		bool ther = d->at_dose == 1, judged = d->at_dose >= 0;
		if (!tp_view_day(m, d->date, &ds))
			continue;
		if (ds < start)
			ds = start;
		de = end;
		if (k + 1 < ndoses && tp_view_day(m, doses[k + 1].date, &de) &&
		    de > end)
			de = end;
		if (de < ds)
			continue;
		x0 = xof(g, ds);
		x1 = xof(g, de);
		if (x1 < x0 + 1)
			x1 = x0 + 1;
		h = maxmg > 0 ? 6 + 18 * mg / maxmg : 12;
		tp_sb_add(b,
			  "<rect class=\"dose\" x=\"%.1f\" y=\"%.1f\" "
			  "width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
			  "stroke=\"#1c3d6e\" stroke-width=\"0.6\"><title>%g "
			  "mg/day from ",
			  x0, mid + 12 - h, x1 - x0, h,
			  !judged ? "url(#p-nj)"
			  : ther  ? "#3a6fb0"
				  : "url(#p-sub)",
			  mg);
		day_html(b, m, d->date);
		tp_sb_add(b, ": %s</title></rect>\n",
			  !judged ? "dose not judged"
			  : ther  ? "at or above the minimum therapeutic dose"
				  : "below the minimum therapeutic dose");
		if (x1 - x0 >= 28) {
			snprintf(line, sizeof(line), "%g", mg);
			svg_text(b, x0 + 3, mid + 10 - h,
				 "font-size=\"10\" fill=\"#1c3d6e\"", line);
		}
	}
	if (counted) {
		tp_sb_add(b,
			  "<g class=\"failure\"><title>Failure counted toward "
			  "TRD (");
		tp_sb_html(b, tp_view_trd_id(m));
		tp_sb_add(b,
			  ")%s</title><path d=\"M%.1f %.1f l10 10 m0 -10 l-10 "
			  "10\" stroke=\"#b00020\" stroke-width=\"3\"/>"
			  "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" "
			  "fill=\"#b00020\">failed</text>",
			  so_far ? ", provisionally: the course still runs" : "",
			  xe - 5, mid - 19, xe + 7, mid - 10);
		/* right of the ongoing triangle */
		if (so_far)
			tp_sb_add(b,
				  "<text x=\"%.1f\" y=\"%.1f\" "
				  "font-size=\"10\" fill=\"#b00020\">so far"
				  "</text>",
				  xe + 12, mid + 4);
		tp_sb_add(b, "</g>\n");
	}
	if (ongoing) {
		tp_sb_add(b,
			  "<path d=\"M%.1f %.1f l8 6 l-8 6 z\" fill=\"#333\">"
			  "<title>ongoing</title></path>\n",
			  xe + 1, mid - 6);
	}
	tp_sb_add(b, "</g>\n");
}

/* The severity band a score falls in, or NULL below the first. */
static const tp_band_rec *band_of(const tp_scale_rec *sc, long score)
{
	const tp_band_rec *in = NULL;
	size_t k;
	for (k = 0; k < sc->nbands; k++)
		if (score >= sc->bands[k].from)
			in = &sc->bands[k];
	return in;
}

/* A band's name right of the plot, between y0 and y1, in lines of at
 * most BAND_COLS characters broken at spaces; left out when the band is
 * too low for its lines (the band's title and the key still name it).
 * Characters are UTF-8 code points, so an accented name is measured by
 * what a reader sees, not by its bytes. */
#define BAND_COLS 11

static void band_label(tp_sbuf *b, const char *label, double y0, double y1)
{
	const char *p = label, *cuts[3], *ends[3];
	size_t nl = 0, k;
	double y;
	while (*p && nl < 3) {
		const char *cut = line_end(p, BAND_COLS);
		if (!cut)
			return; /* a word longer than a line */
		cuts[nl] = p;
		ends[nl++] = cut;
		p = *cut == ' ' ? cut + 1 : cut;
	}
	if (*p || nl == 0 || (y1 - y0) < 11.0 * (double)nl)
		return;
	y = (y0 + y1) / 2 + 3 - 5.5 * (double)(nl - 1);
	tp_sb_add(b, "<text class=\"band-label\" x=\"%.1f\" y=\"%.1f\" "
		     "font-size=\"9\" fill=\"#555\">",
		  PLOT_X1 + 6, y);
	for (k = 0; k < nl; k++) {
		tp_sb_add(b, "<tspan x=\"%.1f\" dy=\"%s\">", PLOT_X1 + 6,
			  k ? "11" : "0");
		tp_sb_html_n(b, cuts[k], (size_t)(ends[k] - cuts[k]));
		tp_sb_add(b, "</tspan>");
	}
	tp_sb_add(b, "</text>\n");
}

/* The scale's severity bands (vocabulary.yaml), shaded darker as they
 * rise, each from its lower score to the next band's: a tick with the
 * number at each lower edge, the band's name right of the plot, and a
 * title naming the scores and the source. */
static void severity_bands(tp_sbuf *b, const tp_scale_rec *sc, double top,
			   double h, double ymax)
{
	char line[24];
	double last_y = top + h + 11; /* the last number written, its y */
	size_t k;
#define BAND_Y(s) (top + h * (1.0 - (s) / ymax))
	if (!sc->nbands)
		return;
	tp_sb_add(b, "<g class=\"severity\">\n");
	for (k = 0; k < sc->nbands; k++) {
		const tp_band_rec *bd = &sc->bands[k];
		long upto = k + 1 < sc->nbands ? sc->bands[k + 1].from - 1
					       : sc->max;
		/* edges half a point below each band's first score, so that
		 * a score on a cut-off sits inside its band, not on a line */
		double lo = bd->from > sc->min ? (double)bd->from - 0.5
					       : (double)bd->from,
		       hi = k + 1 < sc->nbands
				    ? (double)sc->bands[k + 1].from - 0.5
				    : ymax,
		       shade = sc->nbands > 1
				       ? BAND_LIGHTEST +
						 (BAND_DARKEST - BAND_LIGHTEST) *
							 (double)k /
							 (double)(sc->nbands - 1)
				       : BAND_DARKEST,
		       tick = BAND_Y((double)bd->from);
		if (lo >= ymax)
			break;
		if (hi > ymax)
			hi = ymax;
		tp_sb_add(b,
			  "<rect class=\"band\" x=\"%.1f\" y=\"%.1f\" "
			  "width=\"%.1f\" height=\"%.1f\" fill=\"#000\" "
			  "fill-opacity=\"%.3f\"><title>",
			  PLOT_X0, BAND_Y(hi), PLOT_X1 - PLOT_X0,
			  BAND_Y(lo) - BAND_Y(hi), shade);
		/* in pieces: a citation has no length limit */
		tp_sb_html(b, tp_view_s(sc->id));
		tp_sb_add(b, " %ld-%ld: ", bd->from, upto);
		tp_sb_html(b, tp_view_s(bd->label));
		tp_sb_add(b, " (the severity of one score), ");
		tp_sb_html(b, tp_view_s(sc->bands_source));
		tp_sb_add(b, "</title></rect>\n");
		if (lo > 0)
			tp_sb_add(b,
				  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
				  "y2=\"%.1f\" stroke=\"#ddd\"/>\n",
				  PLOT_X0, BAND_Y(lo), PLOT_X1, BAND_Y(lo));
		/* the band's first score on the axis, unless it would touch
		 * the axis's own 0 and top labels or the number below it */
		if (bd->from > 0 && tick - top >= 11 && top + h - tick >= 11 &&
		    last_y - tick >= 11) {
			tp_sb_add(b,
				  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
				  "y2=\"%.1f\" stroke=\"#888\"/>\n",
				  PLOT_X0 - 4, tick, PLOT_X0, tick);
			snprintf(line, sizeof(line), "%ld", bd->from);
			svg_text(b, PLOT_X0 - 6, tick + 4,
				 "font-size=\"10\" text-anchor=\"end\"", line);
			last_y = tick;
		}
		band_label(b, tp_view_s(bd->label), BAND_Y(hi), BAND_Y(lo));
	}
	tp_sb_add(b, "</g>\n");
#undef BAND_Y
}

/* One run of a scale's scores as a line: measures first..last (those of
 * other scales skipped), written only when the run holds two or more
 * points (one point is no line). */
static void score_run(tp_sbuf *b, const geo *g, const tp_typed *m,
		      const char *id, size_t first, size_t last, size_t n,
		      double top, double h, double ymax)
{
	size_t k;
	bool lead = true;
	if (n < 2)
		return;
	tp_sb_add(b, "<polyline fill=\"none\" stroke=\"#222\" "
		     "stroke-width=\"1.5\" points=\"");
	for (k = first; k <= last; k++) {
		const tp_measure_rec *ms = &m->measures[k];
		int32_t d;
		if (strcmp(tp_view_s(ms->scale), id) ||
		    !tp_view_day(m, ms->date, &d))
			continue;
		tp_sb_add(b, "%s%.1f,%.1f", lead ? "" : " ", xof(g, d),
			  top + h * (1.0 - (double)ms->score / ymax));
		lead = false;
	}
	tp_sb_add(b, "\"/>\n");
}

static void score_panel(tp_sbuf *b, const geo *g, const tp_typed *m,
			const tp_scale_rec *sc, double y)
{
	long rem = sc->remission_at_most;
	const char *id = tp_view_s(sc->id);
	double top = y + 12, h = SCORE_H - 30, ymax = 0;
	int32_t last = 0;
	size_t run_first = 0, run_last = 0, run_n = 0;
	char line[256];
	size_t k;

	/* the y axis: up to the highest score or threshold, rounded up to
	 * a multiple of 5, within the scale's range */
	for (k = 0; k < m->nmeasures; k++) {
		const tp_measure_rec *ms = &m->measures[k];
		if (!strcmp(tp_view_s(ms->scale), id) &&
		    (double)ms->score > ymax)
			ymax = (double)ms->score;
	}
	if (rem >= 0 && (double)rem > ymax)
		ymax = (double)rem;
	ymax = ceil((ymax + 1) / 5.0) * 5.0;
	/* a scale with severity bands is drawn over its whole range, so
	 * that every band shows and two patients' charts compare by eye */
	if (sc->nbands || ymax > (double)sc->max)
		ymax = (double)sc->max;
	if (ymax <= 0)
		ymax = 1;
#define YOF(s) (top + h * (1.0 - (s) / ymax))
	tp_sb_add(b, "<g class=\"scores\" data-scale=\"");
	tp_sb_html(b, id);
	tp_sb_add(b, "\">\n<title>");
	snprintf(line, sizeof(line), "%s scores over time",
		 tp_view_s(sc->title));
	tp_sb_html(b, line);
	tp_sb_add(b, "</title>\n");
	svg_text(b, 8, top + 12, "font-weight=\"bold\"", id);
	/* narrow enough to stay clear of the numbers along the axis */
	svg_text_wrapped(b, 8, top + 28, "font-size=\"11\" fill=\"#444\"",
			 tp_view_s(sc->title), 26);
	severity_bands(b, sc, top, h, ymax);
	if (!sc->nbands) {
		/* no bands to mark the axis: a number every 5 (10, 20, ...
		 * on a long scale, so that they stay apart), clear of the top
		 * one */
		double step = ymax <= 30 ? 5 : 10, v;
		while (h * step / ymax < 11) /* numbers 11 units apart */
			step *= 2;
		for (v = step; v < ymax && YOF(v) - top >= 11; v += step) {
			tp_sb_add(b,
				  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
				  "y2=\"%.1f\" stroke=\"#888\"/>\n",
				  PLOT_X0 - 4, YOF(v), PLOT_X0, YOF(v));
			snprintf(line, sizeof(line), "%g", v);
			svg_text(b, PLOT_X0 - 6, YOF(v) + 4,
				 "font-size=\"10\" text-anchor=\"end\"", line);
		}
	}
	tp_sb_add(b,
		  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
		  "stroke=\"#888\"/>\n<line x1=\"%.1f\" y1=\"%.1f\" "
		  "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>\n",
		  PLOT_X0, top, PLOT_X0, top + h, PLOT_X0, top + h, PLOT_X1,
		  top + h);
	snprintf(line, sizeof(line), "%g", ymax);
	svg_text(b, PLOT_X0 - 6, top + 4,
		 "font-size=\"10\" text-anchor=\"end\"", line);
	svg_text(b, PLOT_X0 - 6, top + h + 4,
		 "font-size=\"10\" text-anchor=\"end\"", "0");
	if (rem >= 0) {
		double ry = YOF((double)rem);
		tp_sb_add(b,
			  "<line class=\"remission\" x1=\"%.1f\" y1=\"%.1f\" "
			  "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#186b33\" "
			  "stroke-dasharray=\"6 3\"/>\n",
			  PLOT_X0, ry, PLOT_X1, ry);
		snprintf(line, sizeof(line), "remission \xe2\x89\xa4 %ld%s",
			 rem, sc->provisional ? " (provisional)" : "");
		/* left of where a score on the day evaluated writes its
		 * value */
		svg_text(b, PLOT_X1 - 24, ry - 3,
			 "font-size=\"10\" text-anchor=\"end\" "
			 "fill=\"#186b33\"",
			 line);
	}
	/* each trial's response threshold over its span */
	for (k = 0; k < m->ntrials; k++) {
		const tp_trial_rec *t = &m->trials[k];
		double ra = t->response_at_most;
		int32_t s, e, j;
		double x0, x1, ry;
		if (isnan(ra) || strcmp(tp_view_s(t->pub.scale), id) ||
		    t->adds_to >= 0 || !tp_view_day(m, t->pub.start, &s))
			continue;
		if (!t->pub.stop || !tp_view_day(m, t->pub.stop, &e))
			e = g->d1;
		/* up to the day the trial is judged to: a course added to it
		 * ends its judgement window, and later scores are not
		 * measured against this threshold */
		if (t->judged_until && tp_view_day(m, t->judged_until, &j) &&
		    j < e)
			e = j;
		x0 = xof(g, s);
		x1 = xof(g, e);
		ry = YOF(ra);
		tp_sb_add(b,
			  "<line class=\"response\" x1=\"%.1f\" y1=\"%.1f\" "
			  "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9a4d00\" "
			  "stroke-dasharray=\"2 3\"><title>response for trial "
			  "%zu: a score of %g or less</title></line>\n",
			  x0, ry, x1, ry, k + 1, ra);
		if (x1 - x0 > 110) {
			snprintf(line, sizeof(line),
				 "response \xe2\x89\xa4 %g", ra);
			svg_text(b, x0 + 3, ry + 11,
				 "font-size=\"10\" fill=\"#9a4d00\"", line);
		}
	}
	/* the scores joined by a line, broken where two are more than
	 * SCORE_GAP_DAYS apart */
	for (k = 0; k < m->nmeasures; k++) {
		const tp_measure_rec *ms = &m->measures[k];
		int32_t d;
		if (strcmp(tp_view_s(ms->scale), id) ||
		    !tp_view_day(m, ms->date, &d))
			continue;
		if (run_n && d - last > SCORE_GAP_DAYS) {
			score_run(b, g, m, id, run_first, run_last, run_n, top,
				  h, ymax);
			run_n = 0;
		}
		if (run_n++ == 0)
			run_first = k;
		run_last = k;
		last = d;
	}
	score_run(b, g, m, id, run_first, run_last, run_n, top, h, ymax);
	for (k = 0; k < m->nmeasures; k++) {
		const tp_measure_rec *ms = &m->measures[k];
		double sv = (double)ms->score;
		int32_t d;
		bool below; /* at or below the cut-off: a mark, not an outcome */
		const tp_band_rec *bd;
		if (strcmp(tp_view_s(ms->scale), id) ||
		    !tp_view_day(m, ms->date, &d))
			continue;
		below = rem >= 0 && sv <= (double)rem;
		tp_sb_add(b,
			  "<circle class=\"score\" cx=\"%.1f\" cy=\"%.1f\" "
			  "r=\"3.5\" fill=\"%s\" stroke=\"#222\"><title>",
			  xof(g, d), YOF(sv), below ? "#186b33" : "#fff");
		day_html(b, m, ms->date);
		tp_sb_add(b, ": ");
		tp_sb_html(b, id);
		tp_sb_add(b, " %g", sv);
		if ((bd = band_of(sc, ms->score))) {
			tp_sb_add(b, ", score band ");
			tp_sb_html(b, tp_view_s(bd->label));
		}
		tp_sb_add(b, "%s</title></circle>\n",
			  below ? " (at or below the remission cut-off)" : "");
		snprintf(line, sizeof(line), "%g", sv);
		/* a score on the day evaluated: its value left of the as-of
		 * line, not struck through by it */
		if (xof(g, d) > PLOT_X1 - 12)
			svg_text(b, xof(g, d) - 5, YOF(sv) - 6,
				 "font-size=\"10\" text-anchor=\"end\"", line);
		else
			svg_text(b, xof(g, d), YOF(sv) - 6,
				 "font-size=\"10\" text-anchor=\"middle\"",
				 line);
	}
	tp_sb_add(b, "</g>\n");
#undef YOF
}

/* The summary a screen reader gets for the whole figure. */
static void timeline_desc(tp_sbuf *b, const tp_typed *m,
			  const tpath_trd_verdict *own)
{
	size_t i;
	char line[512], s[24], e[24];
	snprintf(line, sizeof(line), "%zu course%s. ", m->ntrials,
		 m->ntrials == 1 ? "" : "s");
	tp_sb_html(b, line);
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *t = &m->trials[i];
		tp_view_day_text(m, t->pub.start, s, sizeof(s));
		if (!t->pub.stop)
			snprintf(e, sizeof(e), "ongoing");
		else
			tp_view_day_text(m, t->pub.stop, e, sizeof(e));
		snprintf(line, sizeof(line),
			 "Trial %zu, %s: %s to %s, %.1f weeks, %s%s. ", i + 1,
			 tp_view_treatment(t), s, e,
			 tp_view_or0(t->pub.weeks), tp_view_s(t->pub.outcome),
			 tp_view_counted(own, i)
				 ? ", a failure counted toward TRD"
				 : "");
		tp_sb_html(b, line);
	}
}

void tp_html_timeline(tp_sbuf *b, const tpath_result *res)
{
	const tp_typed *m = &res->model;
	const tpath_position *pos = &m->position;
	const tpath_trd_verdict *own = m->own_trd;
	size_t n = m->ntrials, nl, i, *order;
	double lanes_top = 46, lanes_bottom, height, y;
	double label_y = 0, last_x = -100, tip_y;
	int step, w, np;
	geo g;
	char line[256];

	if (!tp_view_span_of(m, &g))
		return;
	order = calloc(n ? n : 1, sizeof(*order));
	if (!order) {
		b->oom = true;
		return;
	}
	nl = tp_view_lane_order(m, order);
	/* a history of calendar dates gets a row of them under the weeks */
	if (!m->relative_days)
		lanes_top += DATE_ROW_H;
	lanes_bottom = lanes_top + LANE_H * (double)(nl ? nl : 1);
	/* decision points: a marker under the axis labels */
	tip_y = lanes_top - (m->relative_days ? 16 : 14); /* dates: under them */
	height = lanes_bottom + 16 + SCORE_H * (double)m->nscales + 30;
	tp_sb_add(b,
		  "<figure>\n<div class=\"chart\" role=\"region\" "
		  "tabindex=\"0\" aria-label=\"Timeline chart\">\n"
		  "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		  "role=\"img\" aria-labelledby=\"tl-title tl-desc\" "
		  "viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" "
		  "font-family=\"system-ui, 'DejaVu Sans', sans-serif\" "
		  "font-size=\"12\">\n",
		  SVG_W, height);
	tp_sb_add(b, "<title id=\"tl-title\">Treatment timeline of history ");
	tp_sb_html(b, tp_view_s(m->history));
	tp_sb_add(b, "</title>\n<desc id=\"tl-desc\">");
	timeline_desc(b, m, own);
	tp_sb_add(
		b,
		"</desc>\n<defs>\n"
		"<pattern id=\"p-sub\" width=\"6\" height=\"6\" "
		"patternUnits=\"userSpaceOnUse\" "
		"patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" "
		"fill=\"#dbe7f5\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
		"stroke=\"#3a6fb0\" stroke-width=\"2\"/></pattern>\n"
		"<pattern id=\"p-nj\" width=\"6\" height=\"6\" "
		"patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" "
		"fill=\"#eee\"/><circle cx=\"3\" cy=\"3\" r=\"1\" "
		"fill=\"#555\"/></pattern>\n"
		"<pattern id=\"p-iv\" width=\"8\" height=\"8\" "
		"patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" "
		"fill=\"#e6dcf0\"/><path d=\"M0 4h8\" stroke=\"#6a4c93\" "
		"stroke-width=\"2\"/></pattern>\n</defs>\n"
		"<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>\n");
	/* the week axis */
	step = tp_view_tick_step((g.d1 - g.d0) / 7.0, 8);
	tp_sb_add(b, "<g class=\"axis\">\n");
	svg_text(b, 8, 20, "font-size=\"11\" fill=\"#444\"",
		 "weeks since the episode started");
	if (!m->relative_days)
		svg_text(b, 8, DATE_Y, "font-size=\"11\" fill=\"#444\"",
			 "date");
	for (w = -((g.origin - g.d0) / 7 / step) * step;
	     g.origin + w * 7 <= g.d1; w += step) {
		double x;
		if (g.origin + w * 7 < g.d0)
			continue;
		x = xof(&g, g.origin + w * 7);
		tp_sb_add(b,
			  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			  "y2=\"%.1f\" stroke=\"#ddd\"/>\n",
			  x, lanes_top - 16, x, lanes_bottom);
		snprintf(line, sizeof(line), "%d", w);
		svg_text(b, x, 26, "font-size=\"10\" text-anchor=\"middle\"",
			 line);
		if (!m->relative_days) {
			tp_date_format(g.origin + w * 7, line, sizeof(line));
			svg_text(b, x, DATE_Y,
				 "class=\"date\" font-size=\"10\" "
				 "text-anchor=\"middle\" fill=\"#444\"",
				 line);
		}
	}
	tp_sb_add(b, "</g>\n");
	for (i = 0; i < nl; i++)
		lane(b, &g, m, own, order[i], lanes_top + LANE_H * (double)i);
	if (nl == 0)
		svg_text(b, PLOT_X0, lanes_top + 24, "fill=\"#444\"",
			 "no treatment recorded");
	/* decision points of the current trial, numbered (the key names
	 * them), and the current position */
	for (i = 0, np = 0; i < m->npoints; i++) {
		const tp_point_rec *p = &m->points[i];
		int32_t d;
		double x;
		if (!tp_view_day(m, p->date, &d) || d > g.d1)
			continue;
		x = xof(&g, d);
		np++;
		/* a second label on (nearly) the same spot goes under the
		 * first */
		label_y = np > 1 && x - last_x < 16 ? label_y + 11
						     : lanes_bottom + 11;
		last_x = x;
		tp_sb_add(b,
			  "<g class=\"decision-point\"><title>Decision point ");
		tp_sb_html(b, tp_view_s(p->id));
		tp_sb_add(b, ": ");
		tp_sb_html(b, tp_view_s(p->label));
		tp_sb_add(b,
			  "</title><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			  "y2=\"%.1f\" stroke=\"#6a4c93\" "
			  "stroke-dasharray=\"1 3\" stroke-width=\"1.5\"/>"
			  "<path d=\"M%.1f %.1f l-4 -6 h8 z\" "
			  "fill=\"#6a4c93\"/>",
			  x, tip_y + 4, x, lanes_bottom, x, tip_y);
		snprintf(line, sizeof(line), "D%d", np);
		svg_text(b, x + 3, label_y,
			 "class=\"dp-label\" font-size=\"10\" "
			 "font-weight=\"bold\" fill=\"#6a4c93\"",
			 line);
		tp_sb_add(b, "</g>\n");
	}
	{
		double x = xof(&g, g.d1);
		char asof[24];
		tp_view_day_text(m, m->as_of, asof, sizeof(asof));
		tp_sb_add(b,
			  "<g class=\"now\"><title>Where the history sits: "
			  "as of ");
		tp_sb_html(b, asof);
		tp_sb_add(b, ", step ");
		tp_sb_html(b, pos->step ? pos->step : "none");
		tp_sb_add(b, ", status ");
		tp_sb_html(b, tp_view_s(pos->status));
		tp_sb_add(b,
			  "</title><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			  "y2=\"%.1f\" stroke=\"#000\" stroke-width=\"2\"/>",
			  x, lanes_top - 16, x, height - 20);
		snprintf(line, sizeof(line), "as of %s", asof);
		svg_text(b, x, height - 6,
			 "font-size=\"11\" text-anchor=\"end\" "
			 "font-weight=\"bold\"",
			 line);
		tp_sb_add(b, "</g>\n");
	}
	y = lanes_bottom + 16;
	for (i = 0; i < m->nscales; i++) {
		score_panel(b, &g, m, &m->scales[i], y);
		y += SCORE_H;
	}
	tp_sb_add(b, "</svg>\n</div>\n");
	tp_sb_add(b,
		  "<figcaption>\n<p class=\"key-title\"><strong>Key</strong>"
		  "</p>\n<ul class=\"key\">\n"
		  "<li><strong>Lanes</strong>: one per course, labelled with "
		  "the treatment, its class and outcome; a course added to "
		  "another is drawn under it, marked +.</li>\n"
		  "<li><strong>Solid blue bar</strong>: a dose at or above the "
		  "minimum therapeutic dose, its height following the dose "
		  "(mg/day written on it); <strong>hatched</strong>: below it; "
		  "<strong>dotted grey</strong>: dose not judged.</li>\n"
		  "<li><strong>Purple stripes</strong>: an intervention.</li>\n"
		  "<li><strong>Red cross and <em>failed</em></strong>: a "
		  "failure counted toward treatment-resistant depression (");
	tp_sb_html(b, tp_view_trd_id(m));
	tp_sb_add(b,
		  "); <em>failed so far</em>: counted while the course still "
		  "runs, so provisional.</li>\n"
		  "<li><strong>Black triangle</strong>: a course still "
		  "taken.</li>\n"
		  "<li><strong>Scores</strong>: drawn on their scale and "
		  "joined by a line, broken where two are more than %d weeks "
		  "apart; a <strong>filled point</strong> is at or below the "
		  "remission cut-off (a single score, not the trial's "
		  "outcome).</li>\n"
		  "<li><strong>Black line</strong>: the day of "
		  "evaluation.</li>\n",
		  SCORE_GAP_DAYS / 7);
	if (m->nscales) /* one value, the timeline rules', on every scale */
		tp_sb_add(b,
			  "<li><strong>Orange dots</strong>: each trial's "
			  "response threshold, a fall of %g%% from the trial's "
			  "baseline score, over the days the trial is judged on "
			  "(to the day a course is added to it).</li>\n",
			  m->scales[0].response_pct);
	for (i = 0; i < m->nscales; i++) {
		const tp_scale_rec *sc = &m->scales[i];
		if (sc->remission_at_most < 0)
			continue;
		tp_sb_add(b, "<li><strong>Green dashes</strong> (");
		tp_sb_html(b, tp_view_s(sc->id));
		tp_sb_add(b, "): the remission cut-off, a score of %ld or less",
			  sc->remission_at_most);
		if (sc->remission_source) {
			tp_sb_add(b, "; source: ");
			tp_sb_html(b, sc->remission_source);
		}
		tp_sb_add(b, "%s.</li>\n",
			  sc->provisional ? " (provisional)" : "");
	}
	for (i = 0; i < m->nscales; i++) {
		const tp_scale_rec *sc = &m->scales[i];
		size_t k;
		if (!sc->nbands)
			continue;
		tp_sb_add(b, "<li><strong>Grey bands</strong> (");
		tp_sb_html(b, tp_view_s(sc->id));
		tp_sb_add(b, "), darker as severity rises: ");
		for (k = 0; k < sc->nbands; k++) {
			long upto = k + 1 < sc->nbands
					    ? sc->bands[k + 1].from - 1
					    : sc->max;
			snprintf(line, sizeof(line), "%s%ld-%ld ", k ? ", " : "",
				 sc->bands[k].from, upto);
			tp_sb_html(b, line);
			tp_sb_html(b, tp_view_s(sc->bands[k].label));
		}
		tp_sb_add(b, "; source: ");
		tp_sb_html(b, tp_view_s(sc->bands_source));
		tp_sb_add(b, ". A band is the severity of one score, for "
			     "orientation: no rule reads the bands (a rule may "
			     "read a score itself, or the episode's recorded "
			     "severity, or a trial's response and "
			     "remission).</li>\n");
	}
	for (i = 0; i < m->nscales; i++)
		if (!m->scales[i].nbands) {
			tp_sb_add(b, "<li><strong>");
			tp_sb_html(b, tp_view_s(m->scales[i].id));
			tp_sb_add(b, "</strong>: no severity bands (tpath's "
				     "vocabulary gives this scale none).</li>\n");
		}
	if (!m->relative_days)
		tp_sb_add(b, "<li><strong>Top axis</strong>: weeks since the "
			     "episode started, with the calendar date of each "
			     "week marked.</li>\n");
	np = 0;
	for (i = 0; i < m->npoints; i++) {
		const tp_point_rec *p = &m->points[i];
		int32_t d;
		char day[24];
		if (!tp_view_day(m, p->date, &d) || d > g.d1)
			continue;
		if (np++ == 0)
			tp_sb_add(b, "<li><strong>Purple dotted lines</strong>: "
				     "the guideline's decision points for the "
				     "current trial:\n<ul>\n");
		tp_view_day_text(m, p->date, day, sizeof(day));
		tp_sb_add(b, "<li><strong>D%d</strong> (", np);
		tp_sb_html(b, day);
		tp_sb_add(b, ") <code>");
		tp_sb_html(b, tp_view_s(p->id));
		tp_sb_add(b, "</code>: ");
		tp_sb_html(b, tp_view_s(p->label));
		tp_sb_add(b, "</li>\n");
	}
	if (np)
		tp_sb_add(b, "</ul>\n</li>\n");
	tp_sb_add(b, "</ul>\n</figcaption>\n</figure>\n");
	free(order);
}

/* ---- the tables ------------------------------------------------------- */

static void cell(tp_sbuf *b, const char *text)
{
	tp_sb_add(b, "<td>");
	tp_sb_html(b, text);
	tp_sb_add(b, "</td>");
}

static void num_cell(tp_sbuf *b, double v)
{
	char n[32];
	tp_view_real_text(v, n, sizeof(n));
	tp_sb_add(b, "<td class=\"num\">%s</td>", n);
}

static void warnings_html(tp_sbuf *b, const tp_typed *m, bool critical)
{
	size_t i;
	bool any = false;
	for (i = 0; i < m->nwarnings; i++) {
		const tpath_warning *x = &m->warnings[i];
		if (!strcmp(x->severity, "critical") != critical)
			continue;
		if (!any)
			tp_sb_add(b,
				  "<section%s aria-labelledby=\"%s\">\n<h2 "
				  "id=\"%s\">%s</h2>\n<ul>\n",
				  critical ? " class=\"crit\"" : "",
				  critical ? "h-critical" : "h-warnings",
				  critical ? "h-critical" : "h-warnings",
				  critical ? "Critical warnings" : "Warnings");
		any = true;
		tp_sb_add(b, "<li><span class=\"tag\">");
		tp_sb_html(b, x->severity);
		tp_sb_add(b, "</span> <code>");
		tp_sb_html(b, x->code);
		tp_sb_add(b, "</code>: ");
		tp_sb_html(b, x->message);
		if (x->source) {
			tp_sb_add(b, " <span class=\"src\">[");
			tp_sb_html(b, x->source);
			tp_sb_add(b, "]</span>");
		}
		tp_sb_add(b, "</li>\n");
	}
	if (any)
		tp_sb_add(b, "</ul>\n</section>\n");
}

/* What safety found for each option and what it removed (as the text
 * report's indented lines). */
static void option_notes_html(tp_sbuf *b, const tp_rec_rec *r)
{
	size_t ndet = r->pub.noptions, j;
	bool open = false;
	for (j = 0; j < ndet + r->pub.nremoved; j++) {
		bool removed = j >= ndet;
		const tp_option_rec *d = removed ? NULL : &r->details[j];
		const tp_removed_rec *x = removed ? &r->removed[j - ndet] : NULL;
		if (!removed && d->washout_days < 0 && !d->tried && !d->note)
			continue;
		if (!open)
			tp_sb_add(b, "<ul class=\"safety\">");
		open = true;
		tp_sb_add(b, "<li>%s", removed ? "not offered: " : "");
		tp_sb_html(b, tp_view_s(removed ? x->name : d->name));
		tp_sb_add(b, ":");
		if (removed) {
			tp_sb_add(b, " ");
			tp_sb_html(b, tp_view_s(x->reason));
			if (x->source && *x->source) {
				tp_sb_add(b, " <span class=\"src\">[");
				tp_sb_html(b, x->source);
				tp_sb_add(b, "]</span>");
			}
		} else {
			if (!isnan(d->max_mg))
				tp_sb_add(b, " at most %g mg/day for this "
					     "patient;",
					  d->max_mg);
			if (d->washout_days >= 0)
				tp_sb_add(b, " wait %ld days before starting "
					     "it;",
					  d->washout_days);
			if (d->tried && *d->tried) {
				tp_sb_add(b, " tried in this episode: ");
				tp_sb_html(b, d->tried);
				tp_sb_add(b, ";");
			}
			if (d->note && *d->note) {
				tp_sb_add(b, " ");
				tp_sb_html(b, d->note);
			}
		}
		tp_sb_add(b, "</li>");
	}
	if (open)
		tp_sb_add(b, "</ul>");
}

/* The trial the position is in (the first while none is), or NULL. */
static const tp_trial_rec *position_trial(const tp_typed *m)
{
	size_t i = m->position.trial >= 0 ? (size_t)m->position.trial : 0;
	return i < m->ntrials ? &m->trials[i] : NULL;
}

static void position_html(tp_sbuf *b, const tp_typed *m)
{
	const tpath_position *pos = &m->position;
	const tp_trial_rec *tr = position_trial(m);
	size_t i;
	char line[128];

	tp_sb_add(b, "<section aria-labelledby=\"h-position\">\n<h2 "
		     "id=\"h-position\">Where the history sits</h2>\n<p>Step "
		     "<strong>");
	tp_sb_html(b, pos->step ? pos->step : "none");
	tp_sb_add(b, "</strong> (");
	tp_sb_html(b, tp_view_s(pos->label));
	tp_sb_add(b, "); status <strong>");
	tp_sb_html(b, tp_view_s(pos->status));
	tp_sb_add(b, "</strong>.");
	if (!isnan(pos->week) && pos->trial >= 0 && tr) {
		snprintf(line, sizeof(line), " Week %.1f of the current trial (",
			 pos->week);
		tp_sb_html(b, line);
		tp_sb_html(b, tp_view_treatment(tr));
		tp_sb_add(b, ")");
		if (pos->decision_point) {
			tp_sb_add(b, "; %s <strong>",
				  strcmp(tp_view_s(pos->decision_point_state),
					 "now") == 0
					  ? "decision point now"
					  : "next decision point");
			tp_sb_html(b, pos->decision_point);
			tp_sb_add(b, "</strong>");
		} else if (m->npoints) {
			tp_sb_add(b, "; its decision points have passed");
		}
		tp_sb_add(b, ".");
	}
	tp_sb_add(b, "</p>\n</section>\n");

	tp_sb_add(b, "<section aria-labelledby=\"h-consider\">\n<h2 "
		     "id=\"h-consider\">To consider (");
	tp_sb_html(b, tp_view_s(m->guideline_rec.id));
	tp_sb_add(b, ")</h2>\n");
	if (m->nrecs == 0)
		tp_sb_add(b, "<p>Nothing: no rule of the guideline "
			     "applies.</p>\n");
	else
		tp_sb_add(b, "<ol>\n");
	for (i = 0; i < m->nrecs; i++) {
		const tp_rec_rec *r = &m->recs[i];
		tp_sb_add(b, "<li><strong>");
		tp_sb_html(b, tp_view_s(r->pub.action));
		tp_sb_add(b, "</strong>");
		{
			tp_sbuf opts = { 0 };
			tp_view_options_by_line(&opts, r);
			b->oom |= opts.oom;
			if (opts.s)
				tp_sb_html(b, opts.s);
			free(opts.s);
		}
		tp_sb_add(b, "<br/>");
		tp_sb_html(b, tp_view_s(r->pub.rationale));
		tp_sb_add(b, " <span class=\"src\">[");
		tp_sb_html(b, tp_view_s(r->pub.source));
		tp_sb_add(b, "; rule <code>");
		tp_sb_html(b, tp_view_s(r->pub.rule));
		tp_sb_add(b, "</code>, line %ld%s]</span>", r->pub.line,
			  r->pub.status ? "; provisional" : "");
		option_notes_html(b, r);
		tp_sb_add(b, "</li>\n");
	}
	if (m->nrecs)
		tp_sb_add(b, "</ol>\n");
	tp_sb_add(b, "</section>\n");
}

static void trials_html(tp_sbuf *b, const tp_typed *m,
			const tpath_trd_verdict *own)
{
	size_t i, k;
	char line[256];

	tp_sb_add(b, "<section aria-labelledby=\"h-trials\">\n<h2 "
		     "id=\"h-trials\">Trials</h2>\n");
	if (m->ntrials == 0) {
		tp_sb_add(b, "<p>None.</p>\n</section>\n");
		return;
	}
	tp_sb_add(b,
		  "<div class=\"wide\" role=\"region\" tabindex=\"0\" "
		  "aria-labelledby=\"h-trials\">\n"
		  "<table>\n<thead><tr><th scope=\"col\">#</th><th "
		  "scope=\"col\">Treatment</th><th scope=\"col\">Class</th>"
		  "<th scope=\"col\">Role</th><th scope=\"col\">Start</th><th "
		  "scope=\"col\">Stop</th><th scope=\"col\">Weeks</th><th "
		  "scope=\"col\">Weeks at therapeutic dose</th><th "
		  "scope=\"col\">Doses (mg/day)</th><th "
		  "scope=\"col\">Adequate</th><th scope=\"col\">Scores</th><th "
		  "scope=\"col\">Outcome</th><th scope=\"col\">Counted toward "
		  "TRD</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *t = &m->trials[i];
		const tpath_trial *p = &t->pub;
		size_t ndoses = t->is_drug ? t->ndoses : 0;
		const char *outcome = tp_view_s(p->outcome);
		bool counted = tp_view_counted(own, i);
		tp_sb_add(b, "<tr id=\"trial-%zu\"><td class=\"num\">%zu</td>",
			  i, i + 1);
		tp_sb_add(b, "<th scope=\"row\">");
		tp_sb_html(b, tp_view_treatment(t));
		if (t->adds_to >= 0)
			tp_sb_add(b, " <small>(added to trial %ld)</small>",
				  t->adds_to + 1);
		tp_sb_add(b, "</th>");
		cell(b, tp_view_s(p->klass));
		snprintf(line, sizeof(line), "%s%s", tp_view_s(p->role),
			 !p->role_inferred ? " (stated)" : "");
		cell(b, line);
		tp_sb_add(b, "<td>");
		day_html(b, m, p->start);
		tp_sb_add(b, "</td><td>");
		if (!p->stop)
			tp_sb_add(b, "ongoing");
		else
			day_html(b, m, p->stop);
		tp_sb_add(b, "</td>");
		num_cell(b, p->weeks);
		num_cell(b, p->weeks_at_therapeutic_dose);
		tp_sb_add(b, "<td>");
		for (k = 0; k < ndoses; k++) {
			const tp_dose_rec *d = &t->doses[k];
			tp_sb_add(b, "%s%g from ", k ? "; " : "",
				  tp_view_or0(d->mg));
			day_html(b, m, d->date);
		}
		if (k == 0)
			tp_sb_add(b, "-");
		tp_sb_add(b, "</td><td>%s",
			  p->adequate < 0   ? "-"
			  : p->adequate ? "yes"
					: "no");
		if (p->not_adequate_because) {
			tp_sb_add(b, ": ");
			tp_sb_html(b, p->not_adequate_because);
		}
		tp_sb_add(b, "</td><td>");
		if (p->scale) {
			char bl[16], lt[16], pct[16];
			tp_view_long_text(p->baseline, bl, sizeof(bl));
			tp_view_long_text(p->latest, lt, sizeof(lt));
			tp_view_real_text(p->improvement_pct, pct, sizeof(pct));
			snprintf(line, sizeof(line),
				 "%s %s \xe2\x86\x92 %s (%s%%)", p->scale, bl,
				 lt, pct);
			tp_sb_html(b, line);
		} else {
			tp_sb_add(b, "no scores");
		}
		tp_sb_add(b, "</td><td class=\"%s\">",
			  !strcmp(outcome, "remission") ||
					  !strcmp(outcome, "response")
				  ? "good"
			  : !strcmp(outcome, "nonresponse") ||
					  !strcmp(outcome, "intolerance")
				  ? "failed"
				  : "");
		tp_sb_html(b, outcome);
		tp_sb_add(b, "</td><td%s>%s</td></tr>\n",
			  counted ? " class=\"failed\"" : "",
			  !counted		   ? "no"
			  : tp_view_counted_so_far(own, i) ? "yes, failure so far "
						     "(provisional: the course "
						     "still runs)"
						   : "yes, failure");
	}
	tp_sb_add(b, "</tbody>\n</table>\n</div>\n</section>\n");
}

static void trd_html(tp_sbuf *b, const tp_typed *m)
{
	const char *own = m->guideline_trd ? m->guideline_trd : "";
	size_t i, j;

	tp_sb_add(b, "<section aria-labelledby=\"h-trd\">\n<h2 id=\"h-trd\">"
		     "Treatment-resistant depression</h2>\n<div class=\"wide\" "
		     "role=\"region\" tabindex=\"0\" "
		     "aria-labelledby=\"h-trd\">\n<table>\n<thead><tr>"
		     "<th scope=\"col\">Definition</th><th "
		     "scope=\"col\">Verdict</th><th scope=\"col\">Failed "
		     "trials</th><th scope=\"col\">Needs</th><th "
		     "scope=\"col\">Trials counted</th><th "
		     "scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < m->ntrd; i++) {
		const tpath_trd_verdict *d = &m->trd[i];
		bool met = d->met;
		tp_sb_add(b, "<tr><th scope=\"row\">");
		tp_sb_html(b, d->definition);
		if (!strcmp(d->definition, own))
			tp_sb_add(b, " <small>(the guideline's own)</small>");
		tp_sb_add(b, "</th><td%s>%s</td>", met ? " class=\"met\"" : "",
			  met ? "<strong>met</strong>" : "not met");
		tp_sb_add(b, "<td class=\"num\">%ld</td>", d->failed_trials);
		tp_sb_add(b, "<td>%ld failure%s", d->needs_failures,
			  d->needs_failures == 1 ? "" : "s");
		if (d->needs_distinct_classes > 1)
			tp_sb_add(b, " from %ld classes",
				  d->needs_distinct_classes);
		tp_sb_add(b, "</td><td>");
		for (j = 0; j < d->ncounted; j++)
			tp_sb_add(b, "%s<a href=\"#trial-%zu\">%zu</a>",
				  j ? ", " : "", d->counted[j], d->counted[j] + 1);
		if (j == 0)
			tp_sb_add(b, "none");
		tp_sb_add(b, "</td><td class=\"src\">");
		tp_sb_html(b, d->source);
		tp_sb_add(b, "</td></tr>\n");
	}
	tp_sb_add(b, "</tbody>\n</table>\n</div>\n</section>\n");
}

static void staging_html(tp_sbuf *b, const tp_typed *tm)
{
	size_t i, k;
	char head[96];

	tp_sb_add(b, "<section aria-labelledby=\"h-staging\">\n<h2 "
		     "id=\"h-staging\">Staging</h2>\n<div class=\"wide\" "
		     "role=\"region\" tabindex=\"0\" "
		     "aria-labelledby=\"h-staging\">\n<table>\n<thead><tr><th "
		     "scope=\"col\">Model</th><th scope=\"col\">Verdict</th><th "
		     "scope=\"col\">Components</th><th "
		     "scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < tm->nstaging; i++) {
		const tpath_staging *m = &tm->staging[i];
		tp_view_staging_verdict(m, head, sizeof(head));
		tp_sb_add(b, "<tr><th scope=\"row\">");
		tp_sb_html(b, m->model);
		tp_sb_add(b, "</th><td><strong>");
		tp_sb_html(b, head);
		tp_sb_add(b, "</strong>%s",
			  m->status ? " <small>(provisional encoding)</small>"
				    : "");
		if (m->reason) {
			tp_sb_add(b, "<br/><small>");
			tp_sb_html(b, m->reason);
			tp_sb_add(b, "</small>");
		}
		tp_sb_add(b, "</td><td>");
		for (k = 0; k < m->ncomponents; k++) {
			const tpath_stage_component *c = &m->components[k];
			char v[32];
			if (c->is_boolean)
				snprintf(v, sizeof(v), "%s",
					 c->value ? "yes" : "no");
			else
				tp_view_real_text(c->value, v, sizeof(v));
			tp_sb_add(b, "%s", k ? ", " : "");
			tp_sb_html(b, c->name);
			tp_sb_add(b, " %s", v);
		}
		tp_sb_add(b, "</td><td class=\"src\">");
		tp_sb_html(b, m->source);
		tp_sb_add(b, "</td></tr>\n");
	}
	tp_sb_add(b, "</tbody>\n</table>\n</div>\n</section>\n");
}

static void explain_html(tp_sbuf *b, const tp_typed *m, const json_t *trace)
{
	const char *last = NULL;
	size_t i, k;
	char line[4096];

	tp_sb_add(b, "<section aria-labelledby=\"h-explain\">\n<h2 "
		     "id=\"h-explain\">Explanation</h2>\n<p>");
	tp_sb_html(b, tp_view_explain_intro);
	tp_sb_add(b, "</p>\n");
	for (i = 0; i < json_array_size(trace); i++) {
		const json_t *t = json_array_get(trace, i);
		const json_t *trials = json_object_get(t, "trials");
		const char *group = tp_view_explain(m, t, line, sizeof(line));
		if (group != last) {
			if (last)
				tp_sb_add(b, "</ol>\n");
			tp_sb_add(b, "<h3>");
			tp_sb_html(b, group);
			tp_sb_add(b, "</h3>\n<ol class=\"explain\">\n");
			last = group;
		}
		tp_sb_add(b, "<li>");
		tp_sb_html(b, line);
		if (json_array_size(trials))
			tp_sb_add(b, "<ul>");
		for (k = 0; k < json_array_size(trials); k++) {
			tp_view_explain_trial(json_array_get(trials, k), line,
					      sizeof(line));
			tp_sb_add(b, "<li>");
			tp_sb_html(b, line);
			tp_sb_add(b, "</li>");
		}
		if (json_array_size(trials))
			tp_sb_add(b, "</ul>");
		tp_sb_add(b, "</li>\n");
	}
	if (last)
		tp_sb_add(b, "</ol>\n");
	tp_sb_add(b, "</section>\n");
}

static void sources_html(tp_sbuf *b, const tp_typed *m)
{
	const tp_guideline_rec *g = &m->guideline_rec;
	const char *url = g->none ? "" : tp_view_s(g->url);
	size_t i;

	tp_sb_add(b, "<section aria-labelledby=\"h-sources\">\n<h2 "
		     "id=\"h-sources\">Sources</h2>\n<ul>\n<li><strong>");
	tp_sb_html(b, tp_view_s(g->id));
	tp_sb_add(b, "</strong>: ");
	tp_sb_html(b, tp_view_s(g->source));
	if (!strncmp(url, "https://", 8) || !strncmp(url, "http://", 7)) {
		tp_sb_add(b, " <a href=\"");
		tp_sb_html(b, url);
		tp_sb_add(b, "\">");
		tp_sb_html(b, url);
		tp_sb_add(b, "</a>");
	} else if (*url) {
		/* only a web address becomes a link */
		tp_sb_add(b, " ");
		tp_sb_html(b, url);
	}
	tp_sb_add(b, "</li>\n");
	for (i = 0; i < m->ntrd + m->nstaging; i++) {
		const bool trd = i < m->ntrd;
		tp_sb_add(b, "<li><strong>");
		tp_sb_html(b, trd ? m->trd[i].definition
				  : m->staging[i - m->ntrd].model);
		tp_sb_add(b, "</strong>: ");
		tp_sb_html(b, trd ? m->trd[i].source
				  : m->staging[i - m->ntrd].source);
		tp_sb_add(b, "</li>\n");
	}
	tp_sb_add(b, "</ul>\n</section>\n");
}

/* The summary under the title (issue 19): the TRD verdict, what is taken
 * now, the position and the most severe warning. */
static void summary_html(tp_sbuf *b, const tp_typed *m)
{
	tp_view_summary s;
	size_t k;
	if (!tp_view_summary_of(m, &s)) {
		b->oom = true;
		tp_view_summary_free(&s);
		return;
	}
	tp_sb_add(b, "<section class=\"summary\" aria-labelledby=\"h-summary\">"
		     "\n<h2 id=\"h-summary\">Summary</h2>\n<ul>\n");
	for (k = 0; k < s.n; k++) {
		tp_sb_add(b, "<li%s><strong>",
			  s.emphasis[k] == 1   ? " class=\"met\""
			  : s.emphasis[k] == 2 ? " class=\"failed\""
					       : "");
		tp_sb_html(b, s.head[k]);
		tp_sb_add(b, "</strong>");
		tp_sb_html(b, s.text[k].s);
		tp_sb_add(b, "</li>\n");
	}
	tp_sb_add(b, "</ul>\n</section>\n");
	tp_view_summary_free(&s);
}

char *tp_report_html(const tpath_result *res, bool explain)
{
	const tp_typed *m = &res->model;
	const tp_guideline_rec *g = &m->guideline_rec;
	const tp_episode_rec *ep = &m->episode;
	tp_sbuf b = { NULL, 0, 0, false };
	char title[256];

	snprintf(title, sizeof(title), "tpath report: history %s",
		 tp_view_s(m->history));
	tp_html_head(&b, title);
	tp_sb_add(&b, "<header>\n<h1>Treatment pathway of history ");
	tp_sb_html(&b, tp_view_s(m->history));
	tp_sb_add(&b, "</h1>\n");
	summary_html(&b, m);
	tp_html_notice(&b);
	tp_sb_add(&b, "<p class=\"meta\">As of ");
	day_html(&b, m, m->as_of);
	tp_sb_add(&b, "; episode since ");
	day_html(&b, m, ep->start);
	if (!isnan(ep->weeks))
		tp_sb_add(&b, " (week %.1f)", ep->weeks);
	if (ep->severity) {
		tp_sb_add(&b, ", recorded severity ");
		tp_sb_html(&b, ep->severity);
	}
	tp_sb_add(&b, ".<br/>Rules: ");
	tp_sb_html(&b, tp_view_s(g->title));
	tp_sb_add(&b, " (<code>");
	tp_sb_html(&b, tp_view_s(g->id));
	tp_sb_add(&b, "</code> ");
	tp_sb_html(&b, tp_view_s(g->version));
	tp_sb_add(&b, ").</p>\n</header>\n<main>\n");
	warnings_html(&b, m, true);
	tp_sb_add(&b, "<section aria-labelledby=\"h-timeline\">\n<h2 "
		      "id=\"h-timeline\">Timeline</h2>\n");
	tp_html_timeline(&b, res);
	tp_sb_add(&b, "</section>\n");
	position_html(&b, m);
	warnings_html(&b, m, false);
	trials_html(&b, m, m->own_trd);
	trd_html(&b, m);
	staging_html(&b, m);
	if (explain)
		explain_html(&b, m, res->trace);
	sources_html(&b, m);
	tp_sb_add(&b, "</main>\n<footer>\n");
	tp_html_notice(&b);
	tp_sb_add(&b, "<p class=\"meta\">Rendered by tpath from the result/1 "
		      "object of this evaluation.</p>\n</footer>\n</body>\n"
		      "</html>\n");
	return tp_sb_finish(&b);
}
