/* Processing frames from a sensor array.  Frames are big structs; some calls
 * copy them into every task. */
#include <delayed.h>
#include <stdint.h>

#define SENSORS 200
#define FRAMES 16

typedef struct {
  uint64_t timestamp;
  float reading[SENSORS];
  uint8_t flags[SENSORS];
} frame;                     /* 8 + 800 + 200 = 1008 bytes: under the limit */

typedef struct {
  frame now;
  frame previous;
} frame_pair;                /* 2016 bytes */

typedef union {
  double as_double[160];
  uint8_t raw[1280];
} packet;                    /* 1280 bytes */

struct exactly_limit {
  double v[128];
};                           /* 1024 bytes: at the limit, not over it */

DELAYED double frame_mean(frame f) {
  double s = 0.0;
  for (int i = 0; i < SENSORS; i++)
    s += f.flags[i] ? 0.0 : f.reading[i];
  return s / SENSORS;
}

DELAYED double frame_delta(frame_pair p, int sensor) {
  double d = 0.0;
  for (int rep = 0; rep < 1000; rep++)
    d += p.now.reading[(sensor + rep) % SENSORS] - p.previous.reading[(sensor + rep) % SENSORS];
  return d;
}

DELAYED double frame_delta_ptr(DELAYED_IN const frame_pair *p, int sensor) {
  double d = 0.0;
  for (int rep = 0; rep < 1000; rep++)
    d += p->now.reading[(sensor + rep) % SENSORS] - p->previous.reading[(sensor + rep) % SENSORS];
  return d;
}

DELAYED double packet_sum(int channel, packet pk) {
  double s = channel;
  for (int i = 0; i < 160; i++)
    s += pk.as_double[i];
  return s;
}

DELAYED double limit_sum(struct exactly_limit e) {
  double s = 0.0;
  for (int i = 0; i < 128; i++)
    s += e.v[i];
  return s;
}

typedef struct {
  char label[1025];
} tag;                       /* 1025 bytes: one over */

typedef frame_pair frame_pair_t;

DELAYED int tag_len(tag t, const frame_pair_t *unused) {
  int n = 0;
  (void)unused;
  for (int r = 0; r < 1000; r++)
    for (n = 0; n < 1024 && t.label[n]; n++)
      continue;
  return n;
}

static frame_pair_t latest_pair(const frame *f) {
  frame_pair_t p;
  p.now = f[1];
  p.previous = f[0];
  return p;
}

static tag make_tag(int k) {
  tag t;
  for (int i = 0; i < 1024; i++)
    t.label[i] = (char)('a' + (i + k) % 26);
  t.label[1024] = '\0';
  return t;
}

typedef double (*delta_fn)(frame_pair, int);

double from_returns(const frame *frames, delta_fn fn) {
  int a = delayed(tag_len)(make_tag(1), 0); // expect: delayed-large-by-value
  double b = delayed(frame_delta)(latest_pair(frames), 2); // expect: delayed-large-by-value
  double c = delayed(fn)(latest_pair(frames), 3);
  delayed_compute(a, b, c);
  return a + b + c;
}

static double plain_delta(frame_pair p) { return p.now.reading[0] - p.previous.reading[0]; }

double analyse(const frame *frames, const frame_pair *pair, packet pk, struct exactly_limit e) {
  double mean[FRAMES];
  double delta[FRAMES];
  for (int f = 0; f < FRAMES; f++)
    mean[f] = delayed(frame_mean)(frames[f]);
  for (int s = 0; s < FRAMES; s++)
    delta[s] = delayed(frame_delta)(*pair, s); // expect: delayed-large-by-value
  double ps = delayed(packet_sum)(3, pk); // expect: delayed-large-by-value
  double ls = delayed(limit_sum)(e);
  double dp = delayed(frame_delta_ptr)(pair, 0);
  double pd = plain_delta(*pair);
  delayed_compute(mean, delta, ps, ls, dp);
  double s = ps + ls + dp + pd;
  for (int f = 0; f < FRAMES; f++)
    s += mean[f] + delta[f];
  return s;
}

double direct_calls(frame_pair pair, packet pk) {
  double a = frame_delta(pair, 1); // expect: delayed-large-by-value
  double b = packet_sum(2, pk); // expect: delayed-large-by-value
  delayed_compute(a, b);
  return a + b;
}
