// The C floor itself, not a copy: its `main` becomes `hello_main` for imgpath-floor to call.
#define main hello_main
#include "../hello.c"
