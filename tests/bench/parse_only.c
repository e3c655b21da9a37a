/*
 * parse_only.c - the practical limit for `make bench`: libyaml merely
 * parsing a YAML stream (events only, nothing built), as tpath's loader
 * does before anything else.  Prints the number of events.
 */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	yaml_parser_t p;
	yaml_event_t e;
	unsigned long events = 0;
	FILE *f;

	if (argc != 2 || !(f = fopen(argv[1], "rb"))) {
		fprintf(stderr, "usage: parse_only FILE\n");
		return 2;
	}
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	for (;;) {
		int type;
		if (!yaml_parser_parse(&p, &e)) {
			fprintf(stderr, "parse error: %s\n", p.problem);
			return 1;
		}
		type = e.type;
		yaml_event_delete(&e);
		events++;
		if (type == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&p);
	fclose(f);
	printf("%lu events\n", events);
	return 0;
}
