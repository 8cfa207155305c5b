#ifndef IMGPATH_CNCURSESW_SHIM_H
#define IMGPATH_CNCURSESW_SHIM_H

// The wide-character functions (get_wch, mvwaddnwstr, ...) are only declared with this
// define; SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so it has to live here.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import (or rejects in language mode 6), as functions.
static inline WINDOW *imgpath_stdscr(void) { return stdscr; }
static inline int imgpath_lines(void) { return LINES; }
static inline int imgpath_cols(void) { return COLS; }
static inline int imgpath_colors(void) { return COLORS; }
static inline int imgpath_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t imgpath_a_normal(void) { return A_NORMAL; }
static inline attr_t imgpath_a_bold(void) { return A_BOLD; }
static inline attr_t imgpath_a_reverse(void) { return A_REVERSE; }
static inline attr_t imgpath_a_underline(void) { return A_UNDERLINE; }
static inline attr_t imgpath_a_dim(void) { return A_DIM; }
static inline attr_t imgpath_color_pair(int n) { return COLOR_PAIR(n); }
static inline int imgpath_key_resize(void) { return KEY_RESIZE; }
static inline int imgpath_key_mouse(void) { return KEY_MOUSE; }

// newterm rather than initscr: initscr exits the process when the terminal cannot be set up,
// newterm returns NULL so the caller can explain. stdout/stdin are globals Swift 6 rejects.
static inline SCREEN *imgpath_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline mmask_t imgpath_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t imgpath_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t imgpath_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t imgpath_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
