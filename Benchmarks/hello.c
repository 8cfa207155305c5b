/*
 * The floor for imgpath's start-up and key latency: a trivial ncursesw program that sets up the
 * terminal the same way (locale, newterm, raw, keypad, colours), draws a full 80x24 screen of
 * comparable content (title bar, two boxed panes, eight list rows, a key bar ending in "q quit")
 * and moves a highlighted row on j/k until q.
 *
 *     cc -O2 -o hello hello.c -lncursesw
 */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <string.h>

static const char *rows[] = {
    "Step 1", "Step 2 CK", "ECFMG", "ERAS", "Match", "Residency", "Step 3", "License",
};

static void draw(int selected) {
    int width = getmaxx(stdscr), height = getmaxy(stdscr);
    attrset(COLOR_PAIR(1) | A_BOLD);
    mvhline(0, 0, ' ', width);
    mvaddstr(0, 0, " hello  /tmp/pathway.json");
    attrset(A_NORMAL);
    int left = 36;
    for (int y = 1; y < height - 3; y++) {
        move(y, 0);
        clrtoeol();
    }
    attrset(COLOR_PAIR(2));
    mvaddstr(1, 0, "┌─ Pathway ");
    for (int x = 11; x < left - 1; x++) mvaddstr(1, x, "─");
    mvaddstr(1, left - 1, "┐");
    mvaddstr(1, left, "┌─ Details ");
    for (int x = left + 11; x < width - 1; x++) mvaddstr(1, x, "─");
    mvaddstr(1, width - 1, "┐");
    for (int y = 2; y < height - 4; y++) {
        mvaddstr(y, 0, "│");
        mvaddstr(y, left - 1, "│");
        mvaddstr(y, left, "│");
        mvaddstr(y, width - 1, "│");
    }
    mvaddstr(height - 4, 0, "└");
    for (int x = 1; x < width - 1; x++) mvaddstr(height - 4, x, "─");
    mvaddstr(height - 4, width - 1, "┘");
    attrset(A_NORMAL);
    for (int i = 0; i < 8; i++) {
        attrset(i == selected ? A_REVERSE : A_NORMAL);
        mvprintw(2 + i, 1, " %s %-12s %-18s", i < 3 ? "✔" : "○", rows[i], i < 3 ? "done" : "available");
    }
    attrset(A_NORMAL);
    mvprintw(2, left + 2, "Status            %s", selected < 3 ? "passed  (done)" : "not started");
    mvprintw(3, left + 2, "Selected          %d of 8", selected + 1);
    mvaddstr(height - 3, 0, " Next: NRMP Match -> registered");
    mvaddstr(height - 2, 0, " Saved: nothing yet");
    attrset(COLOR_PAIR(1));
    mvhline(height - 1, 0, ' ', width);
    mvaddstr(height - 1, 1, "j/k move  Tab pane  a advance  s status  e edit  u undo  ? help  q quit");
    attrset(A_NORMAL);
    refresh();
}

int main(void) {
    setlocale(LC_ALL, "");
    if (newterm(NULL, stdout, stdin) == NULL) {
        fputs("hello: cannot start the terminal\n", stderr);
        return 1;
    }
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    leaveok(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(1, COLOR_BLACK, COLOR_CYAN);
        init_pair(2, COLOR_BLUE, -1);
    }
    int selected = 0;
    draw(selected);
    for (;;) {
        int key = getch();
        if (key == 'q' || key == ERR) break;
        if (key == 'j' || key == KEY_DOWN) selected = (selected + 1) % 8;
        if (key == 'k' || key == KEY_UP) selected = (selected + 7) % 8;
        draw(selected);
    }
    endwin();
    return 0;
}
