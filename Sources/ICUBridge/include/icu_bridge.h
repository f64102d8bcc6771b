#ifndef VEIL_ICU_BRIDGE_H
#define VEIL_ICU_BRIDGE_H
/* The only door from Swift into ICU. Plain C types, no ICU types, so Swift never sees ICU's
   version-renamed symbols. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One changed stretch of text: `src_len` bytes of the original at `src_start` became `dst_len`
   bytes of the normalised text at `dst_start`. Bytes between changed stretches map 1:1. */
typedef struct veil_changed_span {
    int32_t src_start;
    int32_t src_len;
    int32_t dst_start;
    int32_t dst_len;
} veil_changed_span;

/* Buffers owned by the caller, reused across calls. On VEIL_NORMALIZE_NEEDS_MORE_ROOM the
   `*_needed` fields say how large each buffer must be; grow them and call again. */
typedef struct veil_normalize_buffers {
    uint8_t *folded;          /* scratch for the NFKC_Casefold pass */
    int32_t folded_capacity;
    uint8_t *output;          /* the normalised text */
    int32_t output_capacity;
    veil_changed_span *spans;
    int32_t span_capacity;
    int32_t output_length;    /* out */
    int32_t span_count;       /* out */
    int32_t folded_needed;    /* out */
    int32_t output_needed;    /* out */
    int32_t spans_needed;     /* out */
} veil_normalize_buffers;

enum {
    VEIL_NORMALIZE_OK = 0,
    VEIL_NORMALIZE_NEEDS_MORE_ROOM = 1,
    VEIL_NORMALIZE_ICU_ERROR = 2,
};

/* Normalises valid UTF-8: NFKC with full case folding and removal of default-ignorable code
   points (ICU's NFKC_Casefold), then every Unicode decimal digit becomes its ASCII digit,
   every space separator and line break a plain space, every dash a hyphen-minus, every middle
   dot and bullet a full stop, combining marks stacked on a digit are dropped, and Greek,
   Cyrillic and Cherokee letters that look like an ASCII letter or digit (Unicode TS #39
   skeletons) become it. Reports the changed spans so
   that every position of the output maps back to the original. Parenthesised and full-stop
   digits (⑴, ⒈) are read as their numbers before NFKC, which would add brackets and dots. */
int32_t veil_normalize(const uint8_t *source, int32_t source_length, veil_normalize_buffers *buffers);

/* The version of ICU Veil was built against, for diagnostics. */
const char *veil_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
