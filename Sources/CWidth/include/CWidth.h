#ifndef IMGPATH_CWIDTH_H
#define IMGPATH_CWIDTH_H

// The C library's wcwidth: the columns a character takes on a terminal, or -1 for one that is
// not printable, in the calling thread's locale. glibc declares wcwidth only under
// _XOPEN_SOURCE, which Swift's Glibc module does not set; this declares it for Swift. A call,
// not a look-up by name: dlsym finds nothing in a static executable.
int imgpath_c_wcwidth(int character);

#endif
