/* lobject.h: Lua-style value macros */
#ifndef P5_LOBJECT_H
#define P5_LOBJECT_H

typedef struct {
  int tt;
  long v;
} TValue;

typedef struct {
  int refs;
  TValue slots[4];
} Table;

#define settt_(o, t) ((o)->tt = (t))
#define setivalue(obj, x) \
  { TValue *io = (obj); io->v = (x); settt_(io, 3); }
#define setobj(o1, o2) \
  { TValue *io1 = (o1); const TValue *io2 = (o2); io1->v = io2->v; settt_(io1, io2->tt); }
#define incref(t) ((t)->refs++)
#define ivalue(o) ((o)->v)

#endif
