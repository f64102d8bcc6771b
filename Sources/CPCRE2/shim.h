#ifndef VEIL_CPCRE2_SHIM_H
#define VEIL_CPCRE2_SHIM_H
/* Why this header exists: PCRE2 picks its code-unit width with a macro that must be defined
   before pcre2.h is included; Veil uses 8-bit (UTF-8) code units only. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* PCRE2_UNSET is (~(size_t)0), which Swift cannot import as a constant. Would go if Swift
   imported macros that expand to casts. */
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
#endif
