/* fixit.c — a missing ';' that clang fixes with a fix-it, a tab before the
 * error, and an error in a header this file includes. */
#include "inc/outer.h"

int f(int x) {
	return x + 1
}
