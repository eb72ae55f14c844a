/* inner.h — an unknown type name */
unknown_t value;
