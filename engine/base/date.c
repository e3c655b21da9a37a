/*
 * date.c - dates: calendar arithmetic on day numbers, and reading and
 * writing YYYY-MM-DD, for every file that reads or writes a date.
 *
 * Dates are held as days since 1970-01-01 in the proleptic Gregorian
 * calendar (the algorithm is Howard Hinnant's well-known days_from_civil,
 * written out here from its published description).
 */
#include "base/base.h"

#include <stdio.h>

int32_t tp_days_from_civil(int y, unsigned m, unsigned d)
{
	int era;
	unsigned yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)(era * 146097 + (int)doe - 719468);
}

void tp_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d)
{
	int era;
	unsigned doe, yoe, doy, mp;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)yoe + era * 400 + (*m <= 2);
}

unsigned tp_days_in_month(int y, unsigned m)
{
	static const unsigned dim[12] = { 31, 28, 31, 30, 31, 30,
					  31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : dim[m - 1];
}

bool tp_date_parse(const char *s, size_t n, int *y, unsigned *m,
		   unsigned *d)
{
	size_t i;
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	     (s[3] - '0');
	*m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
	*d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
	return true;
}

bool tp_date_day(const char *s, size_t n, int32_t *day)
{
	int y;
	unsigned m, d;
	if (!tp_date_parse(s, n, &y, &m, &d) || m < 1 || m > 12 || d < 1 ||
	    d > tp_days_in_month(y, m))
		return false;
	*day = tp_days_from_civil(y, m, d);
	return true;
}

void tp_date_format(int32_t day, char *buf, size_t n)
{
	int y;
	unsigned m, d;
	tp_civil_from_days(day, &y, &m, &d);
	if (y >= 0 && y <= 9999 && n >= 11) {
		/* "%04d-%02u-%02u" without printf: results write many
		 * dates */
		buf[0] = (char)('0' + y / 1000);
		buf[1] = (char)('0' + y / 100 % 10);
		buf[2] = (char)('0' + y / 10 % 10);
		buf[3] = (char)('0' + y % 10);
		buf[4] = '-';
		buf[5] = (char)('0' + m / 10);
		buf[6] = (char)('0' + m % 10);
		buf[7] = '-';
		buf[8] = (char)('0' + d / 10);
		buf[9] = (char)('0' + d % 10);
		buf[10] = '\0';
	} else {
		snprintf(buf, n, "%04d-%02u-%02u", y, m, d);
	}
}
