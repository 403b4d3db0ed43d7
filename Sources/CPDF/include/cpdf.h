// CPDF — the one place where poppler enters ZhMine.
//
// A thin C shim over poppler's C++ library (libpoppler-cpp): one call turns the bytes of a PDF into
// UTF-8 text, page by page. No poppler type crosses this boundary: the input is bytes, the output is
// a malloc'ed UTF-8 buffer (free it with cpdf_free) and a small status code.
#ifndef ZHMINE_CPDF_H
#define ZHMINE_CPDF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes of cpdf_extract_text.
enum {
    CPDF_OK = 0,
    CPDF_DAMAGED = 1,        ///< poppler cannot parse the file as a PDF
    CPDF_ENCRYPTED = 2,      ///< the document needs a password to open
    CPDF_TOO_MANY_PAGES = 3, ///< more pages than `maxPages` (a PDF bomb or not a report)
    CPDF_TOO_MUCH_TEXT = 4,  ///< the text passed `maxTextBytes` (stopped there)
    CPDF_FAILURE = 5,        ///< out of memory or an unexpected library error
    CPDF_UNAVAILABLE = 6     ///< libpoppler-cpp could not be opened (it is loaded on the first PDF)
};

/// Extracts the text of the PDF in `data[0..<length]`, in reading order, one line of the page a line
/// ("\n"), pages separated by a form feed ("\f"). On CPDF_OK `*text` receives a malloc'ed UTF-8
/// buffer of `*textLength` bytes (not NUL-terminated; free it with cpdf_free) and `*pages` the page
/// count. On any other status `*text` is NULL. `maxPages` bounds the page count, `maxTextBytes` the
/// output. Thread-safe (calls are serialised: poppler's global state is shared).
int32_t cpdf_extract_text(const uint8_t *data, size_t length, int32_t maxPages, size_t maxTextBytes,
                          char **text, size_t *textLength, int32_t *pages);

/// Frees a buffer returned by cpdf_extract_text.
void cpdf_free(char *text);

/// The poppler version this binary runs against, e.g. "22.12.0" ("unavailable" when libpoppler-cpp
/// cannot be opened). Writes a NUL-terminated string.
void cpdf_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
