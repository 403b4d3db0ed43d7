// Plain-C wrappers over ICU's versioned C API. See include/cicu.h.
#include "cicu.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/ulocdata.h>
#include <unicode/uclean.h>
#include <unicode/icudataver.h>
#include <unicode/ucnv_cb.h>

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo v;
    char s[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, s);
    if (capacity > 0) { strncpy(buffer, s, (size_t)capacity - 1); buffer[capacity - 1] = 0; }
}

void cicu_data_version(char *buffer, int32_t capacity) {
    UVersionInfo v;
    char s[U_MAX_VERSION_STRING_LENGTH];
    UErrorCode status = U_ZERO_ERROR;
    u_getDataVersion(v, &status);
    if (U_FAILURE(status)) { s[0] = 0; } else { u_versionToString(v, s); }
    if (capacity > 0) { strncpy(buffer, s, (size_t)capacity - 1); buffer[capacity - 1] = 0; }
}

// MARK: Converters

typedef struct {
    int32_t count;
} CountingContext;

// Substitutes U+FFFD for every invalid or unmappable sequence and counts them.
static void countingSubstitute(const void *context, UConverterToUnicodeArgs *args,
                               const char *codeUnits, int32_t length,
                               UConverterCallbackReason reason, UErrorCode *err) {
    (void)codeUnits; (void)length;
    if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
    CountingContext *ctx = (CountingContext *)context;
    ctx->count += 1;
    *err = U_ZERO_ERROR;
    static const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

/// Opens `charset`'s converter set to stop at the first invalid sequence, decoding (to Unicode)
/// or encoding (from Unicode); NULL when ICU does not know the charset.
static UConverter *open_strict(const char *charset, int decoding) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return NULL;
    if (decoding) ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    else ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(cnv); return NULL; }
    return cnv;
}

/// One pass of `cnv` over all of `src` (`srcLength` units: bytes when decoding, UTF-16 units when
/// encoding) into `dst` (`dstCapacity` units of the other kind); `*read` and `*written` are the
/// units it consumed and produced before it stopped.
static UErrorCode convert_all(UConverter *cnv, int decoding, const void *src, int32_t srcLength,
                              void *dst, int32_t dstCapacity, int32_t *read, int32_t *written) {
    UErrorCode status = U_ZERO_ERROR;
    if (decoding) {
        const char *source = (const char *)src;
        UChar *target = (UChar *)dst;
        ucnv_toUnicode(cnv, &target, target + dstCapacity, &source, source + srcLength, NULL, 1, &status);
        *read = (int32_t)(source - (const char *)src);
        *written = (int32_t)(target - (UChar *)dst);
    } else {
        const UChar *source = (const UChar *)src;
        char *target = (char *)dst;
        ucnv_fromUnicode(cnv, &target, target + dstCapacity, &source, source + srcLength, NULL, 1, &status);
        *read = (int32_t)(source - (const UChar *)src);
        *written = (int32_t)(target - (char *)dst);
    }
    return status;
}

/// The units of the invalid sequence `cnv` stopped at (the input's units), which the pass had
/// already consumed: the input offset of the sequence is `read` minus this.
static int32_t invalid_units(UConverter *cnv, int decoding) {
    char bytes[32];
    UChar units[8];
    int8_t length = decoding ? (int8_t)sizeof(bytes) : (int8_t)(sizeof(units) / sizeof(UChar));
    UErrorCode ignore = U_ZERO_ERROR;
    if (decoding) ucnv_getInvalidChars(cnv, bytes, &length, &ignore);
    else ucnv_getInvalidUChars(cnv, units, &length, &ignore);
    return U_FAILURE(ignore) ? 0 : length;
}

int32_t cicu_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                    uint16_t *dst, int32_t dstCapacity, int32_t lossy,
                    int32_t *dstLength, int64_t *badOffset, int32_t *substitutions) {
    *dstLength = 0; *badOffset = -1; *substitutions = 0;
    // Strict pass: stop at the first invalid sequence to learn its offset.
    UConverter *cnv = open_strict(charset, 1);
    if (cnv == NULL) return CICU_UNSUPPORTED;
    int32_t read = 0, written = 0;
    UErrorCode status = convert_all(cnv, 1, src, srcLength, dst, dstCapacity, &read, &written);
    if (status == U_BUFFER_OVERFLOW_ERROR) { ucnv_close(cnv); return CICU_BUFFER_TOO_SMALL; }
    if (U_SUCCESS(status)) {
        *dstLength = written;
        ucnv_close(cnv);
        return CICU_OK;
    }
    if (status != U_INVALID_CHAR_FOUND && status != U_ILLEGAL_CHAR_FOUND &&
        status != U_TRUNCATED_CHAR_FOUND) {
        ucnv_close(cnv);
        return CICU_FAILURE;
    }
    *badOffset = (int64_t)read - invalid_units(cnv, 1);
    if (!lossy) {
        *dstLength = written;
        ucnv_close(cnv);
        return CICU_INVALID_INPUT;
    }

    // Lossy pass from the start, substituting and counting.
    CountingContext ctx = {0};
    status = U_ZERO_ERROR;
    ucnv_reset(cnv);
    ucnv_setToUCallBack(cnv, countingSubstitute, &ctx, NULL, NULL, &status);
    if (U_SUCCESS(status)) status = convert_all(cnv, 1, src, srcLength, dst, dstCapacity, &read, &written);
    ucnv_close(cnv);
    if (status == U_BUFFER_OVERFLOW_ERROR) return CICU_BUFFER_TOO_SMALL;
    if (U_FAILURE(status)) return CICU_FAILURE;
    *dstLength = written;
    *substitutions = ctx.count;
    return CICU_OK;
}

int32_t cicu_encode(const char *charset, const uint16_t *src, int32_t srcLength,
                    uint8_t *dst, int32_t dstCapacity, int32_t *dstLength, int64_t *badOffset) {
    *dstLength = 0; *badOffset = -1;
    UConverter *cnv = open_strict(charset, 0);
    if (cnv == NULL) return CICU_UNSUPPORTED;
    int32_t read = 0, written = 0;
    UErrorCode status = convert_all(cnv, 0, src, srcLength, dst, dstCapacity, &read, &written);
    int32_t result = CICU_OK;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = CICU_BUFFER_TOO_SMALL;
        *dstLength = srcLength * 4 + 16;
    } else if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) {
        *badOffset = (int64_t)read - invalid_units(cnv, 0);
        result = CICU_INVALID_INPUT;
    } else if (U_FAILURE(status)) {
        result = CICU_FAILURE;
    } else {
        *dstLength = written;
    }
    ucnv_close(cnv);
    return result;
}

// MARK: Charset detection

int32_t cicu_detect_confidence(const uint8_t *src, int32_t srcLength, const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return 0;
    ucsdet_setText(det, (const char *)src, srcLength, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
    int32_t confidence = 0;
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < found; i++) {
            UErrorCode s = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s);
            if (U_SUCCESS(s) && name && strcmp(name, charset) == 0) {
                confidence = ucsdet_getConfidence(matches[i], &s);
                break;
            }
        }
    }
    ucsdet_close(det);
    return confidence;
}

// MARK: Normalisation

static const UNormalizer2 *nfkc(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&status);
    return U_SUCCESS(status) ? n : NULL;
}

int32_t cicu_nfkc_is_inert(uint32_t c) {
    const UNormalizer2 *n = nfkc();
    return n ? (int32_t)unorm2_isInert(n, (UChar32)c) : 0;
}

int32_t cicu_nfkc_has_boundary_before(uint32_t c) {
    const UNormalizer2 *n = nfkc();
    return n ? (int32_t)unorm2_hasBoundaryBefore(n, (UChar32)c) : 1;
}

int32_t cicu_nfkc(const uint16_t *src, int32_t srcLength,
                  uint16_t *dst, int32_t dstCapacity, int32_t *dstLength) {
    const UNormalizer2 *n = nfkc();
    if (!n) return CICU_UNSUPPORTED;
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unorm2_normalize(n, (const UChar *)src, srcLength, (UChar *)dst, dstCapacity, &status);
    *dstLength = length;
    if (status == U_BUFFER_OVERFLOW_ERROR) return CICU_BUFFER_TOO_SMALL;
    return U_SUCCESS(status) ? CICU_OK : CICU_FAILURE;
}

// MARK: Break iteration

void *cicu_break_open(int32_t kind) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *bi = ubrk_open(type, "zh", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    return bi;
}

int32_t cicu_break_boundaries(void *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t capacity) {
    UBreakIterator *bi = (UBreakIterator *)breaker;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi)) {
        if (count >= capacity) return -1;
        boundaries[count++] = p;
    }
    return count;
}

void cicu_break_close(void *breaker) {
    if (breaker) ubrk_close((UBreakIterator *)breaker);
}

// MARK: Transliteration

void *cicu_translit_open(const char *utf8ID) {
    UChar id[128];
    int32_t n = 0;
    for (const char *p = utf8ID; *p && n < 127; p++) id[n++] = (UChar)(unsigned char)*p;  // ids are ASCII
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(id, n, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    return t;
}

int32_t cicu_translit(void *translit, uint16_t *buffer, int32_t length, int32_t capacity,
                      int32_t *resultLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)translit, (UChar *)buffer, &textLength, capacity,
                       0, &limit, &status);
    *resultLength = textLength;
    if (status == U_BUFFER_OVERFLOW_ERROR) return CICU_BUFFER_TOO_SMALL;
    return U_SUCCESS(status) ? CICU_OK : CICU_FAILURE;
}

void cicu_translit_close(void *translit) {
    if (translit) utrans_close((UTransliterator *)translit);
}
