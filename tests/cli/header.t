# include/tpath.h compiles alone, warning-free, as C99, C11 and C++.
$ for std in c99 c11; do printf '#include <tpath.h>\nint main(void) { return tpath_version() == 0; }\n' | cc -std=$std -Wall -Wextra -pedantic -Werror -Iinclude -x c - -c -o /dev/null && echo $std; done; printf '#include <tpath.h>\nint main() { tpath_load_options o = TPATH_LOAD_OPTIONS_INIT; return (int)o.version == 0 || tpath_version() == 0; }\n' | c++ -std=c++11 -Wall -Wextra -pedantic -Werror -Iinclude -x c++ - -c -o /dev/null && echo c++
--- stdout
c99
c11
c++
