/*
 * interp_loop.c - a small stack-based bytecode VM.
 *
 * A handful of bytecode programs are assembled at start-up (with label
 * fix-ups) into the global program table and verified.  Each program is
 * then run for every argument in 0..NUM_ARGS-1 and the results are folded
 * into a per-program checksum.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NUM_ARGS
#define NUM_ARGS     10000
#endif

#define MAX_CODE     512
#define MAX_LABELS   32
#define MAX_FIXUPS   64
#define STACK_SIZE   256
#define MAX_FRAMES   64
#define NUM_LOCALS   8
#define MAX_PROGRAMS 8

enum {
    OP_HALT, OP_PUSH, OP_LOADA, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL,
    OP_DIV, OP_MOD, OP_LT, OP_LE, OP_EQ, OP_JMP, OP_JZ, OP_JNZ, OP_DUP,
    OP_POP, OP_CALL, OP_RET, OP_INC,
    OP_COUNT
};

typedef struct {
    const char *name;
    int         noperands;
    int         is_jump;      /* first operand is a code address */
} OpInfo;

static const OpInfo op_info[OP_COUNT] = {
    [OP_HALT]  = { "halt",  0, 0 },
    [OP_PUSH]  = { "push",  1, 0 },
    [OP_LOADA] = { "loada", 0, 0 },
    [OP_LOAD]  = { "load",  1, 0 },
    [OP_STORE] = { "store", 1, 0 },
    [OP_ADD]   = { "add",   0, 0 },
    [OP_SUB]   = { "sub",   0, 0 },
    [OP_MUL]   = { "mul",   0, 0 },
    [OP_DIV]   = { "div",   0, 0 },
    [OP_MOD]   = { "mod",   0, 0 },
    [OP_LT]    = { "lt",    0, 0 },
    [OP_LE]    = { "le",    0, 0 },
    [OP_EQ]    = { "eq",    0, 0 },
    [OP_JMP]   = { "jmp",   1, 1 },
    [OP_JZ]    = { "jz",    1, 1 },
    [OP_JNZ]   = { "jnz",   1, 1 },
    [OP_DUP]   = { "dup",   0, 0 },
    [OP_POP]   = { "pop",   0, 0 },
    [OP_CALL]  = { "call",  2, 1 },   /* addr, nargs */
    [OP_RET]   = { "ret",   0, 0 },
    [OP_INC]   = { "inc",   2, 0 },   /* slot, delta */
};

typedef struct {
    const char *name;
    long        code[MAX_CODE];
    int         len;
} Program;

typedef struct {
    Program *p;
    int      label_pos[MAX_LABELS];
    int      fix_at[MAX_FIXUPS];
    int      fix_label[MAX_FIXUPS];
    int      nfix;
} Asm;

typedef struct {
    int  ret_pc;
    int  ret_sp;
    long locals[NUM_LOCALS];
} Frame;

/* Assembled once by build_programs(), read-only afterwards. */
static Program programs[MAX_PROGRAMS];
static int     num_programs;

/* Run statistics, accumulated over every vm_run() call. */
static unsigned long long vm_total_steps;
static long long          vm_max_depth;

#define VM_FAIL(msg) vm_fail(p, pc, (msg))

/* ------------------------------------------------------------------ */
/* Assembler                                                           */
/* ------------------------------------------------------------------ */

static void asm_begin(Asm *a, Program *p, const char *name)
{
    memset(a, 0, sizeof *a);
    memset(p, 0, sizeof *p);
    a->p = p;
    p->name = name;
    for (int i = 0; i < MAX_LABELS; i++)
        a->label_pos[i] = -1;
}

static void emit_word(Asm *a, long w)
{
    if (a->p->len >= MAX_CODE) {
        fprintf(stderr, "asm: %s: code too long\n", a->p->name);
        exit(EXIT_FAILURE);
    }
    a->p->code[a->p->len++] = w;
}

static void emit0(Asm *a, int op) { emit_word(a, op); }
static void emit1(Asm *a, int op, long x) { emit_word(a, op); emit_word(a, x); }

static void emit_jump(Asm *a, int op, int label)
{
    emit_word(a, op);
    if (a->nfix >= MAX_FIXUPS) {
        fprintf(stderr, "asm: too many fixups\n");
        exit(EXIT_FAILURE);
    }
    a->fix_at[a->nfix] = a->p->len;
    a->fix_label[a->nfix] = label;
    a->nfix++;
    emit_word(a, 0);
}

static void emit_call(Asm *a, int label, int nargs)
{
    emit_jump(a, OP_CALL, label);
    emit_word(a, nargs);
}

static void label(Asm *a, int l) { a->label_pos[l] = a->p->len; }

static void asm_end(Asm *a)
{
    for (int i = 0; i < a->nfix; i++) {
        int pos = a->label_pos[a->fix_label[i]];
        if (pos < 0) {
            fprintf(stderr, "asm: %s: undefined label %d\n", a->p->name, a->fix_label[i]);
            exit(EXIT_FAILURE);
        }
        a->p->code[a->fix_at[i]] = pos;
    }
}

/* Structural check: opcodes valid, operands present, jumps in range. */
static int verify_program(const Program *p)
{
    int pc = 0;

    while (pc < p->len) {
        long op = p->code[pc];
        if (op < 0 || op >= OP_COUNT)
            return -1;
        if (pc + op_info[op].noperands >= p->len)
            return -1;
        if (op_info[op].is_jump && (p->code[pc + 1] < 0 || p->code[pc + 1] >= p->len))
            return -1;
        if ((op == OP_LOAD || op == OP_STORE || op == OP_INC)
            && (p->code[pc + 1] < 0 || p->code[pc + 1] >= NUM_LOCALS))
            return -1;
        pc += 1 + op_info[op].noperands;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Programs                                                            */
/* ------------------------------------------------------------------ */

/* steps for the Collatz sequence of arg+1 to reach 1 */
static void build_collatz(Program *p)
{
    Asm a;
    enum { L_LOOP, L_EVEN, L_NEXT, L_DONE };

    asm_begin(&a, p, "collatz");
    emit0(&a, OP_LOADA); emit1(&a, OP_PUSH, 1); emit0(&a, OP_ADD); emit1(&a, OP_STORE, 0);
    emit1(&a, OP_PUSH, 0); emit1(&a, OP_STORE, 1);
    label(&a, L_LOOP);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 1); emit0(&a, OP_EQ); emit_jump(&a, OP_JNZ, L_DONE);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 2); emit0(&a, OP_MOD); emit_jump(&a, OP_JZ, L_EVEN);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 3); emit0(&a, OP_MUL); emit1(&a, OP_PUSH, 1);
    emit0(&a, OP_ADD); emit1(&a, OP_STORE, 0); emit_jump(&a, OP_JMP, L_NEXT);
    label(&a, L_EVEN);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 2); emit0(&a, OP_DIV); emit1(&a, OP_STORE, 0);
    label(&a, L_NEXT);
    emit_word(&a, OP_INC); emit_word(&a, 1); emit_word(&a, 1);
    emit_jump(&a, OP_JMP, L_LOOP);
    label(&a, L_DONE);
    emit1(&a, OP_LOAD, 1); emit0(&a, OP_HALT);
    asm_end(&a);
}

/* naive recursive fibonacci of (arg % 14) + 6 */
static void build_fib(Program *p)
{
    Asm a;
    enum { L_FIB, L_REC };

    asm_begin(&a, p, "fib");
    emit0(&a, OP_LOADA); emit1(&a, OP_PUSH, 14); emit0(&a, OP_MOD); emit1(&a, OP_PUSH, 6);
    emit0(&a, OP_ADD); emit_call(&a, L_FIB, 1); emit0(&a, OP_HALT);
    label(&a, L_FIB);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 2); emit0(&a, OP_LT); emit_jump(&a, OP_JZ, L_REC);
    emit1(&a, OP_LOAD, 0); emit0(&a, OP_RET);
    label(&a, L_REC);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 1); emit0(&a, OP_SUB); emit_call(&a, L_FIB, 1);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_PUSH, 2); emit0(&a, OP_SUB); emit_call(&a, L_FIB, 1);
    emit0(&a, OP_ADD); emit0(&a, OP_RET);
    asm_end(&a);
}

/* 1 if arg*7919 + 1000003 is prime (trial division), else 0 */
static void build_isprime(Program *p)
{
    Asm a;
    enum { L_LOOP, L_NO, L_YES };

    asm_begin(&a, p, "isprime");
    emit0(&a, OP_LOADA); emit1(&a, OP_PUSH, 7919); emit0(&a, OP_MUL); emit1(&a, OP_PUSH, 1000003);
    emit0(&a, OP_ADD); emit1(&a, OP_STORE, 0);
    emit1(&a, OP_PUSH, 2); emit1(&a, OP_STORE, 1);
    label(&a, L_LOOP);
    emit1(&a, OP_LOAD, 1); emit0(&a, OP_DUP); emit0(&a, OP_MUL); emit1(&a, OP_LOAD, 0);
    emit0(&a, OP_LE); emit_jump(&a, OP_JZ, L_YES);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_LOAD, 1); emit0(&a, OP_MOD); emit_jump(&a, OP_JZ, L_NO);
    emit_word(&a, OP_INC); emit_word(&a, 1); emit_word(&a, 1);
    emit_jump(&a, OP_JMP, L_LOOP);
    label(&a, L_NO);
    emit1(&a, OP_PUSH, 0); emit0(&a, OP_HALT);
    label(&a, L_YES);
    emit1(&a, OP_PUSH, 1); emit0(&a, OP_HALT);
    asm_end(&a);
}

/* sum over k = 1..48 of gcd(arg + 1, 37k + 11), Euclid in a subroutine */
static void build_gcdsum(Program *p)
{
    Asm a;
    enum { L_OUTER, L_DONE, L_GCD, L_GLOOP, L_GEND };

    asm_begin(&a, p, "gcdsum");
    emit1(&a, OP_PUSH, 0); emit1(&a, OP_STORE, 0);          /* sum */
    emit1(&a, OP_PUSH, 1); emit1(&a, OP_STORE, 1);          /* k   */
    label(&a, L_OUTER);
    emit1(&a, OP_LOAD, 1); emit1(&a, OP_PUSH, 48); emit0(&a, OP_LE); emit_jump(&a, OP_JZ, L_DONE);
    emit0(&a, OP_LOADA); emit1(&a, OP_PUSH, 1); emit0(&a, OP_ADD);
    emit1(&a, OP_LOAD, 1); emit1(&a, OP_PUSH, 37); emit0(&a, OP_MUL); emit1(&a, OP_PUSH, 11); emit0(&a, OP_ADD);
    emit_call(&a, L_GCD, 2);
    emit1(&a, OP_LOAD, 0); emit0(&a, OP_ADD); emit1(&a, OP_STORE, 0);
    emit_word(&a, OP_INC); emit_word(&a, 1); emit_word(&a, 1);
    emit_jump(&a, OP_JMP, L_OUTER);
    label(&a, L_DONE);
    emit1(&a, OP_LOAD, 0); emit0(&a, OP_HALT);
    /* gcd(a = local0, b = local1) */
    label(&a, L_GCD);
    label(&a, L_GLOOP);
    emit1(&a, OP_LOAD, 1); emit_jump(&a, OP_JZ, L_GEND);
    emit1(&a, OP_LOAD, 0); emit1(&a, OP_LOAD, 1); emit0(&a, OP_MOD);
    emit1(&a, OP_LOAD, 1); emit1(&a, OP_STORE, 0); emit1(&a, OP_STORE, 1);
    emit_jump(&a, OP_JMP, L_GLOOP);
    label(&a, L_GEND);
    emit1(&a, OP_LOAD, 0); emit0(&a, OP_RET);
    asm_end(&a);
}

static void build_programs(void)
{
    static void (*const builders[])(Program *) = {
        build_collatz, build_fib, build_isprime, build_gcdsum,
    };
    size_t i;

    num_programs = 0;
    for (i = 0; i < sizeof builders / sizeof builders[0]; i++) {
        Program *p = &programs[num_programs];
        builders[i](p);
        if (verify_program(p) != 0) {
            fprintf(stderr, "program %s failed verification\n", p->name);
            exit(EXIT_FAILURE);
        }
        num_programs++;
    }
}

/* ------------------------------------------------------------------ */
/* Interpreter                                                         */
/* ------------------------------------------------------------------ */

static _Noreturn void vm_fail(const Program *p, int pc, const char *msg)
{
    fprintf(stderr, "vm: %s: %s at pc %d\n", p->name, msg, pc);
    exit(EXIT_FAILURE);
}

static long vm_run(const Program *p, long arg)
{
    long stack[STACK_SIZE];
    Frame frames[MAX_FRAMES];
    int sp = 0, fp = 0, pc = 0;
    unsigned long long steps = 0;
    long a, b;

    memset(&frames[0], 0, sizeof frames[0]);

#define PUSH(v) do { if (sp >= STACK_SIZE) VM_FAIL("stack overflow"); stack[sp++] = (v); } while (0)
#define POP()   (sp > frames[fp].ret_sp ? stack[--sp] : (VM_FAIL("stack underflow"), 0L))

    for (;;) {
        long op = p->code[pc];
        steps++;
        switch (op) {
        case OP_HALT:
            a = POP();
            vm_total_steps += steps;
            if (fp > vm_max_depth)
                vm_max_depth = fp;
            return a;
        case OP_PUSH:  PUSH(p->code[pc + 1]); pc += 2; break;
        case OP_LOADA: PUSH(arg); pc += 1; break;
        case OP_LOAD:  PUSH(frames[fp].locals[p->code[pc + 1]]); pc += 2; break;
        case OP_STORE: frames[fp].locals[p->code[pc + 1]] = POP(); pc += 2; break;
        case OP_INC:   frames[fp].locals[p->code[pc + 1]] += p->code[pc + 2]; pc += 3; break;
        case OP_ADD:   b = POP(); a = POP(); PUSH(a + b); pc++; break;
        case OP_SUB:   b = POP(); a = POP(); PUSH(a - b); pc++; break;
        case OP_MUL:   b = POP(); a = POP(); PUSH(a * b); pc++; break;
        case OP_DIV:
            b = POP(); a = POP();
            if (b == 0) VM_FAIL("division by zero");
            PUSH(a / b); pc++; break;
        case OP_MOD:
            b = POP(); a = POP();
            if (b == 0) VM_FAIL("division by zero");
            PUSH(a % b); pc++; break;
        case OP_LT:    b = POP(); a = POP(); PUSH(a < b); pc++; break;
        case OP_LE:    b = POP(); a = POP(); PUSH(a <= b); pc++; break;
        case OP_EQ:    b = POP(); a = POP(); PUSH(a == b); pc++; break;
        case OP_JMP:   pc = (int)p->code[pc + 1]; break;
        case OP_JZ:    a = POP(); pc = a == 0 ? (int)p->code[pc + 1] : pc + 2; break;
        case OP_JNZ:   a = POP(); pc = a != 0 ? (int)p->code[pc + 1] : pc + 2; break;
        case OP_DUP:   a = POP(); PUSH(a); PUSH(a); pc++; break;
        case OP_POP:   (void)POP(); pc++; break;
        case OP_CALL: {
            int nargs = (int)p->code[pc + 2], i;
            Frame *f;
            if (fp + 1 >= MAX_FRAMES) VM_FAIL("call depth exceeded");
            if (sp - frames[fp].ret_sp < nargs) VM_FAIL("missing call arguments");
            f = &frames[fp + 1];
            memset(f->locals, 0, sizeof f->locals);
            for (i = nargs - 1; i >= 0; i--)
                f->locals[i] = stack[--sp];
            f->ret_pc = pc + 3;
            f->ret_sp = sp;
            fp++;
            if (fp > vm_max_depth)
                vm_max_depth = fp;
            pc = (int)p->code[pc + 1];
            break;
        }
        case OP_RET:
            if (fp == 0) VM_FAIL("return from top level");
            a = POP();
            sp = frames[fp].ret_sp;
            pc = frames[fp].ret_pc;
            fp--;
            PUSH(a);
            break;
        default:
            VM_FAIL("bad opcode");
        }
    }
#undef PUSH
#undef POP
}

/* ------------------------------------------------------------------ */

int main(void)
{
    long results[MAX_PROGRAMS][4];
    unsigned long checksum[MAX_PROGRAMS];
    unsigned long grand = 0;
    int i;
    long arg;

    build_programs();

    for (i = 0; i < num_programs; i++) {
        const Program *p = &programs[i];
        unsigned long h = 5381;
        long best = 0, best_arg = 0, total = 0;

        for (arg = 0; arg < NUM_ARGS; arg++) {
            long r = vm_run(p, arg);
            h = h * 33u + (unsigned long)r;
            total += r;
            if (r > best) {
                best = r;
                best_arg = arg;
            }
        }
        checksum[i] = h;
        results[i][0] = total;
        results[i][1] = best;
        results[i][2] = best_arg;
        results[i][3] = vm_run(p, NUM_ARGS / 2);
    }

    for (i = 0; i < num_programs; i++) {
        printf("%-8s len %3d  total %12ld  max %8ld @ %5ld  f(%d) = %ld  hash %016lx\n",
               programs[i].name, programs[i].len, results[i][0], results[i][1],
               results[i][2], NUM_ARGS / 2, results[i][3], checksum[i]);
        grand ^= checksum[i] + 0x9e3779b97f4a7c15ul + (grand << 6) + (grand >> 2);
    }
    printf("steps %llu  max depth %lld  combined %016lx\n", vm_total_steps, vm_max_depth, grand);
    return 0;
}
