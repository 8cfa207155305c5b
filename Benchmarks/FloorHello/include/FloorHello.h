#ifndef IMGPATH_FLOOR_HELLO_H
#define IMGPATH_FLOOR_HELLO_H

// Benchmarks/hello.c's `main`, renamed: sets up the terminal, draws the floor's frame, moves on
// j/k until q, restores the terminal and returns the exit status.
int hello_main(void);

#endif
