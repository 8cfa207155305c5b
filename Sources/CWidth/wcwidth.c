#define _XOPEN_SOURCE 700
#include <wchar.h>

#include "CWidth.h"

int imgpath_c_wcwidth(int character) { return wcwidth((wchar_t)character); }
