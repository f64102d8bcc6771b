// NFKC_Casefold with edits through ICU's C++ API, then Veil's separator and digit mapping.
#include "icu_bridge.h"

#include <string>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

namespace {

constexpr int32_t kKeep = -1;
constexpr int32_t kDrop = -2;

// Greek, Cyrillic (with its supplement) and Cherokee letters whose confusable skeleton
// (Unicode TS #39, through ICU's uspoof) is a single ASCII letter or digit: Cyrillic "а" reads
// as "a", "о" as "o", "З" as "3". Built once, on first use; C++ makes that thread-safe.
class LookAlikes {
  public:
    static constexpr UChar32 kFirst = 0x0370;
    static constexpr UChar32 kLast = 0x13FF;

    LookAlikes() {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker *checker = uspoof_open(&status);
        for (UChar32 c = kFirst; c <= kLast; ++c) {
            table_[c - kFirst] = 0;
            bool inRange = (c <= 0x052F) || (c >= 0x13A0);
            if (U_FAILURE(status) || !inRange || !u_isalpha(c)) continue;
            // Text arrives case-folded, so a lower-case letter also stands for its capital:
            // "з" is looked up as "З", whose skeleton is "3".
            int32_t ascii = skeletonASCII(checker, c);
            if (ascii < 0) ascii = skeletonASCII(checker, u_toupper(c));
            if (ascii < 0) continue;
            table_[c - kFirst] = static_cast<char>(ascii);
        }
        if (checker != nullptr) uspoof_close(checker);
    }

    // The ASCII letter (lower case) or digit that `c`'s skeleton is, or -1.
    static int32_t skeletonASCII(const USpoofChecker *checker, UChar32 c) {
        UChar source[2];
        int32_t length = 0;
        U16_APPEND_UNSAFE(source, length, c);
        UChar skeleton[8];
        UErrorCode status = U_ZERO_ERROR;
        int32_t skeletonLength = uspoof_getSkeleton(checker, 0, source, length, skeleton, 8, &status);
        if (U_FAILURE(status) || skeletonLength != 1) return -1;
        UChar ascii = skeleton[0];
        if (ascii >= 'A' && ascii <= 'Z') return ascii - 'A' + 'a';
        if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) return ascii;
        return -1;
    }

    int32_t lookup(UChar32 c) const {
        if (c < kFirst || c > kLast || table_[c - kFirst] == 0) return kKeep;
        return table_[c - kFirst];
    }

  private:
    char table_[kLast - kFirst + 1];
};

const LookAlikes &lookAlikes() {
    static const LookAlikes instance;
    return instance;
}

bool isASCIIDigit(UChar32 c) { return c >= '0' && c <= '9'; }

bool isASCIIAlnum(UChar32 c) { return isASCIIDigit(c) || (c >= 'a' && c <= 'z'); }

// Records a pass's edits, joining consecutive unchanged bytes into one span.
class EditRecorder {
  public:
    explicit EditRecorder(icu::Edits &edits) : edits_(edits) {}
    void keep(int32_t length) { unchanged_ += length; }
    void replace(int32_t oldLength, int32_t newLength) {
        flush();
        edits_.addReplace(oldLength, newLength);
    }
    void flush() {
        if (unchanged_ > 0) edits_.addUnchanged(unchanged_);
        unchanged_ = 0;
    }

  private:
    icu::Edits &edits_;
    int32_t unchanged_ = 0;
};

// What a code point of the NFKC_Casefold output becomes: an ASCII character, kKeep or kDrop.
// `previous` is the code point written before it.
int32_t veilMapping(UChar32 c, UChar32 previous) {
    switch (c) {
        case '\t': case '\n': case 0x0B: case 0x0C: case '\r': case 0x85: case 0x2028: case 0x2029:
            return ' ';  // a value split across lines is still one value
        case 0xFFFD:
            return ' ';  // a byte that was not UTF-8, repaired: it separates, it does not hide a value
        default:
            break;
    }
    if (c < 0x20 || c == 0x7F) return ' ';  // NUL, DEL and the other controls separate like a space
    if (c < 0x80) return kKeep;
    int8_t type = u_charType(c);
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        int32_t value = u_charDigitValue(c);
        if (value >= 0 && value <= 9) return '0' + value;
    }
    if (type == U_SPACE_SEPARATOR) return ' ';
    if (type == U_DASH_PUNCTUATION || c == 0x2212 /* minus sign */) return '-';
    // Middle dots and bullets between groups are dots (`CH47•8201•…`, `+43·681·…`).
    if (c == 0x00B7 || c == 0x2022 || c == 0x2219 || c == 0x22C5 || c == 0x30FB || c == 0x2027) return '.';
    // A mark that no letter took in (NFKC composed the accents): an underline, an overline or a
    // strike over a value's characters (`C̳H̳1̳3̳`, `5̅1̅2̅`), copied from a PDF.
    if ((type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) && isASCIIAlnum(previous)) return kDrop;
    return lookAlikes().lookup(c);
}

// What follows `i` after spaces (ASCII, or space separators): a digit (1), a word of up to
// four ASCII letters, a bank code's length (2), or anything else (0).
int32_t groupAfter(const uint8_t *in, int32_t i, int32_t length) {
    int32_t letters = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(in, i, length, c);
        if (letters == 0 && (c == ' ' || u_charType(c) == U_SPACE_SEPARATOR)) continue;
        if (letters == 0 && isASCIIDigit(c)) return 1;
        if (c < 'a' || c > 'z') break;
        if (++letters > 4) return 0;
    }
    return letters > 0 ? 2 : 0;
}

// Whether pictograph `c` stands between two groups of a value, a digit on one side at least
// (`4142📱6481`, `07401 🏦 191147`, `NL33 🏦 KABA`): it separates them like a space, where
// it would otherwise hide the value from every rule. A word after it (`… 🤖 please`) is no group.
bool isPictographInValue(UChar32 c, UChar32 previousNonSpace, const uint8_t *in, int32_t next, int32_t length) {
    if (!isASCIIAlnum(previousNonSpace) || !u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return false;
    int32_t following = groupAfter(in, next, length);
    return following == 1 || (following == 2 && isASCIIDigit(previousNonSpace));
}

// Second pass: copies `in` to `out`, replacing or dropping mapped code points and recording
// edits. Returns the bytes needed; writes only while they fit.
int32_t mapSeparatorsAndDigits(const uint8_t *in, int32_t length, uint8_t *out, int32_t capacity,
                               icu::Edits &edits) {
    EditRecorder recorder(edits);
    int32_t written = 0;
    int32_t i = 0;
    UChar32 previous = 0, previousNonSpace = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(in, i, length, c);
        int32_t mapped = veilMapping(c, previous);
        if (mapped == kKeep && c >= 0x80 && isPictographInValue(c, previousNonSpace, in, i, length)) mapped = ' ';
        UChar32 writtenCode = mapped == kKeep ? c : mapped;
        if (mapped != kDrop && writtenCode != ' ') previousNonSpace = writtenCode;
        if (mapped == kKeep) {
            for (int32_t k = start; k < i; ++k) {
                if (written < capacity) out[written] = in[k];
                ++written;
            }
            recorder.keep(i - start);
            previous = c;
        } else if (mapped == kDrop) {
            recorder.replace(i - start, 0);  // `previous` stays the digit, so stacked marks all go
        } else {
            if (written < capacity) out[written] = static_cast<uint8_t>(mapped);
            ++written;
            recorder.replace(i - start, 1);
            previous = mapped;
        }
    }
    recorder.flush();
    return written;
}

// Parenthesised and full-stop digits (U+2474-U+249B, "⑴", "⒈") would come out of NFKC as "(1)"
// and "1.", which split a value; they are read as their number first. Returns whether any was
// found; `out` then holds the text and `edits` the changes.
bool readEnclosedDigits(const uint8_t *in, int32_t length, std::string &out, icu::Edits &edits) {
    EditRecorder recorder(edits);
    bool found = false;
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(in, i, length, c);
        if (c >= 0x2474 && c <= 0x249B) {
            int32_t number = c <= 0x2487 ? c - 0x2474 + 1 : c - 0x2488 + 1;
            std::string digits = std::to_string(number);
            out += digits;
            recorder.replace(i - start, static_cast<int32_t>(digits.size()));
            found = true;
        } else {
            out.append(reinterpret_cast<const char *>(in) + start, i - start);
            recorder.keep(i - start);
        }
    }
    recorder.flush();
    return found;
}

bool mayHoldEnclosedDigits(const uint8_t *in, int32_t length) {
    for (int32_t i = 0; i + 1 < length; ++i) {
        if (in[i] == 0xE2 && (in[i + 1] == 0x91 || in[i + 1] == 0x92)) return true;
    }
    return false;
}

}  // namespace

extern "C" int32_t veil_normalize(const uint8_t *source, int32_t source_length, veil_normalize_buffers *b) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;

    icu::Edits enclosedEdits;
    std::string enclosed;
    bool hasEnclosed = mayHoldEnclosedDigits(source, source_length)
        && readEnclosedDigits(source, source_length, enclosed, enclosedEdits);
    const char *foldSource = hasEnclosed ? enclosed.data() : reinterpret_cast<const char *>(source);
    int32_t foldSourceLength = hasEnclosed ? static_cast<int32_t>(enclosed.size()) : source_length;

    icu::Edits foldEdits;
    icu::CheckedArrayByteSink foldSink(reinterpret_cast<char *>(b->folded), b->folded_capacity);
    nfkcCasefold->normalizeUTF8(0, icu::StringPiece(foldSource, foldSourceLength), foldSink, &foldEdits, status);
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
    if (hasEnclosed) {
        icu::Edits enclosedAndFolded;
        enclosedAndFolded.mergeAndAppend(enclosedEdits, foldEdits, status);
        merged.mergeAndAppend(enclosedAndFolded, mapEdits, status);
    } else {
        merged.mergeAndAppend(foldEdits, mapEdits, status);
    }
    if (U_FAILURE(status)) return VEIL_NORMALIZE_ICU_ERROR;

    int32_t count = 0;
    // Fine changes, one per edited character: a coarse change would join a line break (read as a
    // space) to the full-width value after it, and a finding would take the line break in.
    icu::Edits::Iterator it = merged.getFineChangesIterator();
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
