// CICU — the one place where C enters ZhMine.
//
// ICU's C API renames every function with a version suffix through macros
// (ucnv_open → ucnv_open_72), which Swift cannot import. This shim wraps the
// few ICU services ZhMine uses behind plain, unversioned C functions. No ICU
// type crosses this boundary: handles are opaque pointers, text is UTF-16
// code units (uint16_t) or UTF-8 bytes, errors are small integer codes.
#ifndef ZHMINE_CICU_H
#define ZHMINE_CICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes returned by the shim.
enum {
    CICU_OK = 0,
    CICU_INVALID_INPUT = 1,   ///< bytes that are not valid in the charset (offset reported)
    CICU_UNSUPPORTED = 2,     ///< unknown charset / transliterator / data
    CICU_BUFFER_TOO_SMALL = 3,
    CICU_FAILURE = 4          ///< any other ICU error
};

/// The ICU version this binary runs against, e.g. "72.1". Writes a NUL-terminated string.
void cicu_version(char *buffer, int32_t capacity);

/// The ICU data version (changes when the bundled data, and so cjdict, changes).
void cicu_data_version(char *buffer, int32_t capacity);

// MARK: Converters (ucnv)

/// Decodes `src` in `charset` to UTF-16. With `lossy` == 0 the first invalid
/// sequence stops decoding and `*badOffset` receives its byte offset; with
/// `lossy` != 0 invalid sequences become U+FFFD, `*substitutions` counts them
/// and `*badOffset` is the first one (or -1). `dstCapacity` must be at least
/// `srcLength + 2` (no supported charset yields more UTF-16 units than bytes).
int32_t cicu_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                    uint16_t *dst, int32_t dstCapacity, int32_t lossy,
                    int32_t *dstLength, int64_t *badOffset, int32_t *substitutions);

/// Encodes UTF-16 `src` into `charset`. An unmappable character stops with
/// CICU_INVALID_INPUT and `*badOffset` its UTF-16 offset. Returns
/// CICU_BUFFER_TOO_SMALL with the needed size in `*dstLength` when `dst` is short.
int32_t cicu_encode(const char *charset, const uint16_t *src, int32_t srcLength,
                    uint8_t *dst, int32_t dstCapacity, int32_t *dstLength, int64_t *badOffset);

// MARK: Charset detection (ucsdet)

/// Runs ICU's statistical charset detector and returns the confidence (0–100)
/// it gives `charset` for `src` (0 when the detector does not propose it).
int32_t cicu_detect_confidence(const uint8_t *src, int32_t srcLength, const char *charset);

// MARK: Normalisation (unorm2, NFKC)

/// Nonzero when `c` is unchanged by NFKC and never interacts with neighbours.
int32_t cicu_nfkc_is_inert(uint32_t c);

/// Nonzero when NFKC has a boundary before `c` (text may be cut there).
int32_t cicu_nfkc_has_boundary_before(uint32_t c);

/// NFKC-normalises UTF-16 text. CICU_BUFFER_TOO_SMALL sets `*dstLength` to the size needed.
int32_t cicu_nfkc(const uint16_t *src, int32_t srcLength,
                  uint16_t *dst, int32_t dstCapacity, int32_t *dstLength);

// MARK: Break iteration (ubrk)

enum { CICU_BREAK_WORD = 0, CICU_BREAK_SENTENCE = 1 };

/// Opens a break iterator of the given kind for Chinese. NULL on failure.
void *cicu_break_open(int32_t kind);

/// Fills `boundaries` with the UTF-16 boundary offsets of `text` (including 0
/// and `length`). Returns the number written, or -1 when `capacity` is short.
int32_t cicu_break_boundaries(void *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t capacity);

void cicu_break_close(void *breaker);

// MARK: Transliteration (utrans)

/// Opens a transliterator by ICU id ("Traditional-Simplified", "Han-Latin", …). NULL when unknown.
void *cicu_translit_open(const char *utf8ID);

/// Transliterates `buffer[0..<length]` in place; the result may grow up to
/// `capacity`. CICU_BUFFER_TOO_SMALL sets `*resultLength` to the size needed.
int32_t cicu_translit(void *translit, uint16_t *buffer, int32_t length, int32_t capacity,
                      int32_t *resultLength);

void cicu_translit_close(void *translit);

// MARK: ICU's CJK dictionary (cjdict, in the brkitr data tree)

/// Receives one dictionary word (UTF-16) and its ICU cost (lower is more frequent).
/// Return nonzero to stop the enumeration.
typedef int32_t (*cicu_word_callback)(void *context, const uint16_t *word, int32_t length, int32_t cost);

/// Enumerates every word of ICU's cjdict. Returns CICU_OK, or CICU_UNSUPPORTED
/// when this ICU has no such dictionary. `*count` receives the number of words.
int32_t cicu_cjdict_enumerate(void *context, cicu_word_callback callback, int64_t *count);

/// A cheap fingerprint of the cjdict data (its size and a hash of its bytes).
int32_t cicu_cjdict_fingerprint(uint64_t *size, uint64_t *hash);

/// The file the cjdict data is mapped from (libicudata's shared library, or an ICU .dat
/// file), so that callers can tell by `stat` whether it changed. CICU_UNSUPPORTED when
/// the loader cannot say.
int32_t cicu_cjdict_location(char *path, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
