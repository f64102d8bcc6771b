// NFKC_Casefold with edits through ICU's C++ API, then Veil's separator and digit mapping.
#include "icu_bridge.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

namespace {

// What a code point of the NFKC_Casefold output becomes, or -1 to keep it.
int32_t veilMapping(UChar32 c) {
    if (c < 0x80) return -1;
    int8_t type = u_charType(c);
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        int32_t value = u_charDigitValue(c);
        if (value >= 0 && value <= 9) return '0' + value;
    }
    if (type == U_SPACE_SEPARATOR) return ' ';
    if (type == U_DASH_PUNCTUATION || c == 0x2212 /* minus sign */) return '-';
    return -1;
}

// Second pass: copies `in` to `out`, replacing mapped code points and recording edits.
// Returns the bytes needed; writes only while they fit.
int32_t mapSeparatorsAndDigits(const uint8_t *in, int32_t length, uint8_t *out, int32_t capacity,
                               icu::Edits &edits) {
    int32_t written = 0;
    int32_t unchangedRun = 0;
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(in, i, length, c);
        int32_t mapped = veilMapping(c);
        if (mapped < 0) {
            for (int32_t k = start; k < i; ++k) {
                if (written < capacity) out[written] = in[k];
                ++written;
            }
            unchangedRun += i - start;
        } else {
            if (unchangedRun > 0) { edits.addUnchanged(unchangedRun); unchangedRun = 0; }
            if (written < capacity) out[written] = static_cast<uint8_t>(mapped);
            ++written;
            edits.addReplace(i - start, 1);
        }
    }
    if (unchangedRun > 0) edits.addUnchanged(unchangedRun);
    return written;
}

}  // namespace

extern "C" int32_t veil_normalize(const uint8_t *source, int32_t source_length, veil_normalize_buffers *b) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;

    icu::Edits foldEdits;
    icu::CheckedArrayByteSink foldSink(reinterpret_cast<char *>(b->folded), b->folded_capacity);
    nfkcCasefold->normalizeUTF8(0, icu::StringPiece(reinterpret_cast<const char *>(source), source_length),
                                foldSink, &foldEdits, status);
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;
    int32_t foldedLength = foldSink.NumberOfBytesAppended();
    b->folded_needed = foldedLength;
    if (foldSink.Overflowed()) {
        b->output_needed = foldedLength;  // the mapping pass never grows text
        b->spans_needed = 0;
        return VEIL_NORMALIZE_NEEDS_MORE_ROOM;
    }

    icu::Edits mapEdits;
    int32_t outputLength = mapSeparatorsAndDigits(b->folded, foldedLength, b->output, b->output_capacity, mapEdits);
    b->output_needed = outputLength;
    b->output_length = outputLength;

    icu::Edits merged;
    merged.mergeAndAppend(foldEdits, mapEdits, status);
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;

    int32_t count = 0;
    icu::Edits::Iterator it = merged.getCoarseChangesIterator();
    while (it.next(status)) {
        if (!it.hasChange()) continue;
        if (count < b->span_capacity) {
            b->spans[count] = veil_changed_span{it.sourceIndex(), it.oldLength(), it.destinationIndex(), it.newLength()};
        }
        ++count;
    }
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;
    b->span_count = count;
    b->spans_needed = count;
    if (outputLength > b->output_capacity || count > b->span_capacity) return VEIL_NORMALIZE_NEEDS_MORE_ROOM;
    return VEIL_NORMALIZE_OK;
}

extern "C" const char *veil_icu_version(void) {
    return U_ICU_VERSION;
}
