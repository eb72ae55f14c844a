/* no trailing newline */
int last(void) { return 1; }