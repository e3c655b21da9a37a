/*
 * pngcheck - is a screenshot "not blank"?  Used by tests/browser/run.sh
 * (`make check-browser`) on the PNGs headless Chromium takes of tpath's
 * HTML reports.
 *
 *   pngcheck [-c RRGGBB] FILE [X Y W H]
 *
 * The background is the most common colour of the image (after compositing
 * any alpha over white).  A pixel is ink when it differs noticeably from the
 * background: the sum of its three channel differences is at least
 * INK_DIFF (so a faint panel tint is not ink, text and chart strokes are).
 * The image passes when
 *   - at least MIN_INK_PCT % of its pixels are ink,
 *   - at least MIN_COLOURS distinct colours appear, and
 *   - if a region X Y W H is given (clipped to the image), at least
 *     MIN_REGION_PCT % of the region's pixels are ink, and
 *   - with -c RRGGBB, at least MIN_COLOUR_PIXELS pixels are within
 *     COLOUR_DIFF (sum of channel differences) of that colour: a mark that
 *     only the drawn content has (run.sh asks for the SVG timeline's
 *     therapeutic-dose blue, so a page whose chart did not render fails).
 *
 * Exit status: 0 not blank (one line on stdout), 1 blank (the reasons on
 * stderr), 2 unreadable PNG or usage error (a message on stderr).
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>

/* The thresholds; each may be overridden with -D at build time. */
#ifndef INK_DIFF
#define INK_DIFF 32
#endif
#ifndef MIN_INK_PCT
#define MIN_INK_PCT 2.0
#endif
#ifndef MIN_COLOURS
#define MIN_COLOURS 8
#endif
#ifndef MIN_REGION_PCT
#define MIN_REGION_PCT 1.0
#endif

#ifndef MIN_COLOUR_PIXELS
#define MIN_COLOUR_PIXELS 200
#endif
#ifndef COLOUR_DIFF
#define COLOUR_DIFF 24
#endif

/* Larger screenshots than this are refused rather than allocated. */
#define MAX_SIDE 32768u
#define MAX_PIXELS (64u * 1024u * 1024u)

struct image {
	uint32_t width, height;
	uint32_t *rgb;	/* 0x00RRGGBB, row-major, width * height */
};

/*
 * Where on_error leaves libpng's message: the caller's buffer, so that
 * nothing local to read_png changes between its setjmp and the longjmp.
 */
struct reader {
	char *msg;
	size_t len;
};

static void on_error(png_structp png, png_const_charp text)
{
	struct reader *r = png_get_error_ptr(png);

	if (r && r->len)
		snprintf(r->msg, r->len, "unreadable PNG: %s",
			 text ? text : "libpng error");
	png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp text)
{
	/* Warnings (e.g. an unknown chunk) do not make a screenshot unreadable. */
	(void)png;
	(void)text;
}

/* Composite an 8-bit channel with alpha a over white. */
static uint32_t over_white(uint32_t c, uint32_t a)
{
	return (c * a + 255u * (255u - a) + 127u) / 255u;
}

/*
 * Reads path into img.  Returns 0, or -1 with a message in err.  Everything
 * it allocates is freed on failure; on success the caller frees img->rgb.
 */
static int read_png(const char *path, struct image *img, char *err,
		    size_t errlen)
{
	struct reader r = { err, errlen };
	unsigned char sig[8];
	png_structp png = NULL;
	png_infop info = NULL;
	/* Assigned after setjmp and used after a longjmp: volatile. */
	png_bytep *volatile rows = NULL;
	unsigned char *volatile rgba = NULL;
	uint32_t *volatile rgb = NULL;
	png_uint_32 w, h;
	size_t n, rowbytes, i;
	FILE *f;

	if (errlen)
		err[0] = '\0';
	f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return -1;
	}
	n = fread(sig, 1, sizeof sig, f);
	if (ferror(f)) {
		snprintf(err, errlen, "cannot read: %s", strerror(errno));
		fclose(f);
		return -1;
	}
	if (n == 0) {
		snprintf(err, errlen, "not a PNG file (empty)");
		fclose(f);
		return -1;
	}
	if (n < sizeof sig || png_sig_cmp(sig, 0, sizeof sig) != 0) {
		snprintf(err, errlen, "not a PNG file (bad signature)");
		fclose(f);
		return -1;
	}

	png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &r, on_error,
				     on_warning);
	if (!png) {
		snprintf(err, errlen, "out of memory (png_create_read_struct)");
		fclose(f);
		return -1;
	}
	info = png_create_info_struct(png);
	if (!info) {
		snprintf(err, errlen, "out of memory (png_create_info_struct)");
		png_destroy_read_struct(&png, NULL, NULL);
		fclose(f);
		return -1;
	}
	if (setjmp(png_jmpbuf(png))) {
		if (errlen && !err[0])
			snprintf(err, errlen, "unreadable PNG");
		png_destroy_read_struct(&png, &info, NULL);
		free(rows);
		free(rgba);
		free(rgb);
		fclose(f);
		return -1;
	}

	png_init_io(png, f);
	png_set_sig_bytes(png, (int)sizeof sig);
	png_set_user_limits(png, MAX_SIDE, MAX_SIDE);
	png_read_info(png, info);

	/* Whatever the file holds, read it as 8-bit RGBA. */
	png_set_expand(png);		/* palette, low-bit grey, tRNS */
	png_set_strip_16(png);
	png_set_gray_to_rgb(png);
	png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
	(void)png_set_interlace_handling(png);
	png_read_update_info(png, info);

	w = png_get_image_width(png, info);
	h = png_get_image_height(png, info);
	rowbytes = png_get_rowbytes(png, info);
	if (w == 0 || h == 0)
		png_error(png, "empty image");
	if ((size_t)w * h > MAX_PIXELS)
		png_error(png, "image too large");
	if (png_get_channels(png, info) != 4 || png_get_bit_depth(png, info) != 8
	    || rowbytes != (size_t)w * 4)
		png_error(png, "unexpected pixel layout after transforms");

	rgba = malloc(rowbytes * h);
	rows = malloc(sizeof *rows * h);
	rgb = malloc(sizeof *rgb * (size_t)w * h);
	if (!rgba || !rows || !rgb)
		png_error(png, "out of memory");
	for (i = 0; i < h; i++)
		rows[i] = rgba + i * rowbytes;
	png_read_image(png, rows);
	png_read_end(png, NULL);

	for (i = 0; i < (size_t)w * h; i++) {
		const unsigned char *p = rgba + i * 4;
		uint32_t a = p[3];

		rgb[i] = over_white(p[0], a) << 16 | over_white(p[1], a) << 8
			 | over_white(p[2], a);
	}

	img->width = w;
	img->height = h;
	img->rgb = rgb;
	png_destroy_read_struct(&png, &info, NULL);
	free(rows);
	free(rgba);
	fclose(f);
	return 0;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* The most common colour and the number of distinct colours. */
static int colour_stats(const struct image *img, uint32_t *background,
			size_t *colours)
{
	size_t n = (size_t)img->width * img->height, i, run = 1, best = 0;
	uint32_t *sorted = malloc(sizeof *sorted * n);

	if (!sorted)
		return -1;
	memcpy(sorted, img->rgb, sizeof *sorted * n);
	qsort(sorted, n, sizeof *sorted, cmp_u32);
	*colours = 1;
	*background = sorted[0];
	for (i = 1; i <= n; i++) {
		if (i < n && sorted[i] == sorted[i - 1]) {
			run++;
			continue;
		}
		if (run > best) {
			best = run;
			*background = sorted[i - 1];
		}
		if (i < n)
			(*colours)++;
		run = 1;
	}
	free(sorted);
	return 0;
}

static int is_ink(uint32_t c, uint32_t bg)
{
	int d = 0, shift;

	for (shift = 0; shift <= 16; shift += 8) {
		int a = (int)(c >> shift & 0xff), b = (int)(bg >> shift & 0xff);

		d += a > b ? a - b : b - a;
	}
	return d >= INK_DIFF;
}

static size_t count_ink(const struct image *img, uint32_t bg, uint32_t x0,
			uint32_t y0, uint32_t x1, uint32_t y1)
{
	size_t ink = 0;
	uint32_t x, y;

	for (y = y0; y < y1; y++)
		for (x = x0; x < x1; x++)
			ink += (size_t)is_ink(img->rgb[(size_t)y * img->width + x],
					      bg);
	return ink;
}

static size_t count_colour(const struct image *img, uint32_t want)
{
	size_t n = (size_t)img->width * img->height, i, hits = 0;
	for (i = 0; i < n; i++) {
		int d = 0, shift;
		for (shift = 0; shift <= 16; shift += 8) {
			int a = (int)(img->rgb[i] >> shift & 0xff);
			int b = (int)(want >> shift & 0xff);
			d += a > b ? a - b : b - a;
		}
		hits += d <= COLOUR_DIFF;
	}
	return hits;
}

static int parse_coord(const char *s, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > (long)MAX_SIDE * 2)
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	const char *path;
	struct image img = { 0, 0, NULL };
	char err[320];
	long reg[4] = { 0, 0, 0, 0 };
	int have_region, i, have_colour = 0;
	uint32_t bg, want = 0;
	size_t colours, ink, total, hits = 0;
	double ink_pct, reg_pct = 0.0;
	uint32_t rx0 = 0, ry0 = 0, rx1 = 0, ry1 = 0;

	if (argc >= 3 && strcmp(argv[1], "-c") == 0) {
		char *end;
		unsigned long v;
		errno = 0;
		v = strtoul(argv[2], &end, 16);
		if (errno || strlen(argv[2]) != 6 || *end || v > 0xffffffUL) {
			fprintf(stderr, "pngcheck: -c takes a colour as "
				"RRGGBB, not '%s'\n", argv[2]);
			return 2;
		}
		want = (uint32_t)v;
		have_colour = 1;
		argc -= 2;
		argv += 2;
	}
	have_region = argc == 6;
	if (argc != 2 && argc != 6) {
		fprintf(stderr, "usage: pngcheck [-c RRGGBB] FILE [X Y W H]\n");
		return 2;
	}
	path = argv[1];
	for (i = 0; have_region && i < 4; i++) {
		if (parse_coord(argv[2 + i], &reg[i]) != 0) {
			fprintf(stderr, "pngcheck: bad region value '%s': "
				"X Y W H are whole numbers of pixels\n",
				argv[2 + i]);
			return 2;
		}
	}
	if (have_region && (reg[2] == 0 || reg[3] == 0)) {
		fprintf(stderr, "pngcheck: region %ldx%ld is empty\n", reg[2],
			reg[3]);
		return 2;
	}

	if (read_png(path, &img, err, sizeof err) != 0) {
		fprintf(stderr, "%s: %s\n", path, err);
		return 2;
	}
	if (colour_stats(&img, &bg, &colours) != 0) {
		fprintf(stderr, "%s: out of memory\n", path);
		free(img.rgb);
		return 2;
	}
	total = (size_t)img.width * img.height;
	ink = count_ink(&img, bg, 0, 0, img.width, img.height);
	ink_pct = 100.0 * (double)ink / (double)total;

	if (have_region) {
		rx0 = (uint32_t)reg[0];
		ry0 = (uint32_t)reg[1];
		if (rx0 >= img.width || ry0 >= img.height) {
			fprintf(stderr, "%s: region at %ld,%ld lies outside "
				"the %" PRIu32 "x%" PRIu32 " image\n", path,
				reg[0], reg[1], img.width, img.height);
			free(img.rgb);
			return 2;
		}
		rx1 = (uint32_t)reg[0] + (uint32_t)reg[2];
		ry1 = (uint32_t)reg[1] + (uint32_t)reg[3];
		if (rx1 > img.width)
			rx1 = img.width;
		if (ry1 > img.height)
			ry1 = img.height;
		reg_pct = 100.0
			  * (double)count_ink(&img, bg, rx0, ry0, rx1, ry1)
			  / ((double)(rx1 - rx0) * (double)(ry1 - ry0));
	}
	if (have_colour)
		hits = count_colour(&img, want);
	free(img.rgb);

	if (ink_pct < MIN_INK_PCT || colours < MIN_COLOURS
	    || (have_region && reg_pct < MIN_REGION_PCT)
	    || (have_colour && hits < MIN_COLOUR_PIXELS)) {
		fprintf(stderr, "%s: blank: %" PRIu32 "x%" PRIu32
			", background #%06" PRIx32, path, img.width,
			img.height, bg);
		if (ink_pct < MIN_INK_PCT)
			fprintf(stderr, ", %.2f%% ink (need %.0f%%)", ink_pct,
				MIN_INK_PCT);
		if (colours < MIN_COLOURS)
			fprintf(stderr, ", %zu colours (need %d)", colours,
				MIN_COLOURS);
		if (have_region && reg_pct < MIN_REGION_PCT)
			fprintf(stderr, ", region %" PRIu32 ",%" PRIu32
				" %" PRIu32 "x%" PRIu32
				" has %.2f%% ink (need %.0f%%)", rx0, ry0,
				rx1 - rx0, ry1 - ry0, reg_pct, MIN_REGION_PCT);
		if (have_colour && hits < MIN_COLOUR_PIXELS)
			fprintf(stderr, ", %zu pixels of #%06" PRIx32
				" (need %d)", hits, want, MIN_COLOUR_PIXELS);
		fputc('\n', stderr);
		return 1;
	}
	printf("%s: %" PRIu32 "x%" PRIu32 ", %.2f%% ink, %zu colours", path,
	       img.width, img.height, ink_pct, colours);
	if (have_region)
		printf(", region %.2f%% ink", reg_pct);
	if (have_colour)
		printf(", %zu pixels of #%06" PRIx32, hits, want);
	putchar('\n');
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "pngcheck: cannot write to stdout\n");
		return 2;
	}
	return 0;
}
